// A small stand-in for @microsoft/sp-property-pane: each field factory returns a plain descriptor
// so tests can inspect the property pane configuration a web part returns.
export interface IPropertyPaneFieldMock {
  type: string;
  targetProperty: string;
  properties: Record<string, unknown>;
}

function field(type: string) {
  return (targetProperty: string, properties: Record<string, unknown> = {}): IPropertyPaneFieldMock => ({
    type,
    targetProperty,
    properties
  });
}

export const PropertyPaneTextField = field('TextField');
export const PropertyPaneDropdown = field('Dropdown');
export const PropertyPaneSlider = field('Slider');
export const PropertyPaneToggle = field('Toggle');
export const PropertyPaneCheckbox = field('Checkbox');
export const PropertyPaneChoiceGroup = field('ChoiceGroup');
export const PropertyPaneLabel = field('Label');
export const PropertyPaneHorizontalRule = (): IPropertyPaneFieldMock => ({ type: 'HorizontalRule', targetProperty: '', properties: {} });
export enum PropertyPaneFieldType { Custom = 1 }

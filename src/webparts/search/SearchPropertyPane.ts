import { PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { ISearchWebPartProps } from './SearchWebPart';

type PaneStrings = ISearchWebPartStrings['PropertyPane'];

/** A connection id is letters and digits (Graph's rule for connection ids). */
export function connectionIdError(value: string, strings: PaneStrings): string {
  return value === '' || /^[A-Za-z0-9]{3,32}$/.test(value) ? '' : strings.ConnectionDescription;
}

/** The editor's settings: heading, page size and the guide connector. Loaded on demand. */
export class SearchPropertyPane {
  private readonly _strings: PaneStrings;

  public constructor(strings: PaneStrings) {
    this._strings = strings;
  }

  public configuration(properties: ISearchWebPartProps): IPropertyPaneConfiguration {
    const s = this._strings;
    return {
      pages: [{
        header: { description: s.Description },
        groups: [
          {
            groupName: s.DisplayGroup,
            groupFields: [
              PropertyPaneTextField('title', { label: s.TitleLabel, placeholder: s.TitlePlaceholder }),
              PropertyPaneSlider('pageSize', { label: s.PageSizeLabel, min: 5, max: 25, step: 1, showValue: true, value: properties.pageSize })
            ]
          },
          {
            groupName: s.GuidesGroup,
            groupFields: [
              PropertyPaneTextField('guideConnectionId', {
                label: s.ConnectionLabel,
                description: s.ConnectionDescription,
                onGetErrorMessage: (value: string) => connectionIdError(value || '', s)
              })
            ]
          }
        ]
      }]
    };
  }
}

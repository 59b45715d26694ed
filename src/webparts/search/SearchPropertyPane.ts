import { PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { checkSearchProperties, parseConnectionId, SEARCH_PAGE_SIZE } from '../../settings/search';
import type { ISearchWebPartProps } from '../../settings/search';

type PaneStrings = ISearchWebPartStrings['PropertyPane'];

/** The field's error: the connection id must be one the web part would use (settings/search.ts); empty is none. */
export function connectionIdError(value: string, strings: PaneStrings): string {
  return parseConnectionId(value).valid ? '' : strings.ConnectionDescription;
}

/** The editor's settings: heading, page size and the guide connector. Loaded on demand. */
export class SearchPropertyPane {
  private readonly _strings: PaneStrings;

  public constructor(strings: PaneStrings) {
    this._strings = strings;
  }

  /** Shows the saved properties as the web part uses them: a value of the wrong shape shows as its default. */
  public configuration(properties: ISearchWebPartProps): IPropertyPaneConfiguration {
    const s = this._strings;
    const current = checkSearchProperties(properties).values;
    return {
      pages: [{
        header: { description: s.Description },
        groups: [
          {
            groupName: s.DisplayGroup,
            groupFields: [
              PropertyPaneTextField('title', { label: s.TitleLabel, placeholder: s.TitlePlaceholder }),
              PropertyPaneSlider('pageSize', { label: s.PageSizeLabel, min: SEARCH_PAGE_SIZE.min, max: SEARCH_PAGE_SIZE.max, step: 1, showValue: true, value: current.pageSize })
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

import { PropertyPaneSlider, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { MAX_CALENDAR_DAYS } from '../../core/dashboardLimits';

type PaneStrings = IPersonalDashboardWebPartStrings['PropertyPane'];

/**
 * The editor's settings of "Min sida" on a SharePoint page: how many days and documents, and
 * which sections show. A Teams personal app has no property pane: it shows every section.
 */
export function personalDashboardPropertyPane(s: PaneStrings): IPropertyPaneConfiguration {
  return {
    pages: [{
      header: { description: s.Description },
      groups: [
        {
          groupName: s.CalendarGroup,
          groupFields: [
            PropertyPaneSlider('calendarDays', { label: s.CalendarDaysLabel, min: 1, max: MAX_CALENDAR_DAYS, step: 1, showValue: true }),
            PropertyPaneSlider('documentCount', { label: s.DocumentCountLabel, min: 3, max: 20, step: 1, showValue: true })
          ]
        },
        {
          groupName: s.SectionsGroup,
          groupFields: [
            PropertyPaneToggle('showNews', { label: s.ShowNews }),
            PropertyPaneToggle('showCalendar', { label: s.ShowCalendar }),
            PropertyPaneToggle('showDocuments', { label: s.ShowDocuments }),
            PropertyPaneToggle('showGuides', { label: s.ShowGuides }),
            PropertyPaneToggle('showLinks', { label: s.ShowLinks })
          ]
        }
      ]
    }]
  };
}

import { PropertyPaneSlider, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { DASHBOARD_CALENDAR_DAYS, DASHBOARD_DOCUMENT_COUNT } from '../../settings/personalDashboard';
import type { IPersonalDashboardWebPartProps } from '../../settings/personalDashboard';

type PaneStrings = IPersonalDashboardWebPartStrings['PropertyPane'];

/**
 * The editor's settings of "Min sida" on a SharePoint page: how many days and documents, and
 * which sections show. A Teams personal app has no property pane: it shows every section.
 * `current`: the saved properties as the web part uses them (settings/personalDashboard.ts).
 */
export function personalDashboardPropertyPane(s: PaneStrings, current: IPersonalDashboardWebPartProps): IPropertyPaneConfiguration {
  return {
    pages: [{
      header: { description: s.Description },
      groups: [
        {
          groupName: s.CalendarGroup,
          groupFields: [
            PropertyPaneSlider('calendarDays', { label: s.CalendarDaysLabel, min: DASHBOARD_CALENDAR_DAYS.min, max: DASHBOARD_CALENDAR_DAYS.max, step: 1, showValue: true, value: current.calendarDays }),
            PropertyPaneSlider('documentCount', { label: s.DocumentCountLabel, min: DASHBOARD_DOCUMENT_COUNT.min, max: DASHBOARD_DOCUMENT_COUNT.max, step: 1, showValue: true, value: current.documentCount })
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

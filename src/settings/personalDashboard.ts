import { MAX_CALENDAR_DAYS } from '../core/dashboardLimits';
import { checkProperties, defaultsOf, parseCount, parseFlag } from './properties';
import type { ICheckedProperties, ICountLimits, IParsed, PropertyParsers } from './properties';

/**
 * The settings of "Min sida" (the personal dashboard) on a SharePoint page: the web part class,
 * its property pane, the dashboard and the workbench read them from here. A Teams personal app
 * has no property pane: it gets the defaults, every section shown.
 */

/** Days of calendar, today included; the dashboard's own limit on how far it reads ahead. */
export const DASHBOARD_CALENDAR_DAYS: ICountLimits = { min: 1, max: MAX_CALENDAR_DAYS, default: 3 };
/** Latest documents shown. */
export const DASHBOARD_DOCUMENT_COUNT: ICountLimits = { min: 1, max: 20, default: 6 };

export interface IPersonalDashboardWebPartProps {
  calendarDays: number;
  documentCount: number;
  showNews: boolean;
  showCalendar: boolean;
  showDocuments: boolean;
  showGuides: boolean;
  showLinks: boolean;
}

/** The properties as a page saved them: anything, of any shape. */
export type SavedPersonalDashboardProps = { [K in keyof IPersonalDashboardWebPartProps]?: unknown };

/** Every section shows unless the editor switched it off. */
const shown = (value: unknown): IParsed<boolean> => parseFlag(value, true);

const PARSERS: PropertyParsers<IPersonalDashboardWebPartProps> = {
  calendarDays: (value) => parseCount(value, DASHBOARD_CALENDAR_DAYS),
  documentCount: (value) => parseCount(value, DASHBOARD_DOCUMENT_COUNT),
  showNews: shown,
  showCalendar: shown,
  showDocuments: shown,
  showGuides: shown,
  showLinks: shown
};

export const PERSONAL_DASHBOARD_DEFAULTS: IPersonalDashboardWebPartProps = defaultsOf(PARSERS);

/** The saved properties as the dashboard uses them, and the names of those it could not use as saved. */
export function checkPersonalDashboardProperties(saved: unknown): ICheckedProperties<IPersonalDashboardWebPartProps> {
  return checkProperties(saved, PARSERS);
}

/**
 * The dashboard's limits on its own, so that the web part class can check its saved properties
 * without pulling the dashboard's rules (KQL, calendar windows) into its entry bundle.
 */
export const MAX_CALENDAR_DAYS = 14;

import { MAX_CALENDAR_DAYS } from '../core/dashboardLimits';
import { checkPersonalDashboardProperties, DASHBOARD_CALENDAR_DAYS, DASHBOARD_DOCUMENT_COUNT, PERSONAL_DASHBOARD_DEFAULTS } from './personalDashboard';

describe('Personal dashboard settings', () => {
  it('has the defaults of a new web part (and of a Teams personal app): three days, six documents, every section', () => {
    expect(PERSONAL_DASHBOARD_DEFAULTS).toEqual({
      calendarDays: 3, documentCount: 6, showNews: true, showCalendar: true, showDocuments: true, showGuides: true, showLinks: true
    });
    expect(checkPersonalDashboardProperties(undefined)).toEqual({ values: PERSONAL_DASHBOARD_DEFAULTS, invalid: [] });
  });

  it('offers as many calendar days as the dashboard reads ahead, and 1 to 20 documents', () => {
    expect(DASHBOARD_CALENDAR_DAYS).toEqual({ min: 1, max: MAX_CALENDAR_DAYS, default: 3 });
    expect(DASHBOARD_DOCUMENT_COUNT).toEqual({ min: 1, max: 20, default: 6 });
  });

  it('reads calendar days at their bounds and from text', () => {
    const days = (calendarDays: unknown): [number, string[]] => {
      const checked = checkPersonalDashboardProperties({ calendarDays });
      return [checked.values.calendarDays, checked.invalid];
    };
    expect(days(1)).toEqual([1, []]);
    expect(days(MAX_CALENDAR_DAYS)).toEqual([MAX_CALENDAR_DAYS, []]);
    expect(days('5')).toEqual([5, []]);
    expect(days('7.6')).toEqual([8, []]);
    expect(days(MAX_CALENDAR_DAYS + 1)).toEqual([MAX_CALENDAR_DAYS, ['calendarDays']]);
    expect(days('-3')).toEqual([1, ['calendarDays']]);
    expect(days('abc')).toEqual([3, ['calendarDays']]);
    expect(days('')).toEqual([3, ['calendarDays']]);
    expect(days('<b>5</b>')).toEqual([3, ['calendarDays']]);
    expect(days(undefined)).toEqual([3, []]);
  });

  it('reads the document count at its bounds', () => {
    expect(checkPersonalDashboardProperties({ documentCount: 1 }).values.documentCount).toBe(1);
    expect(checkPersonalDashboardProperties({ documentCount: 20 }).values.documentCount).toBe(20);
    expect(checkPersonalDashboardProperties({ documentCount: 21 })).toMatchObject({ values: { documentCount: 20 }, invalid: ['documentCount'] });
    expect(checkPersonalDashboardProperties({ documentCount: -4 })).toMatchObject({ values: { documentCount: 1 }, invalid: ['documentCount'] });
  });

  it('hides a section only when switched off, and names switches of another shape', () => {
    expect(checkPersonalDashboardProperties({ showNews: false, showGuides: false }).values)
      .toEqual({ ...PERSONAL_DASHBOARD_DEFAULTS, showNews: false, showGuides: false });
    expect(checkPersonalDashboardProperties({ showNews: 'nej', showCalendar: 'false', showDocuments: 0, showLinks: null }))
      .toEqual({ values: PERSONAL_DASHBOARD_DEFAULTS, invalid: ['showNews', 'showCalendar', 'showDocuments', 'showLinks'] });
  });
});

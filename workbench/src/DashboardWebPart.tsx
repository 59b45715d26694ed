import * as React from 'react';
import * as strings from 'PersonalDashboardWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { PersonalDashboard } from '../../src/components/dashboard/PersonalDashboard';
import type { DashboardServices } from '../../src/components/dashboard/useDashboard';
import * as dashboard from '../../src/wiring/dashboard';
import { DASHBOARD_CALENDAR_DAYS, PERSONAL_DASHBOARD_DEFAULTS } from '../../src/settings/personalDashboard';
import type { IPersonalDashboardWebPartProps } from '../../src/settings/personalDashboard';
import { parseCount } from '../../src/settings/properties';
import { workbenchConnection } from './workbenchServices';

/** The "Min sida" web part's services as its SPFx class wires them, on the workbench's connection. */
export function createWorkbenchDashboardServices(persona: string): DashboardServices {
  return dashboard.wire(workbenchConnection(persona)).services;
}

/** `?days=5` sets the calendar's days, as an editor does in the property pane (within its limits). */
function calendarDaysFromAddress(): number {
  const days = new URLSearchParams(window.location.search).get('days');
  return parseCount(days === null ? undefined : days, DASHBOARD_CALENDAR_DAYS).value;
}

export function DashboardWebPart(props: { services: DashboardServices; hostTheme?: HostTheme }): React.ReactElement {
  const properties = React.useMemo<IPersonalDashboardWebPartProps>(() => ({ ...PERSONAL_DASHBOARD_DEFAULTS, calendarDays: calendarDaysFromAddress() }), []);
  return <PersonalDashboard services={props.services} properties={properties} strings={strings} hostTheme={props.hostTheme} tenantUrl={window.location.origin} />;
}

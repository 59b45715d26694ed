import * as React from 'react';
import * as strings from 'PersonalDashboardWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { PersonalDashboard } from '../../src/components/dashboard/PersonalDashboard';
import type { DashboardServices } from '../../src/components/dashboard/useDashboard';
import * as dashboard from '../../src/wiring/dashboard';
import { workbenchConnection } from './workbenchServices';

/** The "Min sida" web part's services as its SPFx class wires them, on the workbench's connection. */
export function createWorkbenchDashboardServices(persona: string): DashboardServices {
  return dashboard.wire(workbenchConnection(persona)).services;
}

/** `?days=5` sets the calendar's days, as an editor does in the property pane. */
function calendarDaysFromAddress(): number {
  const days = Number(new URLSearchParams(window.location.search).get('days'));
  return Number.isInteger(days) && days >= 1 && days <= 14 ? days : 3;
}

export function DashboardWebPart(props: { services: DashboardServices; hostTheme?: HostTheme }): React.ReactElement {
  const properties = React.useMemo(() => ({ calendarDays: calendarDaysFromAddress(), documentCount: 6 }), []);
  return <PersonalDashboard services={props.services} properties={properties} strings={strings} hostTheme={props.hostTheme} tenantUrl={window.location.origin} />;
}

import * as React from 'react';
import * as strings from 'PersonalDashboardWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { PersonalDashboard } from '../../src/components/dashboard/PersonalDashboard';
import type { DashboardServices } from '../../src/components/dashboard/useDashboard';
import { createDashboardService } from '../../src/services/dashboardFactory';
import { createServices } from '../../src/services/factory';
import { personaMail } from './personas';

/**
 * The "Min sida" web part as its SPFx class renders it, on the workbench's connection. In
 * SharePoint and Teams the page context tells the user's address; here the persona does.
 */
export function createWorkbenchDashboardServices(persona: string): DashboardServices {
  const connection = { kind: 'local' as const, baseUrl: window.location.origin, token: persona };
  const services = createServices(connection);
  return {
    tenantConfig: services.tenantConfig, userContext: services.userContext,
    dashboard: createDashboardService(services, connection, { userMail: personaMail(persona) })
  };
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

import * as React from 'react';
import * as strings from 'PersonalDashboardWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { PersonalDashboard } from '../../src/components/dashboard/PersonalDashboard';
import type { DashboardServices } from '../../src/components/dashboard/useDashboard';
import { createDashboardService } from '../../src/services/dashboardFactory';
import { createServices } from '../../src/services/factory';
import { DASHBOARD_CALENDAR_DAYS, PERSONAL_DASHBOARD_DEFAULTS } from '../../src/settings/personalDashboard';
import type { IPersonalDashboardWebPartProps } from '../../src/settings/personalDashboard';
import { parseCount } from '../../src/settings/properties';
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

/** `?days=5` sets the calendar's days, as an editor does in the property pane (within its limits). */
function calendarDaysFromAddress(): number {
  const days = new URLSearchParams(window.location.search).get('days');
  return parseCount(days === null ? undefined : days, DASHBOARD_CALENDAR_DAYS).value;
}

export function DashboardWebPart(props: { services: DashboardServices; hostTheme?: HostTheme }): React.ReactElement {
  const properties = React.useMemo<IPersonalDashboardWebPartProps>(() => ({ ...PERSONAL_DASHBOARD_DEFAULTS, calendarDays: calendarDaysFromAddress() }), []);
  return <PersonalDashboard services={props.services} properties={properties} strings={strings} hostTheme={props.hostTheme} tenantUrl={window.location.origin} />;
}

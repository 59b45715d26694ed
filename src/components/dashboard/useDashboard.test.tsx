import * as React from 'react';
import { act, render } from '@testing-library/react';
import type { DashboardData } from '../../core/dashboard';
import type { CurrentUser } from '../../core/ports';
import type { TenantConfig } from '../../core/municipality';
import { annaData, FakeDashboardService, TEST_CONFIG, TEST_GROUPS } from './testing/dashboardDoubles';
import { useDashboard } from './useDashboard';
import type { DashboardOptions, DashboardServices, DashboardState } from './useDashboard';

const OPTIONS: DashboardOptions = {
  calendarDays: 3, documentCount: 6, newsCount: 4, showNews: true, showCalendar: true, showDocuments: true, showGuides: true,
  now: new Date('2026-11-30T07:00:00Z')
};

const g = TEST_GROUPS.eksjo;
const ANNA: CurrentUser = {
  id: 'u-anna', displayName: 'Anna Lindqvist', mail: 'anna.lindqvist@eksjo.se',
  groupIds: [g.hemtjanstNorr, g.socialforvaltningen, g.allStaff, g.root]
};

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((_resolve) => { resolve = _resolve; });
  return { promise, resolve };
}

/** A dashboard whose batch answers only when the test says so. */
class SlowDashboard extends FakeDashboardService {
  public readonly batch = deferred<DashboardData>();
  public load(query: Parameters<FakeDashboardService['load']>[0]): Promise<DashboardData> {
    this.loads.push(query);
    return this.batch.promise;
  }
}

function Probe(props: { services: DashboardServices; onState(state: DashboardState): void }): null {
  props.onState(useDashboard(props.services, OPTIONS));
  return null;
}

const flush = (): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useDashboard', () => {
  it('asks for the configuration, the user and the dashboard at once, and the news before the dashboard batch answers', async () => {
    const config = deferred<TenantConfig>();
    const user = deferred<CurrentUser>();
    const asked: string[] = [];
    const dashboard = new SlowDashboard();
    const services: DashboardServices = {
      dashboard,
      tenantConfig: { getConfig: () => { asked.push('config'); return config.promise; } },
      userContext: { getCurrentUser: () => { asked.push('user'); return user.promise; }, peek: () => undefined }
    };
    let state: DashboardState | undefined;
    render(<Probe services={services} onState={(s) => { state = s; }} />);
    await flush();
    expect(asked).toContain('config');
    expect(asked).toContain('user');
    expect(dashboard.loads).toHaveLength(1);
    expect(dashboard.newsQueries).toHaveLength(0);

    config.resolve(TEST_CONFIG);
    user.resolve(ANNA);
    await flush();
    // The batch is still on its way; the news is already asked, for Anna's förvaltning and unit.
    expect(dashboard.newsQueries).toHaveLength(1);
    expect(dashboard.newsQueries[0].sitePaths).toEqual(['/sites/eksjo', '/sites/gemensamt']);
    expect(dashboard.newsQueries[0].audienceGroupIds).toEqual([g.hemtjanstNorr, g.socialforvaltningen].sort());
    expect(state?.loading).toBe(true);

    dashboard.batch.resolve(annaData());
    await flush();
    expect(state?.loading).toBe(false);
    expect(state?.news).toEqual({ ok: true, value: [] });
    expect(dashboard.newsQueries).toHaveLength(1);
  });

  it('waits for the settings of someone who works for several municipalities, who may have chosen another', async () => {
    const maria: CurrentUser = {
      id: 'u-maria', displayName: 'Maria Berg', mail: 'maria.berg@savsjo.se',
      groupIds: [TEST_GROUPS.savsjo.allStaff, TEST_GROUPS.savsjo.lonOchHr, TEST_GROUPS.vetlanda.allStaff, TEST_GROUPS.vetlanda.lonOchHr]
    };
    const dashboard = new SlowDashboard();
    const services: DashboardServices = {
      dashboard,
      tenantConfig: { getConfig: () => Promise.resolve(TEST_CONFIG) },
      userContext: { getCurrentUser: () => Promise.resolve(maria), peek: () => maria }
    };
    render(<Probe services={services} onState={() => undefined} />);
    await flush();
    expect(dashboard.newsQueries).toHaveLength(0);
    const data = annaData();
    dashboard.batch.resolve({
      ...data,
      profile: { ok: true, value: { id: maria.id, displayName: maria.displayName, mail: maria.mail, groups: maria.groupIds.map((id) => ({ id, displayName: '' })) } },
      settings: { ok: true, value: { links: [], pinnedGuideIds: [], municipalityId: 'vetlanda' } }
    });
    await flush();
    expect(dashboard.newsQueries).toHaveLength(1);
    expect(dashboard.newsQueries[0].sitePaths).toEqual(['/sites/vetlanda', '/sites/gemensamt']);
  });
});

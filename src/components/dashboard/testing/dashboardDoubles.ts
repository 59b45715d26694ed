import type {
  DashboardData, DashboardNewsQuery, DashboardQuery, DashboardSettings, IDashboardService, SectionResult
} from '../../../core/dashboard';
import type { NewsItem } from '../../../core/news';
import type { TenantConfig } from '../../../core/municipality';
import type { DashboardServices } from '../useDashboard';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Group ids of the test tenant: each municipality's root, all staff and managers, and a few förvaltningar and units. */
export const TEST_GROUPS = {
  eksjo: { root: id(1), allStaff: id(2), managers: id(3), socialforvaltningen: id(4), hemtjanstNorr: id(5) },
  savsjo: { root: id(11), allStaff: id(12), managers: id(13), lonOchHr: id(14) },
  vetlanda: { root: id(21), allStaff: id(22), managers: id(23), lonOchHr: id(24) }
};

export const TEST_CONFIG: TenantConfig = {
  municipalities: [
    { id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: id(1), allStaff: id(2), managers: id(3) } },
    { id: 'savsjo', name: 'Sävsjö kommun', shortName: 'Sävsjö', hubPath: '/sites/savsjo', emailDomain: 'savsjo.se', groups: { root: id(11), allStaff: id(12), managers: id(13) } },
    { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: id(21), allStaff: id(22), managers: id(23) } }
  ],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};

/** A dashboard port with fixed data, recording what the view asks of it. No HTTP. */
export class FakeDashboardService implements IDashboardService {
  public data: DashboardData;
  public news: SectionResult<NewsItem[]>;
  public readonly loads: DashboardQuery[] = [];
  public readonly newsQueries: DashboardNewsQuery[] = [];
  public readonly saved: DashboardSettings[] = [];

  public constructor(data: Partial<DashboardData> = {}, news: SectionResult<NewsItem[]> = { ok: true, value: [] }) {
    this.data = { ...annaData(), ...data };
    this.news = news;
  }

  public load(query: DashboardQuery): Promise<DashboardData> {
    this.loads.push(query);
    return Promise.resolve(this.data);
  }

  public getNews(query: DashboardNewsQuery): Promise<SectionResult<NewsItem[]>> {
    this.newsQueries.push(query);
    return Promise.resolve(this.news);
  }

  public saveSettings(settings: DashboardSettings): Promise<void> {
    this.saved.push(settings);
    return Promise.resolve();
  }
}

export function annaData(): DashboardData {
  const g = TEST_GROUPS.eksjo;
  return {
    profile: {
      ok: true,
      value: {
        id: 'u-anna', displayName: 'Anna Lindqvist', mail: 'anna.lindqvist@eksjo.se', jobTitle: 'undersköterska', department: 'Socialförvaltningen',
        officeLocation: 'Hemtjänst Norr, Eksjö',
        groups: [g.hemtjanstNorr, g.socialforvaltningen, g.allStaff, g.root].map(id => ({ id, displayName: id }))
      }
    },
    toRead: { ok: true, value: [] },
    calendar: {
      ok: true,
      value: [
        { id: 'e1', subject: 'Veckomöte Hemtjänst Norr', start: '2026-11-30T08:30', end: '2026-11-30T09:15', isAllDay: false, isCancelled: false, location: 'Microsoft Teams-möte', joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
        { id: 'e2', subject: 'Planeringsdag', start: '2026-12-01T00:00', end: '2026-12-02T00:00', isAllDay: true, isCancelled: false }
      ]
    },
    documents: {
      ok: true,
      value: [{
        id: 'd1', name: 'Rutin för nyckelhantering.docx', url: 'https://t.example/sites/eksjo/Delade%20dokument/Rutin.docx', extension: 'docx', fileType: 'word',
        modifiedAt: '2026-11-29T10:00:00Z', modifiedBy: 'Anna Lindqvist', siteTitle: 'Eksjö kommun', folder: 'Delade dokument › Socialförvaltningen'
      }]
    },
    settings: { ok: true, value: { links: [], pinnedGuideIds: [] } },
    guides: null
  };
}

export function fakeDashboardServices(dashboard: FakeDashboardService): DashboardServices {
  return { dashboard, tenantConfig: { getConfig: () => Promise.resolve(TEST_CONFIG) } };
}

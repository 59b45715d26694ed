import * as React from 'react';
import type { DashboardData, DashboardSettings, IDashboardService, SectionResult } from '../../core/dashboard';
import { departmentGroupIds } from '../../core/dashboardRules';
import { failureCodeOf } from '../../core/failures';
import { membershipsOf } from '../../core/membership';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { NewsItem } from '../../core/news';
import type { CurrentUser, ITenantConfigService, IUserContextService } from '../../core/ports';

export interface DashboardServices {
  dashboard: IDashboardService;
  tenantConfig: ITenantConfigService;
  /**
   * The signed-in user and their groups, shared with the other web parts through the session
   * cache. Given, the news starts as soon as the configuration and the groups are in, beside the
   * dashboard's batch instead of after it.
   */
  userContext?: IUserContextService;
}

export interface DashboardOptions {
  calendarDays: number;
  documentCount: number;
  newsCount: number;
  showNews: boolean;
  showCalendar: boolean;
  showDocuments: boolean;
  showGuides: boolean;
  now: Date;
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; code: string };

export interface DashboardState {
  loading: boolean;
  data?: DashboardData;
  config?: SectionResult<TenantConfig>;
  /** Every municipality the user works for (home first) and the one shown. */
  municipalities: Municipality[];
  municipality?: Municipality;
  settings: DashboardSettings;
  news?: SectionResult<NewsItem[]>;
  /** Förvaltning and unit groups the news is for. */
  newsGroupIds: string[];
  save: SaveState;
  reload(): void;
  updateSettings(next: DashboardSettings): void;
}


/**
 * Loads the dashboard: the configuration and the user (profile and groups) at once, then the
 * dashboard's Graph batch and the news of the user's förvaltning and unit in the municipality
 * shown, side by side: two dependent steps. Settings are saved for the user as they change
 * (links, municipality, pinned guides).
 */
export function useDashboard(services: DashboardServices, options: DashboardOptions): DashboardState {
  const [generation, setGeneration] = React.useState(0);
  const [loading, setLoading] = React.useState(true);
  const [data, setData] = React.useState<DashboardData | undefined>(undefined);
  const [user, setUser] = React.useState<CurrentUser | undefined>(undefined);
  const [config, setConfig] = React.useState<SectionResult<TenantConfig> | undefined>(undefined);
  const [settings, setSettings] = React.useState<DashboardSettings>({ links: [], pinnedGuideIds: [] });
  const [news, setNews] = React.useState<SectionResult<NewsItem[]> | undefined>(undefined);
  const [save, setSave] = React.useState<SaveState>({ kind: 'idle' });
  const saving = React.useRef<Promise<void>>(Promise.resolve());
  const { calendarDays, documentCount, showCalendar, showDocuments, showGuides } = options;
  const nowMs = options.now.getTime();

  React.useEffect(() => {
    let alive = true;
    setLoading(true);
    // Started first and together: the dashboard's batch waits for both (it finds the user in the
    // session cache), and so does the news.
    if (services.userContext) {
      services.userContext.getCurrentUser().then(value => { if (alive) setUser(value); }, () => undefined);
    }
    const configLoad = services.tenantConfig.getConfig().then(
      (value): SectionResult<TenantConfig> => ({ ok: true, value }),
      (error): SectionResult<TenantConfig> => ({ ok: false, code: failureCodeOf(error) })
    );
    const dataLoad = services.dashboard.load({
      calendarDays, documentCount, guideCount: 6, now: new Date(nowMs),
      include: { calendar: showCalendar, documents: showDocuments, guides: showGuides }
    });
    Promise.all([configLoad, dataLoad]).then(([c, d]) => {
      if (!alive) {
        return;
      }
      setConfig(c);
      setData(d);
      if (d.settings.ok) {
        setSettings(d.settings.value);
      }
      setLoading(false);
    }, () => {
      if (alive) {
        setLoading(false);
      }
    });
    return () => { alive = false; };
  }, [services, generation, calendarDays, documentCount, showCalendar, showDocuments, showGuides, nowMs]);

  const profile = data && data.profile.ok ? data.profile.value : undefined;
  // The configuration comes from the cache as soon as it is in; the dashboard's batch may still be on its way.
  const [earlyConfig, setEarlyConfig] = React.useState<TenantConfig | undefined>(undefined);
  React.useEffect(() => {
    let alive = true;
    if (services.userContext) {
      services.tenantConfig.getConfig().then(value => { if (alive) setEarlyConfig(value); }, () => undefined);
    }
    return () => { alive = false; };
  }, [services, generation]);
  const tenantConfig = config ? (config.ok ? config.value : undefined) : earlyConfig;
  // Who the news is for: the dashboard's profile once it is in, the session's user before that.
  const identity = profile ? { mail: profile.mail, groupIds: profile.groups.map(g => g.id) } : user;
  const identityKey = identity ? `${identity.mail}|${identity.groupIds.map(id => id.toLowerCase()).sort().join(',')}` : '';
  const municipalities = React.useMemo(
    () => (identity && tenantConfig ? membershipsOf(tenantConfig, identity).municipalities : []),
    // identity is captured through identityKey: the same person and groups from either source is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [identityKey, tenantConfig]
  );
  // Someone who works for several municipalities may have chosen one in their settings: wait for them.
  // (loading ends after the settings are set: React 17 renders each set of an answer on its own.)
  const municipalityKnown = municipalities.length <= 1 || !loading;
  const municipality = municipalities.filter(m => m.id === settings.municipalityId)[0] || municipalities[0];
  // Kept as text, so the same groups from the profile after the session's user start no second search.
  const newsGroupKey = identity && tenantConfig ? departmentGroupIds(tenantConfig, identity.groupIds).map(id => id.toLowerCase()).sort().join(',') : '';
  const newsGroupIds = React.useMemo(() => (newsGroupKey ? newsGroupKey.split(',') : []), [newsGroupKey]);
  const sharedPath = tenantConfig ? tenantConfig.sharedSite.path : undefined;
  const municipalityHub = municipality && municipalityKnown ? municipality.hubPath : undefined;

  React.useEffect(() => {
    if (!options.showNews || !municipalityHub || !sharedPath) {
      return undefined;
    }
    let alive = true;
    setNews(undefined);
    services.dashboard.getNews({ sitePaths: [municipalityHub, sharedPath], audienceGroupIds: newsGroupIds, count: options.newsCount }).then(result => {
      if (alive) {
        setNews(result);
      }
    }, error => {
      if (alive) {
        setNews({ ok: false, code: failureCodeOf(error) });
      }
    });
    return () => { alive = false; };
  }, [services, municipalityHub, sharedPath, newsGroupIds, options.showNews, options.newsCount, generation]);

  const updateSettings = React.useCallback((next: DashboardSettings) => {
    setSettings(next);
    setSave({ kind: 'saving' });
    // Saves run one after the other, so the last change is the one kept.
    saving.current = saving.current.then(() => services.dashboard.saveSettings(next)).then(
      () => setSave({ kind: 'saved' }),
      error => setSave({ kind: 'failed', code: failureCodeOf(error) })
    );
  }, [services]);

  const reload = React.useCallback(() => setGeneration(g => g + 1), []);

  // The news needs the user's municipality, from the profile and the configuration. When either
  // failed, or the user belongs to none, the news is not asked for: it must say why, not stay
  // "Hämtar…" for good.
  const newsShown: SectionResult<NewsItem[]> | undefined = municipalityHub && sharedPath ? news
    : loading ? undefined
      : data && !data.profile.ok ? { ok: false, code: data.profile.code }
        : config && !config.ok ? { ok: false, code: config.code }
          : !data || !config ? { ok: false, code: 'unknown' }
            : { ok: true, value: [] };

  return { loading, data, config, municipalities, municipality, settings, news: newsShown, newsGroupIds, save, reload, updateSettings };
}

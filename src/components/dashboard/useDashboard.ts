import * as React from 'react';
import type { DashboardData, DashboardSettings, IDashboardService, SectionResult } from '../../core/dashboard';
import { departmentGroupIds } from '../../core/dashboardRules';
import { failureCodeOf } from '../../core/failures';
import { membershipsOf } from '../../core/membership';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { NewsItem } from '../../core/news';
import type { ITenantConfigService } from '../../core/ports';

export interface DashboardServices {
  dashboard: IDashboardService;
  tenantConfig: ITenantConfigService;
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
 * Loads the dashboard: the configuration and one Graph batch in parallel, then the news of the
 * user's förvaltning and unit in the municipality shown. Settings are saved for the user as
 * they change (links, municipality, pinned guides).
 */
export function useDashboard(services: DashboardServices, options: DashboardOptions): DashboardState {
  const [generation, setGeneration] = React.useState(0);
  const [loading, setLoading] = React.useState(true);
  const [data, setData] = React.useState<DashboardData | undefined>(undefined);
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
  const tenantConfig = config && config.ok ? config.value : undefined;
  const municipalities = React.useMemo(
    () => (profile && tenantConfig ? membershipsOf(tenantConfig, { mail: profile.mail, groupIds: profile.groups.map(g => g.id) }).municipalities : []),
    [profile, tenantConfig]
  );
  const municipality = municipalities.filter(m => m.id === settings.municipalityId)[0] || municipalities[0];
  const newsGroupIds = React.useMemo(
    () => (profile && tenantConfig ? departmentGroupIds(tenantConfig, profile.groups.map(g => g.id)) : []),
    [profile, tenantConfig]
  );
  const sharedPath = tenantConfig ? tenantConfig.sharedSite.path : undefined;
  const municipalityHub = municipality ? municipality.hubPath : undefined;

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

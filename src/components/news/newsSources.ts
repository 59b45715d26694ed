import type { TenantConfig } from '../../core/municipality';
import type { NewsItem } from '../../core/news';
import { defaultNewsSources, sourceForSitePath } from '../../core/membership';
import type { NewsSource } from '../../core/membership';
import { sitePathKey } from '../../core/tenantConfig';

export interface IResolvedSources {
  sources: NewsSource[];
  /** Configured paths that match no hub and not the shared site (a removed or renamed site). */
  skipped: string[];
}

/**
 * The sites the feed reads: the editor's choice when there is one, otherwise every municipality
 * the user works for plus the shared site.
 */
export function resolveNewsSources(
  config: TenantConfig,
  user: { mail: string; groupIds: readonly string[] },
  configured: string[]
): IResolvedSources {
  const sources: NewsSource[] = [];
  const skipped: string[] = [];
  configured.forEach((path) => {
    const source = sourceForSitePath(config, path);
    if (!source) {
      skipped.push(path);
    } else if (!sources.some((known) => known.sitePath === source.sitePath)) {
      sources.push(source);
    }
  });
  // Nothing chosen, or nothing chosen exists any more: the default feed beats an empty one.
  return { sources: sources.length > 0 ? sources : defaultNewsSources(config, user), skipped };
}

/** The label an item carries: its municipality's short name, or the title of its site. */
export function itemSourceLabel(config: TenantConfig, item: NewsItem): string {
  const municipality = config.municipalities.filter((m) => m.id === item.municipalityId)[0];
  if (municipality) {
    return municipality.shortName;
  }
  const source = sourceForSitePath(config, item.sitePath);
  return source ? source.title : config.sharedSite.title;
}

/** For a news link from another municipality, "Från {0}" with its short name; undefined otherwise. */
export function originLabel(config: TenantConfig, item: NewsItem, template: string): string | undefined {
  if (!item.originalUrl || !item.originalMunicipalityId || item.originalMunicipalityId === item.municipalityId) {
    return undefined;
  }
  const municipality = config.municipalities.filter((m) => m.id === item.originalMunicipalityId)[0];
  return municipality ? template.replace('{0}', municipality.shortName) : undefined;
}

/** The label of a failed site, for the notice that says which news are missing. */
export function siteLabel(config: TenantConfig, sitePath: string): string {
  const source = sourceForSitePath(config, sitePath);
  return source ? source.title : sitePath;
}

/** Chip keys are site paths, compared as SharePoint does (case-insensitively). */
export function isSameSite(a: string, b: string): boolean {
  return sitePathKey(a) === sitePathKey(b);
}

import type { Municipality, TenantConfig } from './municipality';
import { toGroupSet } from './audience';
import { sitePathKey } from './tenantConfig';

/** A site the news feed reads from: a municipality's hub or the shared site. */
export interface NewsSource {
  sitePath: string;
  /** The municipality the site belongs to; null for the shared site. */
  municipalityId: string | null;
  /** Label for chips and messages, for example "Eksjö" or "Gemensamt". */
  title: string;
}

export interface Memberships {
  /** The municipality of the user's own account (by mail domain), when it is configured. */
  home: Municipality | null;
  /** Every municipality the user works for, the home municipality first, then in configuration order. */
  municipalities: Municipality[];
}

/** The municipality whose e-mail domain the address belongs to, or null. */
export function homeMunicipality(config: TenantConfig, mail: string | undefined | null): Municipality | null {
  if (!mail) {
    return null;
  }
  const at = mail.lastIndexOf('@');
  const domain = (at >= 0 ? mail.slice(at + 1) : '').trim().toLowerCase();
  for (const municipality of config.municipalities) {
    if (municipality.emailDomain.toLowerCase() === domain) {
      return municipality;
    }
  }
  return null;
}

/**
 * A person works for a municipality when they are in its all-staff or root group
 * (transitively). People of shared services are in several; their mail tells only one.
 */
export function membershipsOf(config: TenantConfig, user: { mail: string; groupIds: readonly string[] }): Memberships {
  const groups = toGroupSet(user.groupIds);
  const home = homeMunicipality(config, user.mail);
  const byGroups = config.municipalities.filter(m => groups.has(m.groups.allStaff) || groups.has(m.groups.root));
  // Someone whose group memberships have not reached the directory yet still belongs to their home.
  const members = byGroups.length === 0 && home ? [home] : byGroups;
  const homeFirst = home && members.indexOf(home) > 0
    ? [home].concat(members.filter(m => m !== home))
    : members;
  return { home, municipalities: homeFirst };
}

export function municipalitySource(municipality: Municipality): NewsSource {
  return { sitePath: municipality.hubPath, municipalityId: municipality.id, title: municipality.shortName };
}

export function sharedSource(config: TenantConfig): NewsSource {
  return { sitePath: config.sharedSite.path, municipalityId: null, title: config.sharedSite.title };
}

/** Default sources of the news feed: the hub of every municipality the user works for, then the shared site. */
export function defaultNewsSources(config: TenantConfig, user: { mail: string; groupIds: readonly string[] }): NewsSource[] {
  return membershipsOf(config, user).municipalities.map(municipalitySource).concat([sharedSource(config)]);
}

/** Every source an editor may pick in the property pane. */
export function allNewsSources(config: TenantConfig): NewsSource[] {
  return config.municipalities.map(municipalitySource).concat([sharedSource(config)]);
}

/** The source a site path belongs to, or null when the path is not configured. */
export function sourceForSitePath(config: TenantConfig, sitePath: string): NewsSource | null {
  const key = sitePathKey(sitePath);
  for (const source of allNewsSources(config)) {
    if (sitePathKey(source.sitePath) === key) {
      return source;
    }
  }
  return null;
}

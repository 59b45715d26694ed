import { MAX_SEARCH_SHORTCUTS } from './municipality';
import type { Municipality, MunicipalityGroups, SearchShortcut, SharedSite, TenantConfig } from './municipality';

/**
 * Why the tenant configuration could not be used. 'missing': the tenant property is not set;
 * 'invalid': it is set but does not describe a usable configuration (see `problems`).
 */
export type TenantConfigErrorCode = 'missing' | 'invalid';

export interface TenantConfigError extends Error {
  name: 'TenantConfigError';
  code: TenantConfigErrorCode;
  /** One line per problem, each naming the JSON path it concerns, for admins to fix. */
  problems: string[];
}

/** Errors are plain Error objects with a name tag, so the check survives any compile target. */
export function createTenantConfigError(code: TenantConfigErrorCode, problems: string[]): TenantConfigError {
  const summary = code === 'missing'
    ? 'The Samverka tenant configuration is missing.'
    : `The Samverka tenant configuration is invalid: ${problems.join('; ')}`;
  const error = new Error(summary) as TenantConfigError;
  error.name = 'TenantConfigError';
  error.code = code;
  error.problems = problems;
  return error;
}

export function isTenantConfigError(error: unknown): error is TenantConfigError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'TenantConfigError';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MUNICIPALITY_ID = /^[a-z0-9][a-z0-9-]*$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const SERVER_RELATIVE_PATH = /^\/[^\s"'<>\\?#]*$/;
/** A boost of more than a year is no longer news; the tenant's maximum boost days stay within it. */
const BOOST_MAX_DAYS_LIMIT = 365;

/** Server-relative site paths are kept as written, without a trailing slash. */
export function normalizeSitePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** SharePoint URLs are case-insensitive: compare site paths through this key. */
export function sitePathKey(path: string): string {
  return normalizeSitePath(path).toLowerCase();
}

/** Entra object ids are GUIDs; SharePoint and Graph may differ in letter case. */
export function normalizeGroupId(id: string): string {
  return id.trim().toLowerCase();
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** "eksjo.se": lower-case labels separated by dots. */
export function isDomainName(value: string): boolean {
  return DOMAIN.test(value);
}

/** "eksjo": lower-case letters, digits and '-'. */
export function isMunicipalityId(value: string): boolean {
  return MUNICIPALITY_ID.test(value);
}

/**
 * Reads the JSON of the tenant property into a TenantConfig, or throws a TenantConfigError
 * listing every problem at once (an admin fixing the property should not have to iterate).
 * Accepts the JSON text as stored in the tenant property or an already parsed value.
 */
export function parseTenantConfig(json: unknown): TenantConfig {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw createTenantConfigError('invalid', [`not valid JSON (${(e as Error).message})`]);
    }
  }
  if (value === null || value === undefined) {
    throw createTenantConfigError('missing', []);
  }

  const problems: string[] = [];
  if (!isRecord(value)) {
    throw createTenantConfigError('invalid', ['the configuration must be a JSON object']);
  }

  const municipalities: Municipality[] = [];
  if (!Array.isArray(value.municipalities) || value.municipalities.length === 0) {
    problems.push('municipalities: must be a non-empty array');
  } else {
    value.municipalities.forEach((raw: unknown, index: number) => {
      const municipality = readMunicipality(raw, `municipalities[${index}]`, problems);
      if (municipality) {
        municipalities.push(municipality);
      }
    });
    checkUnique(municipalities, m => m.id, 'id', problems);
    checkUnique(municipalities, m => sitePathKey(m.hubPath), 'hubPath', problems);
    checkUnique(municipalities, m => m.emailDomain, 'emailDomain', problems);
  }

  const sharedSite = readSharedSite(value.sharedSite, problems);
  if (sharedSite && municipalities.some(m => sitePathKey(m.hubPath) === sitePathKey(sharedSite.path))) {
    problems.push('sharedSite.path: must differ from every municipality hubPath');
  }

  const guideLinkHosts = readGuideLinkHosts(value.guideLinkHosts, problems);
  const searchShortcuts = readSearchShortcuts(value.searchShortcuts, problems);
  const boostMaxDays = value.boostMaxDays;
  if (boostMaxDays !== undefined && !(typeof boostMaxDays === 'number' && Number.isInteger(boostMaxDays) && boostMaxDays >= 1 && boostMaxDays <= BOOST_MAX_DAYS_LIMIT)) {
    problems.push(`boostMaxDays: a whole number of days from 1 to ${BOOST_MAX_DAYS_LIMIT} (got ${JSON.stringify(boostMaxDays)})`);
  }

  if (problems.length > 0 || !sharedSite) {
    throw createTenantConfigError('invalid', problems);
  }
  const config: TenantConfig = { municipalities, sharedSite };
  if (guideLinkHosts) {
    config.guideLinkHosts = guideLinkHosts;
  }
  if (typeof boostMaxDays === 'number') {
    config.boostMaxDays = boostMaxDays;
  }
  if (searchShortcuts) {
    config.searchShortcuts = searchShortcuts;
  }
  return config;
}

function readMunicipality(raw: unknown, at: string, problems: string[]): Municipality | undefined {
  if (!isRecord(raw)) {
    problems.push(`${at}: must be an object`);
    return undefined;
  }
  const before = problems.length;
  const id = readString(raw, 'id', at, problems);
  if (id !== undefined && !MUNICIPALITY_ID.test(id)) {
    problems.push(`${at}.id: use lower-case letters, digits and '-' (got "${id}")`);
  }
  const name = readString(raw, 'name', at, problems);
  // The short name is only a label for chips; the full name is an acceptable fallback.
  const shortName = raw.shortName === undefined ? name : readString(raw, 'shortName', at, problems);
  const hubPath = readSitePath(raw, 'hubPath', at, problems);
  const emailDomain = readString(raw, 'emailDomain', at, problems);
  const domain = emailDomain === undefined ? undefined : emailDomain.toLowerCase().replace(/^@/, '');
  if (domain !== undefined && !DOMAIN.test(domain)) {
    problems.push(`${at}.emailDomain: not a domain name (got "${emailDomain}")`);
  }
  const groups = readGroups(raw.groups, `${at}.groups`, problems);
  // Content health: months between reviews in this hub (optional; 12 when not set).
  const reviewMonths = raw.reviewMonths;
  if (reviewMonths !== undefined && !(typeof reviewMonths === 'number' && Number.isInteger(reviewMonths) && reviewMonths >= 1 && reviewMonths <= 60)) {
    problems.push(`${at}.reviewMonths: a whole number of months from 1 to 60 (got ${JSON.stringify(reviewMonths)})`);
  }
  if (problems.length > before || !id || !name || !shortName || !hubPath || !domain || !groups) {
    return undefined;
  }
  const municipality: Municipality = { id, name, shortName, hubPath, emailDomain: domain, groups };
  if (typeof reviewMonths === 'number') {
    municipality.reviewMonths = reviewMonths;
  }
  return municipality;
}

function readGroups(raw: unknown, at: string, problems: string[]): MunicipalityGroups | undefined {
  if (!isRecord(raw)) {
    problems.push(`${at}: must be an object with root, allStaff and managers group ids`);
    return undefined;
  }
  const before = problems.length;
  const ids: string[] = [];
  for (const key of ['root', 'allStaff', 'managers']) {
    const id = readString(raw, key, at, problems);
    if (id !== undefined && !isGuid(id.trim())) {
      problems.push(`${at}.${key}: must be an Entra group id (GUID), got "${id}"`);
    } else if (id !== undefined) {
      ids.push(normalizeGroupId(id));
    }
  }
  if (problems.length > before) {
    return undefined;
  }
  return { root: ids[0], allStaff: ids[1], managers: ids[2] };
}

/** Guides' link allow-list: host names ("www.skatteverket.se", "*.1177.se"), lower case. */
function readGuideLinkHosts(raw: unknown, problems: string[]): string[] | undefined {
  if (raw === undefined) {
    return undefined;
  }
  if (!Array.isArray(raw)) {
    problems.push('guideLinkHosts: must be an array of host names');
    return undefined;
  }
  const hosts: string[] = [];
  raw.forEach((entry: unknown, index: number) => {
    const host = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
    if (!DOMAIN.test(host.indexOf('*.') === 0 ? host.slice(2) : host)) {
      problems.push(`guideLinkHosts[${index}]: not a host name (got ${JSON.stringify(entry)})`);
    } else if (hosts.indexOf(host) < 0) {
      hosts.push(host);
    }
  });
  return hosts;
}

/** Sök's shortcuts: at most MAX_SEARCH_SHORTCUTS, each a title (1–60 characters) and an https or server-relative address. */
export function readSearchShortcuts(raw: unknown, problems: string[]): SearchShortcut[] | undefined {
  if (raw === undefined) {
    return undefined;
  }
  if (!Array.isArray(raw) || raw.length > MAX_SEARCH_SHORTCUTS) {
    problems.push(`searchShortcuts: must be an array of at most ${MAX_SEARCH_SHORTCUTS} links ({ "title", "url" })`);
    return undefined;
  }
  const shortcuts: SearchShortcut[] = [];
  raw.forEach((entry: unknown, index: number) => {
    const title = isRecord(entry) && typeof entry.title === 'string' ? entry.title.trim() : '';
    const url = isRecord(entry) && typeof entry.url === 'string' ? entry.url.trim() : '';
    if (title.length < 1 || title.length > 60) {
      problems.push(`searchShortcuts[${index}].title: 1 to 60 characters (got ${JSON.stringify(isRecord(entry) ? entry.title : entry)})`);
    } else if (!/^https:\/\/[^\s/]+(\/\S*)?$/i.test(url) && !/^\/(?!\/)\S*$/.test(url)) {
      problems.push(`searchShortcuts[${index}].url: an https or server-relative address (got ${JSON.stringify(isRecord(entry) ? entry.url : entry)})`);
    } else {
      shortcuts.push({ title, url });
    }
  });
  return shortcuts;
}

function readSharedSite(raw: unknown, problems: string[]): SharedSite | undefined {
  if (!isRecord(raw)) {
    problems.push('sharedSite: must be an object with path and title');
    return undefined;
  }
  const path = readSitePath(raw, 'path', 'sharedSite', problems);
  const title = readString(raw, 'title', 'sharedSite', problems);
  return path && title ? { path, title } : undefined;
}

function readSitePath(raw: Record<string, unknown>, key: string, at: string, problems: string[]): string | undefined {
  const path = readString(raw, key, at, problems);
  if (path === undefined) {
    return undefined;
  }
  if (!SERVER_RELATIVE_PATH.test(path.trim()) || normalizeSitePath(path) === '/') {
    problems.push(`${at}.${key}: must be a server-relative site path such as "/sites/name" (got "${path}")`);
    return undefined;
  }
  return normalizeSitePath(path);
}

function readString(raw: Record<string, unknown>, key: string, at: string, problems: string[]): string | undefined {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push(`${at}.${key}: must be a non-empty string`);
    return undefined;
  }
  return value.trim();
}

function checkUnique<T>(items: T[], key: (item: T) => string, label: string, problems: string[]): void {
  const seen: Record<string, boolean> = {};
  for (const item of items) {
    const k = key(item);
    if (seen[k]) {
      problems.push(`municipalities: ${label} "${k}" is used more than once`);
    }
    seen[k] = true;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

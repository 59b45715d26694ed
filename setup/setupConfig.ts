import { isDomainName, isMunicipalityId, normalizeSitePath, readSearchShortcuts, sitePathKey } from '../src/core/tenantConfig';
import type { SearchShortcut } from '../src/core/municipality';

/**
 * The admin's configuration file (`municipalities.json`) for the setup command: the
 * municipalities, their hub sites, the shared site and the groups of the audience model
 * (municipality → all staff, managers; all staff → förvaltningar → units). Validated here,
 * purely, so that every problem is reported at once with the JSON path it concerns.
 */

export type AudienceGroupKind = 'root' | 'allStaff' | 'managers' | 'forvaltning' | 'unit';

export interface SiteDefinition {
  /** Server-relative path, e.g. "/sites/eksjo". */
  path: string;
  title: string;
  description: string;
}

export interface AudienceGroupDefinition {
  /** Stable key within the configuration, e.g. "eksjo", "eksjo:allStaff", "eksjo:unit:Hemtjänst Norr". */
  key: string;
  kind: AudienceGroupKind;
  municipalityId: string;
  displayName: string;
  mailNickname: string;
  description: string;
  /** Key of the group this one is nested in (absent for a municipality's root group). */
  parentKey?: string;
  /** User principal names to add as direct members (in production usually maintained by identity management). */
  members: string[];
  /** JSON path of the definition, for messages. */
  at: string;
}

export interface MunicipalitySetup {
  id: string;
  name: string;
  shortName: string;
  emailDomain: string;
  hub: SiteDefinition;
  /** Other sites of the municipality, associated with its hub. */
  associatedSites: SiteDefinition[];
}

/** Where the list instances of sharepoint/assets are created. */
export type ListPlacement = 'shared' | 'hubs' | 'all';

export interface SetupConfig {
  /** "https://contoso.sharepoint.com" when the file names the tenant. */
  tenantUrl?: string;
  /** Server-relative path of the tenant app catalog; found through the tenant settings when absent. */
  appCatalogPath?: string;
  /** Locale id of the sites created (1053: Swedish). */
  language: number;
  /** Targeted news: a boost ends at the latest this many days after publishing (the tenant configuration's boostMaxDays). */
  boostMaxDays?: number;
  /** Sök's start page: the organisation's links (the tenant configuration's searchShortcuts). */
  searchShortcuts?: SearchShortcut[];
  sharedSite: SiteDefinition & { readers: string[] };
  municipalities: MunicipalitySetup[];
  /** Every group of the audience model, parents before children. */
  groups: AudienceGroupDefinition[];
  /** List title → placement; lists not named go to the shared site. */
  lists: Record<string, ListPlacement>;
}

export type SetupConfigResult = { ok: true; config: SetupConfig } | { ok: false; problems: string[] };

const MAIL_NICKNAME = /^[A-Za-z0-9._-]{1,64}$/;
const UPN = /^[^\s@]+@([^\s@]+)$/;
const TENANT_URL = /^(https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)\/?$/i;
const LIST_PLACEMENTS: ListPlacement[] = ['shared', 'hubs', 'all'];

/** Lower-case ASCII with hyphens: "Hemtjänst Norr" → "hemtjanst-norr" (Entra mail nicknames are ASCII). */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Json = Record<string, unknown>;

class Problems {
  readonly list: string[] = [];

  add(at: string, message: string): void {
    this.list.push(`${at}: ${message}`);
  }

  get count(): number {
    return this.list.length;
  }
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(raw: Json, at: string, allowed: string[], problems: Problems): void {
  for (const key of Object.keys(raw)) {
    if (allowed.indexOf(key) < 0 && key !== '$schema' && key !== '$comment') {
      problems.add(`${at}.${key}`, `unknown property (expected one of: ${allowed.join(', ')})`);
    }
  }
}

function text(raw: Json, key: string, at: string, problems: Problems, required: boolean): string | undefined {
  const value = raw[key];
  if (value === undefined && !required) {
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(`${at}.${key}`, value === undefined ? 'is missing (a non-empty text)' : 'must be a non-empty text');
    return undefined;
  }
  return value.trim();
}

function array(raw: Json, key: string, at: string, problems: Problems): unknown[] {
  const value = raw[key];
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    problems.add(`${at}.${key}`, 'must be an array');
    return [];
  }
  return value;
}

function sitePath(value: string | undefined, at: string, problems: Problems): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!/^\/sites\/[A-Za-z0-9_-]+\/?$/.test(value) && !/^\/teams\/[A-Za-z0-9_-]+\/?$/.test(value)) {
    problems.add(at, `must be a site path such as "/sites/name" (got "${value}")`);
    return undefined;
  }
  return normalizeSitePath(value);
}

function readSite(raw: unknown, at: string, problems: Problems, defaults: { title?: string; description?: string }): SiteDefinition | undefined {
  if (!isRecord(raw)) {
    problems.add(at, raw === undefined ? 'is missing (an object with path and title)' : 'must be an object with path and title');
    return undefined;
  }
  checkKeys(raw, at, ['path', 'title', 'description', 'readers'], problems);
  const path = sitePath(text(raw, 'path', at, problems, true), `${at}.path`, problems);
  const title = text(raw, 'title', at, problems, defaults.title === undefined) || defaults.title;
  const description = text(raw, 'description', at, problems, false) || defaults.description || '';
  return path && title ? { path, title, description } : undefined;
}

function readMembers(raw: Json, at: string, problems: Problems, domains: string[]): string[] {
  const members: string[] = [];
  array(raw, 'members', at, problems).forEach((value, index) => {
    const here = `${at}.members[${index}]`;
    const match = typeof value === 'string' ? UPN.exec(value.trim()) : null;
    if (!match) {
      problems.add(here, `must be a user principal name such as "anna.lindqvist@eksjo.se" (got ${JSON.stringify(value)})`);
      return;
    }
    const domain = match[1].toLowerCase();
    if (domains.indexOf(domain) < 0) {
      problems.add(here, `unknown e-mail domain "${domain}": not the domain of any municipality (${domains.join(', ')})`);
      return;
    }
    members.push((value as string).trim().toLowerCase());
  });
  return members;
}

interface GroupOverride {
  displayName?: string;
  mailNickname?: string;
  description?: string;
  members: string[];
}

function readGroupOverride(raw: unknown, at: string, problems: Problems, domains: string[]): GroupOverride {
  if (raw === undefined) {
    return { members: [] };
  }
  if (!isRecord(raw)) {
    problems.add(at, 'must be an object (displayName, mailNickname, description, members)');
    return { members: [] };
  }
  checkKeys(raw, at, ['displayName', 'mailNickname', 'description', 'members'], problems);
  return {
    displayName: text(raw, 'displayName', at, problems, false),
    mailNickname: text(raw, 'mailNickname', at, problems, false),
    description: text(raw, 'description', at, problems, false),
    members: readMembers(raw, at, problems, domains)
  };
}

/** The e-mail domains of the municipalities, read first so members can be checked against all of them. */
function domainsOf(rawMunicipalities: unknown[]): string[] {
  const domains: string[] = [];
  for (const raw of rawMunicipalities) {
    if (isRecord(raw) && typeof raw.emailDomain === 'string') {
      domains.push(raw.emailDomain.trim().toLowerCase().replace(/^@/, ''));
    }
  }
  return domains;
}

function readMunicipality(raw: unknown, at: string, problems: Problems, domains: string[], groups: AudienceGroupDefinition[]): MunicipalitySetup | undefined {
  if (!isRecord(raw)) {
    problems.add(at, 'must be an object');
    return undefined;
  }
  const before = problems.count;
  checkKeys(raw, at, ['id', 'name', 'shortName', 'emailDomain', 'hub', 'associatedSites', 'groups', 'forvaltningar'], problems);
  const id = text(raw, 'id', at, problems, true);
  if (id !== undefined && !isMunicipalityId(id)) {
    problems.add(`${at}.id`, `use lower-case letters, digits and "-" (got "${id}")`);
  }
  const name = text(raw, 'name', at, problems, true);
  const shortName = text(raw, 'shortName', at, problems, false) || name;
  const rawDomain = text(raw, 'emailDomain', at, problems, true);
  const emailDomain = rawDomain === undefined ? undefined : rawDomain.toLowerCase().replace(/^@/, '');
  if (emailDomain !== undefined && !isDomainName(emailDomain)) {
    problems.add(`${at}.emailDomain`, `not a domain name such as "eksjo.se" (got "${rawDomain}")`);
  }
  const hub = readSite(raw.hub, `${at}.hub`, problems, { title: name, description: name ? `Intranät för ${name}.` : '' });
  const associatedSites: SiteDefinition[] = [];
  array(raw, 'associatedSites', at, problems).forEach((site, index) => {
    const read = readSite(site, `${at}.associatedSites[${index}]`, problems, {});
    if (read) {
      associatedSites.push(read);
    }
  });

  // A repeated id is reported once (below); its groups would only repeat the report.
  if (id && name && shortName && !groups.some(g => g.key === id)) {
    readGroups(raw, at, problems, domains, { id, name, shortName }, groups);
  }
  if (problems.count > before || !id || !name || !shortName || !emailDomain || !hub) {
    return undefined;
  }
  return { id, name, shortName, emailDomain, hub, associatedSites };
}

function readGroups(
  raw: Json,
  at: string,
  problems: Problems,
  domains: string[],
  m: { id: string; name: string; shortName: string },
  groups: AudienceGroupDefinition[]
): void {
  const overrides = isRecord(raw.groups) ? raw.groups : {};
  if (raw.groups !== undefined && !isRecord(raw.groups)) {
    problems.add(`${at}.groups`, 'must be an object with root, allStaff and managers');
  } else if (isRecord(raw.groups)) {
    checkKeys(raw.groups, `${at}.groups`, ['root', 'allStaff', 'managers'], problems);
  }
  const group = (
    key: string,
    kind: AudienceGroupKind,
    defaults: { displayName: string; mailNickname: string; description: string },
    override: GroupOverride,
    groupAt: string,
    parentKey?: string
  ): void => {
    groups.push({
      key,
      kind,
      municipalityId: m.id,
      displayName: override.displayName || defaults.displayName,
      mailNickname: override.mailNickname || defaults.mailNickname,
      description: override.description || defaults.description,
      parentKey,
      members: override.members,
      at: groupAt
    });
  };
  const root = `${m.id}`;
  const allStaff = `${m.id}:allStaff`;
  group(root, 'root', { displayName: m.name, mailNickname: asciiSlug(m.name), description: `Alla grupper i ${m.name}.` },
    readGroupOverride(overrides.root, `${at}.groups.root`, problems, domains), `${at}.groups.root`);
  group(allStaff, 'allStaff', { displayName: `${m.shortName} – alla medarbetare`, mailNickname: `${m.id}-alla-medarbetare`, description: `Alla medarbetare i ${m.name}.` },
    readGroupOverride(overrides.allStaff, `${at}.groups.allStaff`, problems, domains), `${at}.groups.allStaff`, root);
  group(`${m.id}:managers`, 'managers', { displayName: `${m.shortName} – chefer`, mailNickname: `${m.id}-chefer`, description: `Alla chefer i ${m.name}.` },
    readGroupOverride(overrides.managers, `${at}.groups.managers`, problems, domains), `${at}.groups.managers`, root);

  array(raw, 'forvaltningar', at, problems).forEach((rawForv, fi) => {
    const fAt = `${at}.forvaltningar[${fi}]`;
    if (!isRecord(rawForv)) {
      problems.add(fAt, 'must be an object with name and units');
      return;
    }
    checkKeys(rawForv, fAt, ['name', 'displayName', 'mailNickname', 'description', 'members', 'units'], problems);
    const fName = text(rawForv, 'name', fAt, problems, true);
    if (!fName) {
      return;
    }
    const fKey = `${m.id}:forvaltning:${fName}`;
    group(fKey, 'forvaltning', { displayName: `${m.shortName} – ${fName}`, mailNickname: `${m.id}-${asciiSlug(fName)}`, description: `Medarbetare i ${fName}, ${m.name}.` },
      readGroupOverride(pick(rawForv, ['displayName', 'mailNickname', 'description', 'members']), fAt, problems, domains), fAt, allStaff);
    array(rawForv, 'units', fAt, problems).forEach((rawUnit, ui) => {
      const uAt = `${fAt}.units[${ui}]`;
      if (!isRecord(rawUnit)) {
        problems.add(uAt, 'must be an object with name');
        return;
      }
      checkKeys(rawUnit, uAt, ['name', 'displayName', 'mailNickname', 'description', 'members'], problems);
      const uName = text(rawUnit, 'name', uAt, problems, true);
      if (!uName) {
        return;
      }
      group(`${m.id}:unit:${uName}`, 'unit', { displayName: `${m.shortName} – ${uName}`, mailNickname: `${m.id}-${asciiSlug(uName)}`, description: `${uName}, ${fName}, ${m.name}.` },
        readGroupOverride(pick(rawUnit, ['displayName', 'mailNickname', 'description', 'members']), uAt, problems, domains), uAt, fKey);
    });
  });
}

function pick(raw: Json, keys: string[]): Json {
  const picked: Json = {};
  for (const key of keys) {
    if (raw[key] !== undefined) {
      picked[key] = raw[key];
    }
  }
  return picked;
}

function checkGroups(groups: AudienceGroupDefinition[], problems: Problems): void {
  const byName: Record<string, AudienceGroupDefinition> = {};
  const byNickname: Record<string, AudienceGroupDefinition> = {};
  const byKey: Record<string, AudienceGroupDefinition> = {};
  for (const g of groups) {
    const sameKey = byKey[g.key];
    if (sameKey) {
      problems.add(g.at, `"${g.displayName}" is defined twice in ${g.municipalityId} (also at ${sameKey.at})`);
    }
    byKey[g.key] = sameKey || g;
    const name = g.displayName.toLowerCase();
    if (byName[name] && !sameKey) {
      problems.add(g.at, `the group name "${g.displayName}" is used twice (also at ${byName[name].at})`);
    }
    byName[name] = byName[name] || g;
    if (!MAIL_NICKNAME.test(g.mailNickname)) {
      problems.add(`${g.at}.mailNickname`, `"${g.mailNickname}" is not a valid mail nickname (ASCII letters, digits, ".", "_", "-"; at most 64)`);
    }
    const nickname = g.mailNickname.toLowerCase();
    if (byNickname[nickname] && !sameKey) {
      problems.add(g.at, `the mail nickname "${g.mailNickname}" is used twice (also at ${byNickname[nickname].at})`);
    }
    byNickname[nickname] = byNickname[nickname] || g;
    if (g.displayName.length > 256) {
      problems.add(g.at, 'the group name is longer than 256 characters');
    }
  }
}

function checkUnique<T>(items: Array<{ at: string; item: T }>, key: (item: T) => string, what: string, problems: Problems): void {
  const seen: Record<string, string> = {};
  for (const { at, item } of items) {
    const k = key(item);
    if (seen[k] !== undefined) {
      problems.add(at, `${what} "${k}" is used twice (also at ${seen[k]})`);
    } else {
      seen[k] = at;
    }
  }
}

/** Validates the parsed JSON of municipalities.json; every problem names its JSON path. */
export function validateSetupConfig(json: unknown): SetupConfigResult {
  const problems = new Problems();
  if (!isRecord(json)) {
    return { ok: false, problems: ['$: the configuration must be a JSON object'] };
  }
  checkKeys(json, '$', ['tenantUrl', 'appCatalogPath', 'language', 'boostMaxDays', 'searchShortcuts', 'sharedSite', 'municipalities', 'lists'], problems);

  let tenantUrl: string | undefined;
  if (json.tenantUrl !== undefined) {
    tenantUrl = text(json, 'tenantUrl', '$', problems, true);
    if (tenantUrl !== undefined && !TENANT_URL.test(tenantUrl)) {
      problems.add('$.tenantUrl', `must be the tenant's address such as "https://contoso.sharepoint.com" (got "${tenantUrl}")`);
      tenantUrl = undefined;
    }
  }
  const appCatalogPath = sitePath(text(json, 'appCatalogPath', '$', problems, false), '$.appCatalogPath', problems);
  let language = 1053;
  if (json.language !== undefined) {
    if (typeof json.language !== 'number' || !Number.isInteger(json.language) || json.language <= 0) {
      problems.add('$.language', `must be a locale id such as 1053 (Swedish) (got ${JSON.stringify(json.language)})`);
    } else {
      language = json.language;
    }
  }
  let boostMaxDays: number | undefined;
  if (json.boostMaxDays !== undefined) {
    const days = json.boostMaxDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 365) {
      problems.add('$.boostMaxDays', `must be a whole number of days from 1 to 365 (got ${JSON.stringify(days)})`);
    } else {
      boostMaxDays = days;
    }
  }

  // The same rules as the tenant configuration's, so setup never writes what the web parts refuse.
  const shortcutProblems: string[] = [];
  const searchShortcuts = readSearchShortcuts(json.searchShortcuts, shortcutProblems);
  shortcutProblems.forEach(problem => problems.add(`$.${problem.slice(0, problem.indexOf(':'))}`, problem.slice(problem.indexOf(':') + 2)));

  const rawMunicipalities = Array.isArray(json.municipalities) ? json.municipalities : [];
  if (!Array.isArray(json.municipalities) || json.municipalities.length === 0) {
    problems.add('$.municipalities', json.municipalities === undefined ? 'is missing (a non-empty array)' : 'must be a non-empty array');
  }
  const domains = domainsOf(rawMunicipalities);
  const groups: AudienceGroupDefinition[] = [];
  const municipalities: Array<{ at: string; item: MunicipalitySetup }> = [];
  rawMunicipalities.forEach((raw: unknown, index: number) => {
    const at = `$.municipalities[${index}]`;
    const read = readMunicipality(raw, at, problems, domains, groups);
    if (read) {
      municipalities.push({ at, item: read });
    }
  });
  checkUnique(municipalities, m => m.id, 'the municipality id', problems);
  checkUnique(municipalities, m => m.emailDomain, 'the e-mail domain', problems);
  checkGroups(groups, problems);

  const shared = readSite(json.sharedSite, '$.sharedSite', problems, {});
  // Every id written, valid or not: a municipality with another problem is not also "unknown".
  const ids = rawMunicipalities.filter(isRecord).map(m => m.id).filter((id): id is string => typeof id === 'string');
  let readers = municipalities.map(m => m.item.id);
  if (isRecord(json.sharedSite) && json.sharedSite.readers !== undefined) {
    readers = [];
    array(json.sharedSite, 'readers', '$.sharedSite', problems).forEach((value, index) => {
      if (typeof value !== 'string' || ids.indexOf(value) < 0) {
        problems.add(`$.sharedSite.readers[${index}]`, `unknown municipality ${JSON.stringify(value)} (known: ${ids.join(', ')})`);
      } else {
        readers.push(value);
      }
    });
  }

  const sites: Array<{ at: string; item: string }> = [];
  if (appCatalogPath) {
    sites.push({ at: '$.appCatalogPath', item: sitePathKey(appCatalogPath) });
  }
  if (shared) {
    sites.push({ at: '$.sharedSite.path', item: sitePathKey(shared.path) });
  }
  for (const { at, item } of municipalities) {
    sites.push({ at: `${at}.hub.path`, item: sitePathKey(item.hub.path) });
    item.associatedSites.forEach((s, i) => sites.push({ at: `${at}.associatedSites[${i}].path`, item: sitePathKey(s.path) }));
  }
  checkUnique(sites, s => s, 'the site path', problems);

  const lists: Record<string, ListPlacement> = {};
  if (json.lists !== undefined) {
    if (!isRecord(json.lists)) {
      problems.add('$.lists', 'must be an object: list title → "shared", "hubs" or "all"');
    } else {
      for (const title of Object.keys(json.lists)) {
        const placement = json.lists[title];
        if (typeof placement !== 'string' || LIST_PLACEMENTS.indexOf(placement as ListPlacement) < 0) {
          problems.add(`$.lists.${title}`, `must be "shared", "hubs" or "all" (got ${JSON.stringify(placement)})`);
        } else {
          lists[title] = placement as ListPlacement;
        }
      }
    }
  }

  if (problems.count > 0 || !shared) {
    return { ok: false, problems: problems.list };
  }
  return {
    ok: true,
    config: {
      tenantUrl: tenantUrl ? tenantUrl.replace(/\/+$/, '') : undefined,
      appCatalogPath,
      language,
      ...(boostMaxDays === undefined ? {} : { boostMaxDays }),
      ...(searchShortcuts === undefined ? {} : { searchShortcuts }),
      sharedSite: { ...shared, readers },
      municipalities: municipalities.map(m => m.item),
      groups,
      lists
    }
  };
}

/** Parses the text of municipalities.json, reporting a JSON syntax error like any other problem. */
export function parseSetupConfig(text: string): SetupConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`$: not valid JSON (${(e as Error).message})`] };
  }
  return validateSetupConfig(json);
}

import type { DocumentResult, GuideResult, PageResult, PersonResult } from '../core/search';
import { municipalityIdsOf, parseGuideSteps } from '../core/search';
import { guidePinKey } from '../core/dashboardRules';
import { safeUrl } from '../core/safeUrl';
import type { DriveItem, ExternalConnectors, ListItem, Person, ScoredEmailAddress, SearchHit } from '@microsoft/microsoft-graph-types';
import type { TenantConfig } from '../core/municipality';
import { summaryOfText } from '../core/searchSummary';
import { CONTENT_CLASS, ContentSource, sourceOfContentClass } from '../core/searchQuery';

/**
 * Graph search hits as search results, read through Microsoft's Graph types, so a property Graph
 * does not return fails the build. Managed properties come back in a listItem's `fields` (an
 * externalItem's `properties`) named as requested or in another letter case, so they are read
 * case-insensitively; a missing value is ''. A driveItem has no `fields`: it is read from its
 * driveItem properties.
 */

export type GraphHit = SearchHit;

/** A person as Graph search returns it: `emailAddresses` besides the person resource's properties (search-concept-person). */
export type SearchPerson = Person & { emailAddresses?: ScoredEmailAddress[] | null };

type Fields = Record<string, unknown>;

/** The managed properties of a listItem hit (`fields`), or an externalItem hit's schema properties. */
export function fieldsOf(hit: GraphHit): Fields | undefined {
  const resource = hit.resource as (ListItem & { '@odata.type'?: string }) | null | undefined;
  if (!resource) {
    return undefined;
  }
  const external = resource as unknown as ExternalConnectors.ExternalItem;
  const values = resource.fields || external.properties;
  return values ? (values as unknown as Fields) : undefined;
}

export function fieldOf(fields: Record<string, unknown> | undefined, name: string): unknown {
  if (!fields) {
    return undefined;
  }
  if (name in fields) {
    return fields[name];
  }
  const lower = name.toLowerCase();
  for (const key of Object.keys(fields)) {
    if (key.toLowerCase() === lower) {
      return fields[key];
    }
  }
  return undefined;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** A "url, description" value of a URL field (…OWSURLH) as its parts. */
function urlField(value: unknown): { url: string; alt: string } | undefined {
  const raw = text(value);
  if (raw === '') {
    return undefined;
  }
  const comma = raw.indexOf(', ');
  return comma < 0 ? { url: raw, alt: '' } : { url: raw.slice(0, comma), alt: raw.slice(comma + 2) };
}

function absolute(url: string, tenantUrl: string): string {
  return url.indexOf('/') === 0 ? `${tenantUrl}${url}` : url;
}

export function pageOf(hit: GraphHit): PageResult {
  const r = (hit.resource || {}) as ListItem;
  const f = fieldsOf(hit) || {};
  const path = text(fieldOf(f, 'Path')) || text(r.webUrl);
  const published = text(fieldOf(f, 'FirstPublishedDate'));
  const isNews = text(fieldOf(f, 'PromotedState')) === '2';
  const ids = r.parentReference && r.parentReference.sharepointIds;
  return {
    kind: 'page',
    id: text(hit.hitId || r.id),
    title: text(fieldOf(f, 'Title')) || path.split('/').pop() || '',
    url: text(r.webUrl) || path,
    // The description is plain text: put in the summary's form, its own markup stays text.
    summary: text(hit.summary) || summaryOfText(text(fieldOf(f, 'Description'))),
    siteTitle: text(fieldOf(f, 'SiteTitle')),
    siteUrl: text(fieldOf(f, 'SPSiteURL')) || (ids ? text(ids.siteUrl) : ''),
    date: isNews && published ? published : text(fieldOf(f, 'LastModifiedTime')) || text(r.lastModifiedDateTime),
    audienceIds: text(fieldOf(f, 'ModernAudienceAadObjectIds')).split(';').map(s => s.trim()).filter(s => s !== '')
  };
}

/** A site the configuration knows: its absolute URL (no trailing slash) and title. */
export interface KnownSite {
  url: string;
  title: string;
}

/**
 * The sites whose titles the configuration knows: each hub (titled as its municipality, as
 * setup creates it) and the shared site. A driveItem carries its site's URL, not its title.
 */
export function knownSitesOf(config: TenantConfig, tenantUrl: string): KnownSite[] {
  const origin = tenantUrl.replace(/\/+$/, '');
  const at = (path: string): string => `${origin}${path.replace(/\/+$/, '')}`;
  return config.municipalities.map(m => ({ url: at(m.hubPath), title: m.name }))
    .concat([{ url: at(config.sharedSite.path), title: config.sharedSite.title }]);
}

/** The title of a site the configuration knows, by its URL. */
export function siteTitleOf(sites: readonly KnownSite[], siteUrl: string): string | undefined {
  const wanted = decoded(siteUrl).replace(/\/+$/, '').toLowerCase();
  const site = sites.find(s => decoded(s.url).toLowerCase() === wanted);
  return site ? site.title : undefined;
}

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Where a file lies: its site's URL (parentReference, else the site part of its address) and that site's title when known. */
export function siteOfFile(item: DriveItem, sites: readonly KnownSite[]): { siteUrl: string; siteTitle: string } {
  const webUrl = decoded(text(item.webUrl));
  const ids = item.parentReference && item.parentReference.sharepointIds;
  let siteUrl = ids ? text(ids.siteUrl).replace(/\/+$/, '') : '';
  const byPrefix = sites.filter(s => webUrl.toLowerCase().indexOf(`${decoded(s.url).toLowerCase()}/`) === 0)
    .sort((a, b) => b.url.length - a.url.length)[0];
  if (!siteUrl) {
    const m = /^(https?:\/\/[^/]+\/(?:sites|teams|personal)\/[^/]+)\//i.exec(webUrl);
    siteUrl = byPrefix ? byPrefix.url : m ? encodeURI(m[1]) : '';
  }
  const known = sites.find(s => decoded(s.url).toLowerCase() === decoded(siteUrl).toLowerCase()) || (ids && ids.siteUrl ? undefined : byPrefix);
  return { siteUrl, siteTitle: known ? known.title : '' };
}

/** A document from a driveItem hit: name, address, editor, time and folder are driveItem properties. */
export function documentOf(hit: GraphHit, sites: readonly KnownSite[]): DocumentResult {
  const r = (hit.resource || {}) as DriveItem;
  const url = text(r.webUrl);
  const fileName = text(r.name) || decoded(url.split('/').pop() || '');
  const dot = fileName.lastIndexOf('.');
  const editor = r.lastModifiedBy && r.lastModifiedBy.user ? text(r.lastModifiedBy.user.displayName) : '';
  return {
    kind: 'document',
    id: text(r.id || hit.hitId),
    title: dot > 0 ? fileName.slice(0, dot) : fileName,
    fileName,
    fileType: dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '',
    url,
    summary: text(hit.summary),
    siteTitle: siteOfFile(r, sites).siteTitle,
    folderUrl: url.slice(0, url.lastIndexOf('/')),
    modified: text(r.lastModifiedDateTime),
    modifiedBy: editor
  };
}

/**
 * A document from a listItem hit (where documents share a request with pages and guides): name,
 * type, address, site, editor and time from its managed properties (LIST_DOCUMENT_FIELDS), the
 * site's title from the configuration when it knows the site.
 */
export function listDocumentOf(hit: GraphHit, sites: readonly KnownSite[]): DocumentResult {
  const r = (hit.resource || {}) as ListItem;
  const f = fieldsOf(hit) || {};
  const url = text(r.webUrl) || text(fieldOf(f, 'Path'));
  const fileName = text(fieldOf(f, 'Filename')) || decoded(url.split('/').pop() || '');
  const dot = fileName.lastIndexOf('.');
  const ids = r.parentReference && r.parentReference.sharepointIds;
  const siteUrl = text(fieldOf(f, 'SPSiteURL')) || (ids ? text(ids.siteUrl) : '');
  const editor = r.lastModifiedBy && r.lastModifiedBy.user ? text(r.lastModifiedBy.user.displayName) : '';
  return {
    kind: 'document',
    id: text(r.id || hit.hitId),
    title: text(fieldOf(f, 'Title')) || (dot > 0 ? fileName.slice(0, dot) : fileName),
    fileName,
    fileType: (text(fieldOf(f, 'FileType')) || (dot > 0 ? fileName.slice(dot + 1) : '')).toLowerCase(),
    url,
    summary: text(hit.summary),
    siteTitle: (siteUrl ? siteTitleOf(sites, siteUrl) : undefined) || text(fieldOf(f, 'SiteTitle')),
    folderUrl: url.slice(0, url.lastIndexOf('/')),
    modified: text(fieldOf(f, 'LastModifiedTime')) || text(r.lastModifiedDateTime),
    modifiedBy: text(fieldOf(f, 'ModifiedBy')) || editor
  };
}

/**
 * A person hit. Its `hitId` is no user id (Graph documents it as an internal identifier), so the
 * person's key is the userPrincipalName, else the resource's id: both are what /users/{key} takes.
 */
export function personOf(hit: GraphHit): PersonResult {
  const r = (hit.resource || {}) as SearchPerson;
  const phones = r.phones || [];
  const phone = phones.find(p => p.type === 'business');
  const mobile = phones.find(p => p.type === 'mobile');
  const emails = (r.emailAddresses || r.scoredEmailAddresses || []).filter(e => text(e.address) !== '');
  return {
    kind: 'person',
    id: text(r.userPrincipalName) || text(r.id),
    displayName: text(r.displayName),
    jobTitle: text(r.jobTitle),
    department: text(r.department),
    municipality: text(r.companyName),
    officeLocation: text(r.officeLocation),
    phone: phone ? text(phone.number) : '',
    mobilePhone: mobile ? text(mobile.number) : '',
    email: emails.length > 0 ? text(emails[0].address) : text(r.userPrincipalName)
  };
}

export function listGuideOf(hit: GraphHit, tenantUrl: string): GuideResult {
  const r = (hit.resource || {}) as ListItem;
  const f = fieldsOf(hit) || {};
  const field = urlField(fieldOf(f, 'SamverkaGuideThumbnailOWSURLH'));
  const thumbnail = field && safeUrl(field.url, 'image') !== undefined ? field : undefined;
  const itemId = Number(fieldOf(f, 'ListItemId') || (r.sharepointIds && r.sharepointIds.listItemId) ||
    (r.parentReference && r.parentReference.sharepointIds && r.parentReference.sharepointIds.listItemId));
  return {
    kind: 'guide',
    id: text(hit.hitId || r.id),
    source: 'list',
    title: text(fieldOf(f, 'Title')),
    summary: text(fieldOf(f, 'SamverkaGuideSummaryOWSMTXT')),
    stepCount: Number(fieldOf(f, 'SamverkaGuideStepCountOWSNMBR')) || 0,
    thumbnail: thumbnail ? { url: absolute(thumbnail.url, tenantUrl), alt: thumbnail.alt } : undefined,
    category: text(fieldOf(f, 'RefinableString110')),
    municipalities: municipalityIdsOf(fieldOf(f, 'RefinableString111')),
    url: text(r.webUrl) || text(fieldOf(f, 'Path')),
    listItemId: isFinite(itemId) && itemId > 0 ? itemId : undefined,
    pinKey: guidePinKey(fieldOf(f, 'UniqueId'), r.id, text(fieldOf(f, 'Path')) || text(r.webUrl)),
    modified: text(fieldOf(f, 'LastModifiedTime')) || text(r.lastModifiedDateTime)
  };
}

export function connectorGuideOf(hit: GraphHit, tenantUrl: string): GuideResult {
  const r = (hit.resource || {}) as ExternalConnectors.ExternalItem;
  const p = fieldsOf(hit) || {};
  const steps = parseGuideSteps(fieldOf(p, 'steps'));
  const thumbnail = safeUrl(text(fieldOf(p, 'thumbnailUrl')), 'image');
  const firstImage = steps.find(s => s.image);
  return {
    kind: 'guide',
    id: text(hit.hitId || r.id),
    source: 'connector',
    title: text(fieldOf(p, 'title')),
    summary: text(fieldOf(p, 'summary')),
    stepCount: Number(fieldOf(p, 'stepCount')) || steps.length,
    thumbnail: thumbnail ? { url: absolute(thumbnail, tenantUrl), alt: firstImage && firstImage.image ? firstImage.image.alt : '' } : undefined,
    category: text(fieldOf(p, 'category')),
    municipalities: municipalityIdsOf(fieldOf(p, 'municipality')),
    url: text(fieldOf(p, 'url')),
    steps: steps.map(s => (s.image ? { ...s, image: { ...s.image, url: absolute(s.image.url, tenantUrl) } } : s)),
    modified: text(fieldOf(p, 'lastModifiedDateTime'))
  };
}

/**
 * Which SharePoint source a hit of a shared listItem request belongs to: by its contentclass
 * (asked for in `fields`), else by where it lies (the guide list) and what it is (a page is news
 * or an .aspx file).
 */
export function sharePointSourceOf(hit: GraphHit, guideListUrl: string): ContentSource {
  const fields = fieldsOf(hit);
  const byClass = sourceOfContentClass(fieldOf(fields, CONTENT_CLASS));
  if (byClass) {
    return byClass;
  }
  const resource = (hit.resource || {}) as ListItem;
  const path = text(fieldOf(fields, 'Path') || resource.webUrl).toLowerCase();
  if (path.indexOf(`${guideListUrl.toLowerCase()}/`) === 0) {
    return 'guideList';
  }
  return /\.aspx$/.test(path) || fieldOf(fields, 'PromotedState') !== undefined ? 'pages' : 'documents';
}

import type { ListItem, SearchHit } from '@microsoft/microsoft-graph-types';
import type { NewsItem } from '../core/news';
import { allNewsSources, NewsSource, sourceForSitePath } from '../core/membership';
import type { ITenantConfigService } from '../core/ports';
import { sitePathKey } from '../core/tenantConfig';
import { MUST_READ_PROPERTY, READ_BY_PROPERTY } from '../core/newsKql';
import { pageKeyOf } from '../core/readConfirmation';

/**
 * The managed property holding a news link's source page (the crawled property
 * ows__OriginalSourceUrl of repost pages, mapped to this refinable string by the admin: README).
 */
export const ORIGINAL_SOURCE_PROPERTY = 'RefinableString113';

/** Managed properties the news search asks for (answered under these names, in any letter case). */
export const NEWS_SEARCH_FIELDS = [
  'Title', 'Description', 'Path', 'SPSiteURL', 'FirstPublishedDate', 'PromotedState',
  'ModernAudienceAadObjectIds', 'IsAudienceTargeted', 'BannerImageUrlOWSURLH',
  'SamverkaBoostUntilOWSDATE', 'SamverkaExpiresOWSDATE', 'Author', 'AuthorOWSUSER', ORIGINAL_SOURCE_PROPERTY,
  // Läs och bekräfta: whether the page is must-read, its day, and its key (site id, page UniqueId) for confirmations.
  MUST_READ_PROPERTY, READ_BY_PROPERTY, 'SiteId', 'UniqueId'
];

/** Site Pages fields the naive baseline reads over SharePoint REST. */
export const NEWS_LIST_SELECT = [
  'Id', 'Title', 'Description', 'FileRef', 'FirstPublishedDate', 'PromotedState', 'BannerImageUrl',
  '_ModernAudienceAadObjectIds', 'SamverkaBoostUntil', 'SamverkaExpires', 'Author/Title'
];

/** Finds the configured source a page URL lives in: the longest site path that prefixes it. */
export type SiteResolver = (url: string) => Pick<NewsSource, 'sitePath' | 'municipalityId'> | null;

export function createSiteResolver(tenantUrl: string, sources: ReadonlyArray<Pick<NewsSource, 'sitePath' | 'municipalityId'>>): SiteResolver {
  const byLength = sources.slice().sort((a, b) => b.sitePath.length - a.sitePath.length);
  const origin = tenantUrl.replace(/\/+$/, '').toLowerCase();
  return url => {
    const lower = decodeSafely(url).toLowerCase();
    for (const source of byLength) {
      if (lower.indexOf(`${origin}${sitePathKey(source.sitePath)}/`) === 0) {
        return source;
      }
    }
    return null;
  };
}

/**
 * The resolver for the sites of a query. Sites map to municipalities through the tenant
 * configuration; without it the news still shows, without a municipality.
 */
export async function siteResolverFor(tenantConfig: ITenantConfigService, tenantUrl: string, sitePaths: string[]): Promise<SiteResolver> {
  let sources = sitePaths.map(sitePath => ({ sitePath, municipalityId: null as string | null }));
  try {
    const config = await tenantConfig.getConfig();
    sources = sitePaths.map(sitePath => sourceForSitePath(config, sitePath) || { sitePath, municipalityId: null });
    // Every configured site too: a news link's source may live in a hub the query does not read.
    const known = sources.map(s => sitePathKey(s.sitePath));
    sources = sources.concat(allNewsSources(config).filter(s => known.indexOf(sitePathKey(s.sitePath)) < 0)
      .map(s => ({ sitePath: s.sitePath, municipalityId: s.municipalityId })));
  } catch {
    // the web part reports a broken configuration itself; the feed goes on
  }
  return createSiteResolver(tenantUrl, sources);
}

/**
 * A page URL in one spelling whatever the source wrote: absolute, percent-encoded once.
 * Search and REST spell the same page differently (Path vs webUrl, FileRef unencoded).
 */
export function canonicalPageUrl(url: string, tenantUrl: string): string {
  const absolute = /^https?:\/\//i.test(url) ? url : `${tenantUrl.replace(/\/+$/, '')}${url.charAt(0) === '/' ? '' : '/'}${url}`;
  return encodeURI(decodeSafely(absolute));
}

/** A Graph search hit (resource of type listItem) as a news item; null when it lacks a URL or a date. */
export function newsItemFromSearchHit(hit: SearchHit | null | undefined, tenantUrl: string, resolveSite: SiteResolver): NewsItem | null {
  // A listItem search hit: Graph's listItem properties, and the managed properties asked for in `fields`.
  const resource = hit && hit.resource ? hit.resource as ListItem : undefined;
  if (!resource) {
    return null;
  }
  // Managed properties are the tenant's search schema, not Graph's type: read by name, in any case.
  const fields = lowerCaseKeys(resource.fields ? resource.fields as Record<string, unknown> : {});
  const rawUrl = stringOf(fields.path) || stringOf(resource.webUrl);
  const publishedAt = isoDate(fields.firstpublisheddate) || isoDate(resource.createdDateTime);
  if (!rawUrl || !publishedAt) {
    return null;
  }
  const url = canonicalPageUrl(rawUrl, tenantUrl);
  const banner = splitBanner(stringOf(fields.bannerimageurlowsurlh));
  return {
    url,
    title: stringOf(fields.title) || '',
    description: stringOf(fields.description) || '',
    publishedAt,
    ...siteOf(url, resolveSite),
    imageUrl: banner.url ? canonicalPageUrl(banner.url, tenantUrl) : undefined,
    imageAlt: banner.url ? banner.alt : undefined,
    audienceIds: audienceIdsOf(fields.modernaudienceaadobjectids),
    boostedUntil: isoDate(fields.samverkaboostuntilowsdate),
    expiresAt: isoDate(fields.samverkaexpiresowsdate),
    authorName: authorOf(fields.author, fields.authorowsuser),
    ...originalOf(stringOf(fields[ORIGINAL_SOURCE_PROPERTY.toLowerCase()]), url, tenantUrl, resolveSite),
    ...mustReadOf(fields, resource)
  };
}

/**
 * Must-read, its day and its page key from a hit. The key's parts are the managed properties SiteId
 * and UniqueId, or else the listItem's sharepointIds (Graph's own properties of the hit); without
 * a key an item cannot be confirmed, so it is not treated as must-read.
 */
function mustReadOf(fields: Record<string, unknown>, resource: ListItem): Pick<NewsItem, 'mustRead' | 'readBy' | 'pageKey'> {
  const flag = fields[MUST_READ_PROPERTY.toLowerCase()];
  if (!(flag === '1' || flag === 1 || flag === true || (typeof flag === 'string' && flag.trim().toLowerCase() === 'true'))) {
    return {};
  }
  const ids = resource.parentReference && resource.parentReference.sharepointIds ? resource.parentReference.sharepointIds : undefined;
  const siteId = stringOf(fields.siteid) || (ids ? stringOf(ids.siteId) : undefined);
  const uniqueId = stringOf(fields.uniqueid) || (ids ? stringOf(ids.listItemUniqueId) : undefined);
  let pageKey: string;
  try {
    pageKey = pageKeyOf(siteId || '', uniqueId || '');
  } catch {
    return {};
  }
  return { mustRead: true, readBy: isoDate(fields[READ_BY_PROPERTY.toLowerCase()]), pageKey };
}

/** A Site Pages item read over SharePoint REST (minimal or verbose metadata) as a news item. */
export function newsItemFromListItem(item: unknown, tenantUrl: string, resolveSite: SiteResolver): NewsItem | null {
  if (typeof item !== 'object' || item === null) {
    return null;
  }
  const f = item as Record<string, unknown>;
  const fileRef = stringOf(f.FileRef);
  const publishedAt = isoDate(f.FirstPublishedDate);
  if (!fileRef || !publishedAt) {
    return null;
  }
  const url = canonicalPageUrl(fileRef, tenantUrl);
  const banner = objectAt(f, 'BannerImageUrl');
  const bannerUrl = banner ? stringOf(banner.Url) : undefined;
  const author = objectAt(f, 'Author');
  return {
    url,
    title: stringOf(f.Title) || '',
    description: stringOf(f.Description) || '',
    publishedAt,
    ...siteOf(url, resolveSite),
    imageUrl: bannerUrl ? canonicalPageUrl(bannerUrl, tenantUrl) : undefined,
    imageAlt: bannerUrl && banner ? stringOf(banner.Description) || '' : undefined,
    audienceIds: audienceIdsOf(f.OData__ModernAudienceAadObjectIds),
    boostedUntil: isoDate(f.SamverkaBoostUntil),
    expiresAt: isoDate(f.SamverkaExpires),
    authorName: author ? stringOf(author.Title) : undefined,
    ...originalOf(stringOf(f.OData__OriginalSourceUrl), url, tenantUrl, resolveSite)
  };
}

/**
 * A news link (repost page) points to its source page: the feed names the source's municipality
 * ("Från Sävsjö"). Nothing for an ordinary page, or a link to a page of the same site.
 */
function originalOf(original: string | undefined, url: string, tenantUrl: string, resolveSite: SiteResolver): Pick<NewsItem, 'originalUrl' | 'originalMunicipalityId'> {
  if (!original || !/^https?:\/\//i.test(original.trim())) {
    return {};
  }
  const originalUrl = canonicalPageUrl(original.trim(), tenantUrl);
  const source = resolveSite(originalUrl);
  const own = resolveSite(url);
  if (source && own && sitePathKey(source.sitePath) === sitePathKey(own.sitePath)) {
    return {};
  }
  return { originalUrl, originalMunicipalityId: source ? source.municipalityId : null };
}

function siteOf(url: string, resolveSite: SiteResolver): { sitePath: string; municipalityId: string | null } {
  const site = resolveSite(url);
  return site ? { sitePath: site.sitePath, municipalityId: site.municipalityId } : { sitePath: '', municipalityId: null };
}

/** Audience ids come as an array (JSON), as { results } (verbose OData) or as one string joined by ';'. */
export function audienceIdsOf(value: unknown): string[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/[;,\s]+/)
      : value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)
        ? (value as { results: unknown[] }).results
        : [];
  return list
    .map(id => String(id).trim().replace(/^\{|\}$/g, '').toLowerCase())
    .filter(id => id !== '');
}

/** BannerImageUrlOWSURLH is "url, description". */
function splitBanner(value: string | undefined): { url?: string; alt: string } {
  if (!value) {
    return { alt: '' };
  }
  const comma = value.indexOf(', ');
  return comma < 0 ? { url: value.trim(), alt: '' } : { url: value.slice(0, comma).trim(), alt: value.slice(comma + 2).trim() };
}

/** Author is the display name (maybe several); AuthorOWSUSER is "mail | display name | claims". */
function authorOf(author: unknown, owsUser: unknown): string | undefined {
  const first = Array.isArray(author) ? author[0] : typeof author === 'string' ? author.split(';')[0] : undefined;
  if (typeof first === 'string' && first.trim() !== '') {
    return first.trim();
  }
  const parts = typeof owsUser === 'string' ? owsUser.split(' | ') : [];
  return parts.length >= 2 && parts[1].trim() !== '' ? parts[1].trim() : undefined;
}

function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  const time = Date.parse(value);
  return isNaN(time) ? undefined : new Date(time).toISOString();
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const inner = (value as Record<string, unknown>)[key];
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : undefined;
}

function lowerCaseKeys(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    out[key.toLowerCase()] = fields[key];
  }
  return out;
}

function decodeSafely(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

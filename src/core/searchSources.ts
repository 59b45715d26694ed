import type { RefinerKey, SearchVertical } from './search';

/*
 * The sources a search reads and the managed properties behind them: which Graph entity type
 * each is asked as, how SharePoint's sources are told apart (contentclass), the fields a hit
 * returns and the refinable properties a refiner counts. The plan (searchQuery.ts) builds on these.
 */

export type ContentSource = 'pages' | 'documents' | 'guideList' | 'guideConnector';

/** A refinable managed property with a site's URL (SiteTitle is not refinable). */
export const SITE_REFINER = 'SiteName';
export type SearchSource = ContentSource | 'people';

export const CONTENT_SOURCES: readonly ContentSource[] = ['guideList', 'guideConnector', 'pages', 'documents'];

/** SharePoint's sources: list items all three, in one index, told apart by contentclass. */
export type SharePointSource = 'pages' | 'documents' | 'guideList';
export const SHAREPOINT_SOURCES: readonly SharePointSource[] = ['guideList', 'pages', 'documents'];

/** The managed property that tells SharePoint's sources apart; refinable, so it can count them. */
export const CONTENT_CLASS = 'contentclass';

/** SharePoint's contentclass of each source (a library's pages, a library's files, a list's items). */
export const SOURCE_CONTENT_CLASS: Readonly<Record<SharePointSource, string>> = {
  pages: 'STS_ListItem_WebPageLibrary',
  documents: 'STS_ListItem_DocumentLibrary',
  guideList: 'STS_ListItem_GenericList'
};

/** The SharePoint source of a contentclass value (a bucket's key, a hit's field), if it is one of ours. */
export function sourceOfContentClass(value: unknown): SharePointSource | undefined {
  const wanted = String(value || '').toLowerCase();
  return SHAREPOINT_SOURCES.find(s => SOURCE_CONTENT_CLASS[s].toLowerCase() === wanted);
}

/**
 * The Graph entity type of a source's own request. Documents are driveItems there: their hits
 * carry driveItem properties (name, webUrl, lastModifiedBy, parentReference), never
 * managed-property `fields`. Where documents share a request with pages and guides (All, the
 * counts) they are list items, with managed properties (LIST_DOCUMENT_FIELDS).
 */
export const SOURCE_ENTITY_TYPE: Readonly<Record<ContentSource, string>> = {
  pages: 'listItem',
  documents: 'driveItem',
  guideList: 'listItem',
  guideConnector: 'externalItem'
};

export const SOURCE_VERTICAL: Readonly<Record<SearchSource, SearchVertical>> = {
  people: 'people',
  pages: 'pages',
  documents: 'documents',
  guideList: 'guides',
  guideConnector: 'guides'
};

/**
 * Managed properties behind each refiner, per source: aggregations only on refinable ones.
 * Guide columns are mapped to refinable properties in the tenant's search schema (README);
 * SiteName (the site's URL), FileType and LastModifiedTime are refinable out of the box,
 * SiteTitle is not. A source without a refiner drops out when that refiner is set.
 */
export const REFINER_FIELDS: Readonly<Record<ContentSource, Partial<Record<RefinerKey, string>>>> = {
  pages: { municipality: SITE_REFINER, modified: 'LastModifiedTime' },
  documents: { municipality: SITE_REFINER, fileType: 'FileType', modified: 'LastModifiedTime' },
  guideList: { guideCategory: 'RefinableString110', municipality: 'RefinableString111', forvaltning: 'RefinableString112' },
  guideConnector: { guideCategory: 'category', municipality: 'municipality' }
};

/**
 * The site refiner of pages and documents: its values are a site's server-relative path
 * ("/sites/eksjo", short in the page address), the restriction the site's absolute URL.
 */
export function siteRefinerValue(siteUrl: string, tenantUrl: string): string {
  const origin = tenantUrl.replace(/\/+$/, '').toLowerCase();
  const url = siteUrl.replace(/\/+$/, '');
  return url.toLowerCase().indexOf(origin) === 0 ? url.slice(origin.length) || '/' : url;
}

export const SEARCH_FIELDS: Readonly<Record<ContentSource, readonly string[]>> = {
  pages: ['Title', 'Description', 'Path', 'SiteTitle', 'SPSiteURL', 'LastModifiedTime', 'FirstPublishedDate', 'PromotedState', 'ModernAudienceAadObjectIds'],
  // Graph returns managed properties for listItem and externalItem only: a document is read from its driveItem properties.
  documents: [],
  guideList: [
    'Title', 'Path', 'ListItemId', 'UniqueId', 'LastModifiedTime', 'SamverkaGuideSummaryOWSMTXT', 'SamverkaGuideStepCountOWSNMBR',
    'SamverkaGuideThumbnailOWSURLH', 'RefinableString110', 'RefinableString111'
  ],
  guideConnector: ['title', 'summary', 'stepCount', 'thumbnailUrl', 'category', 'municipality', 'url', 'steps', 'lastModifiedDateTime']
};

/** A document as a list item: its managed properties (a listItem returns them, a driveItem does not). */
export const LIST_DOCUMENT_FIELDS: readonly string[] = ['Title', 'Filename', 'FileType', 'Path', 'SiteTitle', 'SPSiteURL', 'LastModifiedTime', 'ModifiedBy'];

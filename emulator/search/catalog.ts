import type { TenantStore } from '../db/tenant-store.ts';
import { SearchIndex } from './search-index.ts';
import type { EntitySchema, SearchDocument } from './schema.ts';
import { crawlSitePages, LIST_ITEM_SCHEMA } from './sources/site-pages.ts';
import { crawlDocumentListItems, crawlDriveItems, DOCUMENT_LIST_ITEM_SCHEMA, DRIVE_ITEM_SCHEMA } from './sources/drive-items.ts';
import { crawlExternalGuides, crawlGuides, EXTERNAL_ITEM_SCHEMA, GUIDE_LIST_ITEM_SCHEMA } from './sources/guides.ts';
import { crawlPeople, PERSON_SCHEMA } from './sources/people.ts';

/**
 * The content sources of the search index: each entity type with the crawl that fills it.
 * A capability that makes something searchable adds its source here.
 */
export interface SearchSource {
  schema: EntitySchema;
  crawl(store: TenantStore): SearchDocument[];
  /** Derived from the seed alone (nothing a request writes): crawled once, never again. */
  fixed?: boolean;
}

export const SEARCH_SOURCES: readonly SearchSource[] = [
  { schema: LIST_ITEM_SCHEMA as EntitySchema, crawl: crawlSitePages as (store: TenantStore) => SearchDocument[] },
  // Files of the sites' document libraries (the personal dashboard's latest documents; search).
  { schema: DRIVE_ITEM_SCHEMA as EntitySchema, crawl: crawlDriveItems as (store: TenantStore) => SearchDocument[], fixed: true },
  // The same files as list items (contentclass STS_ListItem_DocumentLibrary), as a listItem search finds them.
  { schema: DOCUMENT_LIST_ITEM_SCHEMA as EntitySchema, crawl: crawlDocumentListItems as (store: TenantStore) => SearchDocument[], fixed: true },
  // Search: the guide list (more listItems: the schemas of one entity type are merged), people
  // and the external guide system's connector.
  { schema: GUIDE_LIST_ITEM_SCHEMA as EntitySchema, crawl: crawlGuides as (store: TenantStore) => SearchDocument[] },
  { schema: PERSON_SCHEMA as EntitySchema, crawl: crawlPeople as (store: TenantStore) => SearchDocument[] },
  { schema: EXTERNAL_ITEM_SCHEMA as EntitySchema, crawl: crawlExternalGuides as (store: TenantStore) => SearchDocument[] },
];

/** The schema of an entity type: the first source's, with the properties of every source of that type. */
function mergedSchema(entityType: string): EntitySchema {
  const sources = SEARCH_SOURCES.filter((s) => s.schema.entityType === entityType);
  const properties = new Map<string, EntitySchema['properties'][number]>();
  for (const source of sources) for (const p of source.schema.properties) if (!properties.has(p.name.toLowerCase())) properties.set(p.name.toLowerCase(), p);
  return { ...sources[0].schema, properties: [...properties.values()] };
}

/** The sources of an entity type, in order: each fills its own partition of the type's index. */
function sourcesOf(entityType: string): SearchSource[] {
  return SEARCH_SOURCES.filter((s) => s.schema.entityType === entityType);
}

/** Entity types Graph search knows that the local tenant has no content for yet: they find nothing. */
export const EMPTY_ENTITY_TYPES: readonly string[] = ['site', 'list', 'drive', 'person', 'externalItem', 'message', 'event', 'chatMessage', 'acronym', 'bookmark'];

export function buildSearchIndex(store: TenantStore): SearchIndex {
  const index = new SearchIndex();
  for (const entityType of new Set(SEARCH_SOURCES.map((s) => s.schema.entityType))) {
    index.register(mergedSchema(entityType));
    sourcesOf(entityType).forEach((source, partition) => index.replaceDocuments(entityType, source.crawl(store), partition));
  }
  return index;
}

/** Crawls one entity type again, after its content changed: each source that requests can change. */
export function recrawl(index: SearchIndex, store: TenantStore, entityType: string): void {
  sourcesOf(entityType).forEach((source, partition) => {
    if (!source.fixed) index.replaceDocuments(entityType, source.crawl(store), partition);
  });
}

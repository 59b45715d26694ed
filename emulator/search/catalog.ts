import type { TenantStore } from '../db/tenant-store.ts';
import { SearchIndex } from './search-index.ts';
import type { EntitySchema, SearchDocument } from './schema.ts';
import { crawlSitePages, LIST_ITEM_SCHEMA } from './sources/site-pages.ts';
import { crawlDriveItems, DRIVE_ITEM_SCHEMA } from './sources/drive-items.ts';
import { crawlExternalGuides, crawlGuides, EXTERNAL_ITEM_SCHEMA, GUIDE_LIST_ITEM_SCHEMA } from './sources/guides.ts';
import { crawlPeople, PERSON_SCHEMA } from './sources/people.ts';

/**
 * The content sources of the search index: each entity type with the crawl that fills it.
 * A capability that makes something searchable adds its source here.
 */
export interface SearchSource {
  schema: EntitySchema;
  crawl(store: TenantStore): SearchDocument[];
}

export const SEARCH_SOURCES: readonly SearchSource[] = [
  { schema: LIST_ITEM_SCHEMA as EntitySchema, crawl: crawlSitePages as (store: TenantStore) => SearchDocument[] },
  // Files of the sites' document libraries (the personal dashboard's latest documents; search).
  { schema: DRIVE_ITEM_SCHEMA as EntitySchema, crawl: crawlDriveItems as (store: TenantStore) => SearchDocument[] },
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

function crawlAll(store: TenantStore, entityType: string): SearchDocument[] {
  return SEARCH_SOURCES.filter((s) => s.schema.entityType === entityType).flatMap((s) => s.crawl(store));
}

/** Entity types Graph search knows that the local tenant has no content for yet: they find nothing. */
export const EMPTY_ENTITY_TYPES: readonly string[] = ['site', 'list', 'drive', 'person', 'externalItem', 'message', 'event', 'chatMessage', 'acronym', 'bookmark'];

export function buildSearchIndex(store: TenantStore): SearchIndex {
  const index = new SearchIndex();
  for (const entityType of new Set(SEARCH_SOURCES.map((s) => s.schema.entityType))) {
    index.register(mergedSchema(entityType));
    index.replaceDocuments(entityType, crawlAll(store, entityType));
  }
  return index;
}

/** Crawls one entity type again, after its content changed. */
export function recrawl(index: SearchIndex, store: TenantStore, entityType: string): void {
  if (SEARCH_SOURCES.some((s) => s.schema.entityType === entityType)) index.replaceDocuments(entityType, crawlAll(store, entityType));
}

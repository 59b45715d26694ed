import type { TenantStore } from '../db/tenant-store.ts';
import { SearchIndex } from './search-index.ts';
import type { EntitySchema, SearchDocument } from './schema.ts';
import { crawlSitePages, LIST_ITEM_SCHEMA } from './sources/site-pages.ts';

/**
 * The content sources of the search index: each entity type with the crawl that fills it.
 * A capability that makes something searchable adds its source here.
 */
export interface SearchSource {
  schema: EntitySchema;
  crawl(store: TenantStore): SearchDocument[];
}

export const SEARCH_SOURCES: readonly SearchSource[] = [{ schema: LIST_ITEM_SCHEMA as EntitySchema, crawl: crawlSitePages as (store: TenantStore) => SearchDocument[] }];

/** Entity types Graph search knows that the local tenant has no content for yet: they find nothing. */
export const EMPTY_ENTITY_TYPES: readonly string[] = ['driveItem', 'site', 'list', 'drive', 'person', 'externalItem', 'message', 'event', 'chatMessage', 'acronym', 'bookmark'];

export function buildSearchIndex(store: TenantStore): SearchIndex {
  const index = new SearchIndex();
  for (const source of SEARCH_SOURCES) {
    index.register(source.schema);
    index.replaceDocuments(source.schema.entityType, source.crawl(store));
  }
  return index;
}

/** Crawls one entity type again, after its content changed. */
export function recrawl(index: SearchIndex, store: TenantStore, entityType: string): void {
  const source = SEARCH_SOURCES.find((s) => s.schema.entityType === entityType);
  if (source) index.replaceDocuments(entityType, source.crawl(store));
}

/**
 * What the search index knows about an entity type (listItem now; driveItem, person and
 * externalItem later): its managed properties and how a hit becomes a Graph resource.
 */

export type PropertyType = 'text' | 'keyword' | 'url' | 'date' | 'number' | 'boolean';
export type PropertyValue = string | number | boolean;

export interface PropertyDefinition {
  name: string;
  /**
   * text: word matching (`Title:lön` finds a title containing the word); keyword: whole-value
   * matching; url: server-relative URL, `:` matches the URL and everything below it;
   * date: ISO 8601; number; boolean.
   */
  type: PropertyType;
  multi?: boolean;
  sortable?: boolean;
  /**
   * May be aggregated (a refiner). As SharePoint's search schema has it: the default managed
   * properties' Refinable column, RefinableString… always, a connector's property when its schema says so.
   */
  refinable?: boolean;
  /** Free-text words match this property too. */
  fullText?: boolean;
  /** Weight of a free-text hit in this property in the default (relevance) order. */
  rankWeight?: number;
}

export type DocumentValues = Readonly<Record<string, PropertyValue | readonly PropertyValue[] | null | undefined>>;

export interface SearchDocument<TData = unknown> {
  /** Unique within the entity type; Graph's `hitId`. */
  key: string;
  /** Principals (user and group ids) that may see the document: search results are trimmed by them. */
  acl: readonly string[];
  /** Managed property values by property name. URLs are server-relative (the host is the request's). */
  values: DocumentValues;
  /** Searchable text that is no property, e.g. a page's body. */
  body?: string;
  /** Whatever the schema needs to build the Graph resource. */
  data: TData;
}

export interface EntitySchema<TData = unknown> {
  entityType: string;
  /** Largest `size` a search request may ask for. */
  maxPageSize: number;
  properties: readonly PropertyDefinition[];
  /** Order of hits with equal relevance, and of hits of a query without free-text words. */
  defaultOrder: { name: string; descending: boolean };
  /** The hit's `resource`, without `fields` (added from the request's `fields`). */
  resource(doc: SearchDocument<TData>, origin: string): Record<string, unknown>;
}

import type { ISearchService } from '../core/search';
import type { Connection } from './connection';
import { createServices, ServiceOptions, Services } from './factory';
import { createSearchService, SearchServiceOptions } from './searchFactory';

/** The services and the search service of a connection, in one lazily loaded chunk for the search web part. */
export function createSearchServices(connection: Connection, options: SearchServiceOptions & ServiceOptions = {}): { services: Services; search: ISearchService } {
  const services = createServices(connection, options);
  return { services, search: createSearchService(services, options) };
}

import type { SamverkaServices } from '../../src/core/ports';
import type { Connection } from '../../src/services/connection';
import { MemoryStorage } from '../../src/services/sessionCache';
import { Base, BaseOptions, baseOf } from '../../src/wiring/base';
import * as news from '../../src/wiring/news';
import type { NewsSettings } from '../../src/wiring/news';

/**
 * One page of a user on the local tenant, for tests: its connection and options (to wire any
 * capability on the same base), the base's clients, and Targeted news as its web part wires it.
 */
export type LocalPage = Base & SamverkaServices & { connection: Connection; options: BaseOptions };

export function localPage(connection: Connection, options: BaseOptions = { storage: new MemoryStorage() }, settings: NewsSettings = {}): LocalPage {
  return { ...baseOf(connection, options), ...news.wire(connection, settings, options), connection, options };
}

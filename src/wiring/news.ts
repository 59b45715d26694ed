import type { SamverkaServices } from '../core/ports';
import type { Connection } from '../services/connection';
import { NewsService } from '../services/newsService';
import { BaseOptions, baseOf } from './base';
import { readConfirmationsOn } from './readConfirmations';

export interface NewsSettings {
  /** KQL length limit (tests force the split with a small one). */
  maxQueryLength?: number;
}

/** Targeted news: the feed, the configuration and user it is read for, and the user's read confirmations. */
export function wire(connection: Connection, settings: NewsSettings = {}, options?: BaseOptions): SamverkaServices {
  const base = baseOf(connection, options);
  return {
    tenantConfig: base.tenantConfig,
    userContext: base.userContext,
    news: new NewsService({
      graph: base.graph, tenantUrl: base.tenantUrl, tenantConfig: base.tenantConfig, now: base.now,
      maxQueryLength: settings.maxQueryLength, batch: base.graphBatch, policy: base.retryPolicy
    }),
    readConfirmations: readConfirmationsOn(base)
  };
}

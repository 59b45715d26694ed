import type { SamverkaServices } from '../src/core/ports';
import type { Connection } from '../src/services/connection';
import { NaiveNewsService } from './naiveNewsService';
import { BaseOptions, baseOf } from '../src/wiring/base';
import { readConfirmationsOn } from '../src/wiring/readConfirmations';

/**
 * Targeted news with the benchmark's naive baseline in place of the news service (the
 * workbench's `?news=naive`, the tests that compare the two). Never used on a real page: a
 * module of its own keeps it and the PnPjs list modules it needs out of the web parts' chunks.
 */
export function wire(connection: Connection, options?: BaseOptions): SamverkaServices {
  const base = baseOf(connection, options);
  return {
    tenantConfig: base.tenantConfig,
    userContext: base.userContext,
    news: new NaiveNewsService({ spForSite: base.sp, tenantUrl: base.tenantUrl, tenantConfig: base.tenantConfig, now: base.now }),
    // The feed around it is the same: must-read news and the user's confirmations of them.
    readConfirmations: readConfirmationsOn(base)
  };
}

import { ReadConfirmationService } from '../services/readConfirmationService';
import type { SharePointBatchCoalescer } from '../services/sharePointBatchCoalescer';
import type { Base } from './base';

/**
 * Läs och bekräfta: the user's confirmations, on the base's clients, configuration and user; with
 * `spBatch`, the reader's own read shares a `$batch` with the view's other reads of the shared site.
 */
export function readConfirmationsOn(base: Base, spBatch?: SharePointBatchCoalescer): ReadConfirmationService {
  return new ReadConfirmationService({ sp: base.sp, tenantConfig: base.tenantConfig, userContext: base.userContext, spBatch });
}

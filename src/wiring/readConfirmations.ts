import { ReadConfirmationService } from '../services/readConfirmationService';
import type { Base } from './base';

/** Läs och bekräfta: the user's confirmations, on the base's clients, configuration and user. */
export function readConfirmationsOn(base: Base): ReadConfirmationService {
  return new ReadConfirmationService({ sp: base.sp, tenantConfig: base.tenantConfig, userContext: base.userContext });
}

import type { IMustReadPageService } from '../core/readConfirmationPorts';
import type { IUserContextService } from '../core/ports';
import type { IReadConfirmationService } from '../core/readConfirmationPorts';
import type { Connection } from '../services/connection';
import { MustReadPageService } from '../services/mustReadPageService';
import { BaseOptions, baseOf } from './base';
import { readConfirmationsOn } from './readConfirmations';

/** What the must-read bar (the application customizer's view, MustReadServices) is given. */
export interface MustReadWiring {
  pages: IMustReadPageService;
  userContext: IUserContextService;
  confirmations: IReadConfirmationService;
}

/** Läs och bekräfta on a news page: the page's must-read state, the reader and their confirmations. */
export function wire(connection: Connection, options?: BaseOptions): MustReadWiring {
  const base = baseOf(connection, options);
  return { pages: new MustReadPageService(base.sp), userContext: base.userContext, confirmations: readConfirmationsOn(base) };
}

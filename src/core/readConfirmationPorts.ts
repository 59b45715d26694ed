import type { MustReadPage, PageRef } from './mustReadPage';
import type { ConfirmResult, ReadConfirmation } from './readConfirmation';

/**
 * Läs och bekräfta (src/services/readConfirmationService.ts over SharePoint; doubles in tests).
 * Page keys are `pageKeyOf(siteId, uniqueId)`. Failures are thrown with a code failureCodeOf
 * (core/failures) reads: a reader outside the list's readers gets 'forbidden', a tenant without
 * the list 'notFound'.
 */
export interface IReadConfirmationService {
  /**
   * Records that the signed-in user has read the page, once: when they already have, nothing is
   * added and the date of their first confirmation comes back.
   */
  confirm(pageKey: string): Promise<ConfirmResult>;
  /** The signed-in user's confirmation date of each of these pages they confirmed (page key → ISO date), in one request. */
  myConfirmations(pageKeys: readonly string[]): Promise<Record<string, string>>;
  /**
   * Starts that one request now, beside the view's search, instead of after it: the next
   * myConfirmations call answers from it (a later call reads again, as does one after confirm).
   * The request is made even when nothing turns out must-read: for views whose first render would
   * otherwise wait one more step.
   */
  readMineAhead(): void;
  /** Everyone's confirmations of a page, one per person (the earliest): for editors, who may read all of them. */
  confirmationsFor(pageKey: string): Promise<ReadConfirmation[]>;
}

/**
 * The page the application customizer runs on (src/services/mustReadPageService.ts): one read of its
 * own list item, by the library id and item id of the page context.
 */
export interface IMustReadPageService {
  /** The page as a must-read page, or null when it is not marked Ska läsas. */
  readPage(ref: PageRef): Promise<MustReadPage | null>;
}

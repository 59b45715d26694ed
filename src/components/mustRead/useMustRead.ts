import * as React from 'react';
import { isInAudience, isOverdue, isSitePage } from '../../core/mustReadPage';
import type { MustReadPage, PageRef } from '../../core/mustReadPage';
import type { IMustReadPageService, IReadConfirmationService } from '../../core/readConfirmationPorts';
import type { IUserContextService } from '../../core/ports';
import { failureCodeOf } from '../../core/failures';

/** What the bar needs: the page's item, the signed-in person (cached groups), their confirmations. */
export interface MustReadServices {
  pages: IMustReadPageService;
  userContext: IUserContextService;
  confirmations: IReadConfirmationService;
  now?: () => Date;
}

export type MustReadState =
  /** Nothing to show: not a page, not must-read, not for this person, or still finding out. */
  | { kind: 'none' }
  | { kind: 'due'; page: MustReadPage; overdue: boolean }
  | { kind: 'confirming'; page: MustReadPage; overdue: boolean }
  | { kind: 'failed'; page: MustReadPage; overdue: boolean; code: string }
  /** `justNow`: confirmed in this view (announced), rather than found confirmed on load. */
  | { kind: 'confirmed'; page: MustReadPage; confirmedAt: string; justNow: boolean };

const NONE: MustReadState = { kind: 'none' };

/**
 * What the bar shows on a page, with as few requests as it takes to know:
 * - not a page of a pages library: none (0 requests);
 * - one read of the page's item; not must-read: none (1 request);
 * - must-read: the person's groups from the user context service (its session cache; a cold start is
 *   its one Graph $batch), and when they are in the audience their own confirmations (1 request).
 * A failed read of the page shows nothing (the page is still readable); a failed read of the
 * confirmations shows the button, since confirming looks for an earlier confirmation first.
 */
export async function loadMustRead(services: MustReadServices, ref: PageRef | undefined): Promise<MustReadState> {
  if (!isSitePage(ref)) {
    return NONE;
  }
  let page: MustReadPage | null;
  try {
    page = await services.pages.readPage(ref);
  } catch {
    return NONE;
  }
  if (!page) {
    return NONE;
  }
  let user;
  try {
    user = await services.userContext.getCurrentUser();
  } catch {
    return NONE;
  }
  if (!isInAudience(page, user.groupIds, user.userPrincipalName || user.mail || '')) {
    return NONE;
  }
  const overdue = isOverdue(page.readBy, (services.now || (() => new Date()))());
  try {
    const dates = await services.confirmations.myConfirmations([page.pageKey]);
    const confirmedAt = dates[page.pageKey];
    if (confirmedAt) {
      return { kind: 'confirmed', page, confirmedAt, justNow: false };
    }
  } catch {
    // Shown as not confirmed: confirm() finds an earlier confirmation and adds nothing.
  }
  return { kind: 'due', page, overdue };
}

export interface MustReadView {
  state: MustReadState;
  confirm(): void;
}

/** The bar's state for the page, and "Jag har läst" (again after a failure; ignored while one is on its way). */
export function useMustRead(services: MustReadServices | undefined, ref: PageRef | undefined): MustReadView {
  const [state, setState] = React.useState<MustReadState>(NONE);
  const current = React.useRef(state);
  current.current = state;
  const pageKey = ref ? `${ref.siteId}|${ref.listId}|${ref.itemId}` : '';

  React.useEffect(() => {
    let live = true;
    setState(NONE);
    if (services) {
      loadMustRead(services, ref).then(next => { if (live) setState(next); }, () => undefined);
    }
    return () => { live = false; };
    // The page is identified by its key; a new ref object for the same page loads nothing again.
  }, [services, pageKey]);

  const confirm = React.useCallback((): void => {
    const now = current.current;
    if (!services || (now.kind !== 'due' && now.kind !== 'failed')) {
      return;
    }
    const { page, overdue } = now;
    setState({ kind: 'confirming', page, overdue });
    services.confirmations.confirm(page.pageKey).then(
      result => setState(s => s.kind === 'confirming' && s.page === page ? { kind: 'confirmed', page, confirmedAt: result.confirmedAt, justNow: true } : s),
      (error: unknown) => setState(s => s.kind === 'confirming' && s.page === page ? { kind: 'failed', page, overdue, code: failureCodeOf(error) } : s)
    );
  }, [services]);

  return { state, confirm };
}

/**
 * News with an expiry date (the SamverkaExpires column) leave every news feed by themselves
 * once it has passed: the search query leaves out what expired before today, and the client
 * drops what expired earlier today, so nobody has to unpublish them by hand.
 */
export interface Expiring {
  expiresAt?: string;
}

/** True once the expiry moment has passed; an item without (or with an unreadable) expiry date never expires. */
export function isExpired(item: Expiring, now: Date): boolean {
  if (!item.expiresAt) {
    return false;
  }
  const expires = Date.parse(item.expiresAt);
  return !isNaN(expires) && expires <= now.getTime();
}

/** The UTC day (YYYY-MM-DD) before which every expiry is surely past at `now`: the query's coarse cut. */
export function expiryCutoffDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

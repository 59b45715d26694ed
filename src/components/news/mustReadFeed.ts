import { mustReadPageKeys, rankMustReadFirst, withConfirmations } from '../../core/mustRead';
import type { NewsPage, SamverkaServices } from '../../core/ports';

/**
 * Läs och bekräfta in the feed: a page with the user's confirmations of its must-read items, asked
 * in one request and only when the page has must-read items. The first page then has the
 * unconfirmed must-read news first (also older items its priority query found beyond the page);
 * a later page keeps its order below what is shown (nothing jumps), its items only marked.
 *
 * When the confirmations cannot be read (no list, no permission, a network failure) the feed still
 * shows, every must-read item as not yet confirmed: the bar on the page itself says what is true,
 * and the feed is not hidden for want of a mark.
 */
export function withMustRead(services: Pick<SamverkaServices, 'readConfirmations'>, page: NewsPage, firstPage: boolean): Promise<NewsPage> {
  const mustRead = firstPage ? page.mustRead || [] : [];
  const keys = mustReadPageKeys(page.items.concat(mustRead));
  const confirmations = keys.length > 0 && services.readConfirmations
    ? services.readConfirmations.myConfirmations(keys).then((confirmed) => confirmed, () => ({}))
    : Promise.resolve({});
  return confirmations.then((confirmed) => {
    const items = withConfirmations(page.items, confirmed);
    return { ...page, items: firstPage ? rankMustReadFirst(items, withConfirmations(mustRead, confirmed)) : items };
  });
}

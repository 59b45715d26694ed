import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { MUST_READ_PAGE_EXPAND, MUST_READ_PAGE_SELECT, mustReadPageOf } from '../core/mustReadPage';
import type { MustReadPage, PageRef } from '../core/mustReadPage';
import type { IMustReadPageService } from '../core/readConfirmationPorts';

/**
 * The page's own item, read once by the ids the page context gives (the library by id, the item
 * by id: no filter, so no list view threshold): the must-read columns, its UniqueId for the page
 * key, its title and its audience's principals. One request, on every news page.
 */
export class MustReadPageService implements IMustReadPageService {
  private readonly sp: (sitePath: string) => SPFI;

  public constructor(sp: (sitePath: string) => SPFI) {
    this.sp = sp;
  }

  public async readPage(ref: PageRef): Promise<MustReadPage | null> {
    const raw = await this.sp(ref.webPath).web.lists.getById(ref.listId).items.getById(ref.itemId)
      .select(...MUST_READ_PAGE_SELECT).expand(...MUST_READ_PAGE_EXPAND)() as Record<string, unknown>;
    return mustReadPageOf(raw, ref.siteId);
  }
}


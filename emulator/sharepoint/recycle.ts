import { randomUUID } from 'node:crypto';
import type { ListRecord } from '../db/records.ts';
import { json, spContentType, spError, SP_CODES } from '../http/errors.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { scheduleRecrawl, visibleItems } from './content-health.ts';
import { itemWritable, PERMISSION } from './list-security.ts';
import type { SiteRequest } from './handlers.ts';

/**
 * `POST {list}/items({id})/recycle` (or `recycle()`), what PnPjs 4 `item.recycle()` sends:
 * SP.ListItem.recycle moves the item to the site's recycle bin and answers the new recycle bin
 * item's id. Deleting items takes Delete Items (members and owners here, or a level given on a
 * list with its own role assignments, within its WriteSecurity; 403 otherwise, as SharePoint's
 * UnauthorizedAccessException); an item that does not exist (or that the caller
 * cannot see, such as another's draft) is 404. Search forgets it at the next crawl.
 */
export function recycleItem(ctx: SiteRequest, list: ListRecord, id: number): EmulatorResponse {
  const { request, tenant } = ctx;
  const item = visibleItems(ctx, tenant.store.listItems(list.id), list).find((i) => i.id === id);
  if (!item) return spError(request, 404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
  if (!itemWritable(ctx, list, item, PERMISSION.deleteListItems)) {
    return spError(request, 403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
  }
  tenant.store.db.prepare('DELETE FROM list_items WHERE list_id = ? AND id = ?').run(list.id, id);
  tenant.store.listChanged(list.id);
  scheduleRecrawl(tenant);
  const recycleBinItemId = randomUUID();
  const value = ctx.format === 'verbose' ? { d: { Recycle: recycleBinItemId } } : { value: recycleBinItemId };
  return json(200, value, spContentType(ctx.format));
}

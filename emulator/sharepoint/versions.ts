import type { ListItemRecord } from '../db/records.ts';

/** A page whose current version is a minor one (after unpublish): a draft only editors see. */
export function isDraft(item: ListItemRecord): boolean {
  return /^\d+\.[1-9]\d*$/.test(String(item.fields.OData__UIVersionString ?? ''));
}

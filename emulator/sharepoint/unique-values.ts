import type { ListRecord } from '../db/records.ts';
import { spError } from '../http/errors.ts';
import type { EmulatorResponse } from '../http/types.ts';
import type { SiteRequest } from './handlers.ts';
import { uniqueColumns } from './list-security.ts';

/**
 * Columns that enforce unique values (SP.Field.EnforceUniqueValues, set on a list column that is
 * indexed): an add or update that would give a second item the same value is refused, whoever
 * the items belong to, with SharePoint's SPDuplicateValuesFoundException. Values compare without
 * regard to case, as SharePoint's unique constraint does; empty values are not compared.
 */

export const DUPLICATE_CODE = '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException';
export const DUPLICATE_MESSAGE = 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.';

function comparable(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return String(value).toLowerCase();
}

/** The unique column another item of the list already has the value of, if any. */
export function duplicateValue(ctx: SiteRequest, list: ListRecord, values: Record<string, unknown>, exceptItemId?: number): string | undefined {
  const unique = uniqueColumns(ctx.tenant.store.db, list.id);
  if (unique.size === 0) return undefined;
  const items = ctx.tenant.store.listItems(list.id);
  for (const [name, value] of Object.entries(values)) {
    const wanted = comparable(value);
    if (wanted === undefined || !unique.has(name.toLowerCase())) continue;
    if (items.some((item) => item.id !== exceptItemId && comparable(item.fields[name]) === wanted)) return name;
  }
  return undefined;
}

/**
 * The answer to a duplicate: the exception SharePoint names in `error.code` (its HRESULT and type,
 * as captured by public clients that classify it). The status is not documented; clients seen in
 * public code receive 400, and the product tells the refusal by the code.
 */
export function duplicateValuesFound(ctx: SiteRequest): EmulatorResponse {
  return spError(ctx.request, 400, DUPLICATE_CODE, DUPLICATE_MESSAGE);
}

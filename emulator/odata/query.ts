import { ODataSyntaxError, parseFilter } from './filter.ts';
import type { FilterExpression } from './filter.ts';

/** The OData system query options of a SharePoint REST request. */
export interface OrderBy {
  field: string;
  descending: boolean;
}

export interface ODataQuery {
  select: string[] | undefined;
  expand: string[];
  filter: FilterExpression | undefined;
  orderBy: OrderBy[];
  top: number | undefined;
  /** The decoded paging token: `Paged=TRUE&p_ID=12&p_FirstPublishedDate=...` as name/value pairs. */
  skipToken: Map<string, string> | undefined;
}

/** Query option names are matched case-insensitively ($SELECT works as $select does). */
function option(params: URLSearchParams, name: string): string | undefined {
  for (const [key, value] of params) if (key.toLowerCase() === name) return value;
  return undefined;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseODataQuery(params: URLSearchParams): ODataQuery {
  const select = option(params, '$select');
  const filter = option(params, '$filter');
  const top = option(params, '$top');
  const skipToken = option(params, '$skiptoken');
  let parsedTop: number | undefined;
  if (top !== undefined) {
    if (!/^\d+$/.test(top.trim())) throw new ODataSyntaxError(`The $top value "${top}" is not a non-negative integer.`);
    parsedTop = Number(top);
  }
  return {
    select: select === undefined ? undefined : list(select),
    expand: list(option(params, '$expand')),
    filter: filter === undefined || filter.trim() === '' ? undefined : parseFilter(filter),
    orderBy: list(option(params, '$orderby')).map((part) => {
      const match = /^([A-Za-z_][A-Za-z0-9_/]*)(?:\s+(asc|desc))?$/i.exec(part);
      if (!match) throw new ODataSyntaxError(`The $orderby expression "${part}" is not valid.`);
      return { field: match[1], descending: (match[2] ?? '').toLowerCase() === 'desc' };
    }),
    top: parsedTop,
    skipToken: skipToken === undefined ? undefined : new Map(new URLSearchParams(skipToken)),
  };
}

import type { UserRecord } from '../db/records.ts';
import { graphError, GRAPH_JSON, json } from '../http/errors.ts';
import { withSkipToken } from '../http/links.ts';
import { queryOption } from './directory.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';

/**
 * `GET /groups/{id}/transitiveMembers/$count` and `…/transitiveMembers/microsoft.graph.user/$count`
 * (content reuse: how many people an audience reaches), with `ConsistencyLevel: eventual` as
 * Graph requires for $count on directory objects, and optionally
 * `$filter=endswith(mail,'@vetlanda.se')` (an advanced query: the people of one municipality).
 * Answers the number as text/plain. Users only are counted for the cast; without it, nested
 * groups count too, as Graph does.
 */
export function getTransitiveMemberCount(tenant: Tenant, request: EmulatorRequest, groupId: string, usersOnly: boolean): EmulatorResponse {
  const consistency = (request.headers['consistencylevel'] ?? '').toLowerCase();
  if (consistency !== 'eventual') {
    return graphError(request, 400, 'Request_BadRequest', 'Count is not currently supported. Add the header ConsistencyLevel: eventual.');
  }
  const store = tenant.store;
  const id = decodeURIComponent(groupId).toLowerCase();
  const group = store.group(id);
  if (!group) {
    return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  }
  const filter = request.url.searchParams.get('$filter');
  let suffix: string | null = null;
  if (filter !== null) {
    const m = /^\s*endswith\(\s*mail\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i.exec(filter);
    if (!m) return graphError(request, 400, 'Request_UnsupportedQuery', `Unsupported query: the local tenant filters a count by endswith(mail,'…') only.`);
    suffix = m[1].replace(/''/g, "'").toLowerCase();
  }
  let count = store.transitiveMemberUsers(group.id).filter((u) => u.id !== id && (suffix === null || u.mail.toLowerCase().endsWith(suffix))).length;
  if (!usersOnly && suffix === null) {
    count += store.groups().filter((g) => g.id !== id && store.transitiveMemberOf(g.id).some((p) => p.id === id)).length;
  }
  return { status: 200, headers: { 'content-type': 'text/plain' }, body: String(count) };
}

const MEMBER_PROPERTIES: Record<string, (u: UserRecord) => unknown> = {
  id: (u) => u.id,
  displayName: (u) => u.displayName,
  userPrincipalName: (u) => u.userPrincipalName,
  mail: (u) => u.mail,
  department: (u) => u.department,
  jobTitle: (u) => u.jobTitle,
  officeLocation: (u) => u.officeLocation,
  companyName: (u) => u.companyName,
  accountEnabled: (u) => u.accountEnabled,
};
const MEMBER_DEFAULT = ['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle', 'officeLocation'];

/**
 * `GET /groups/{id}/transitiveMembers/microsoft.graph.user` (Läs och bekräfta: the people of a page's
 * audience). Graph: "To filter the results on the OData type, such as microsoft.graph.user …, you must
 * use the advanced query parameters. That is, the ConsistencyLevel header set to eventual and the
 * $count=true query string" (List group transitive members): without either, 400. $select (department
 * only when selected, as Graph's default user set leaves it out), $top 1–999 (default 100), paging by
 * @odata.nextLink, @odata.count. Users only, each once however many nested groups they are in.
 * $filter: a range of userPrincipalName only (see upnRange); @odata.count is then the number that match.
 */
export function listTransitiveMemberUsers(tenant: Tenant, request: EmulatorRequest, groupId: string): EmulatorResponse {
  const consistency = (request.headers['consistencylevel'] ?? '').toLowerCase();
  const count = queryOption(request, '$count');
  if (consistency !== 'eventual' || count !== 'true') {
    return graphError(request, 400, 'Request_UnsupportedQuery', "An OData cast on transitiveMembers needs advanced query parameters: the header 'ConsistencyLevel: eventual' and $count=true.");
  }
  for (const unsupported of ['$search', '$orderby', '$expand']) {
    if (queryOption(request, unsupported) !== undefined) {
      return graphError(request, 400, 'Request_UnsupportedQuery', `The local tenant does not support ${unsupported} on transitiveMembers. See emulator/CONTRACT.md.`);
    }
  }
  const filterText = queryOption(request, '$filter');
  const range = filterText === undefined ? {} : upnRange(filterText);
  if (range === null) {
    return graphError(request, 400, 'Request_UnsupportedQuery', "Unsupported query: on transitiveMembers/microsoft.graph.user the local tenant filters by a range of userPrincipalName only: userPrincipalName ge '…', userPrincipalName le '…', or userPrincipalName ge '…' and userPrincipalName le '…'. See emulator/CONTRACT.md.");
  }
  const store = tenant.store;
  const id = decodeURIComponent(groupId).toLowerCase();
  const group = store.group(id);
  if (!group) {
    return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  }
  const select = queryOption(request, '$select');
  const names: string[] = [];
  for (const raw of (select ?? MEMBER_DEFAULT.join(',')).split(',').map((s) => s.trim()).filter(Boolean)) {
    const name = Object.keys(MEMBER_PROPERTIES).find((k) => k.toLowerCase() === raw.toLowerCase());
    if (!name) return graphError(request, 400, 'BadRequest', `Could not find a property named '${raw}' on type 'microsoft.graph.user'.`);
    names.push(name);
  }
  const topText = queryOption(request, '$top');
  const top = topText === undefined ? 100 : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > 999) {
    return graphError(request, 400, 'Request_BadRequest', `Invalid page size specified: '${topText}'. Must be between 1 and 999 inclusive.`);
  }
  const skipText = queryOption(request, '$skiptoken');
  let offset = 0;
  if (skipText !== undefined) {
    const parsed = Number(Buffer.from(skipText, 'base64url').toString('utf8'));
    if (!Number.isInteger(parsed) || parsed < 0) return graphError(request, 400, 'Request_BadRequest', 'The $skiptoken is not valid.');
    offset = parsed;
  }
  const users = store.transitiveMemberUsers(group.id).filter((u) => u.id !== id && inUpnRange(u.userPrincipalName, range));
  const body: Record<string, unknown> = {
    '@odata.context': `${request.url.origin}/v1.0/$metadata#users${select ? `(${names.join(',')})` : ''}`,
    '@odata.count': users.length,
  };
  if (offset + top < users.length) body['@odata.nextLink'] = withSkipToken(request.url, Buffer.from(String(offset + top)).toString('base64url'));
  body.value = users.slice(offset, offset + top).map((u) => {
    const value: Record<string, unknown> = { '@odata.type': '#microsoft.graph.user' };
    for (const name of names) value[name] = MEMBER_PROPERTIES[name](u);
    return value;
  });
  return json(200, body, GRAPH_JSON);
}

/** Bounds on userPrincipalName, both inclusive and lower-cased; an absent bound is open. */
interface UpnRange {
  ge?: string;
  le?: string;
}

const UPN_CLAUSE = String.raw`userPrincipalName\s+(ge|le)\s+'((?:[^']|'')*)'`;
const UPN_FILTER = new RegExp(String.raw`^\s*${UPN_CLAUSE}(?:\s+and\s+${UPN_CLAUSE})?\s*$`, 'i');

/**
 * The $filter the local tenant accepts on transitiveMembers/microsoft.graph.user, so that a client may
 * read a large group in parts side by side: `userPrincipalName le 'X'`, `userPrincipalName ge 'X'`, or
 * `userPrincipalName ge 'X' and userPrincipalName le 'Y'` (property and keywords in any case, one or more
 * spaces between tokens, `''` for a quote inside a literal). Anything else: null (400). Why Graph allows it:
 * - user, v1.0, userPrincipalName: "Supports $filter (eq, ne, not, ge, le, in, startsWith, endsWith) and
 *   $orderby." (https://learn.microsoft.com/graph/api/resources/user?view=graph-rest-1.0)
 * - List group transitive members, v1.0: supports $filter; "To filter the results on the OData type, such
 *   as microsoft.graph.user …, you must use the advanced query parameters. That is, the ConsistencyLevel
 *   header set to eventual and the $count=true query string"; its Example 5 filters
 *   transitiveMembers/microsoft.graph.user by a user property
 *   (https://learn.microsoft.com/graph/api/group-list-transitivemembers?view=graph-rest-1.0).
 * - Advanced queries: group's transitiveMembers is among the relationships with advanced query
 *   capabilities (https://learn.microsoft.com/graph/aad-advanced-queries).
 * Microsoft documents no collation for ge and le; see inUpnRange.
 */
export function upnRange(filter: string): UpnRange | null {
  const m = UPN_FILTER.exec(filter);
  if (!m) return null;
  const literal = (text: string) => text.replace(/''/g, "'").toLowerCase();
  const first = { op: m[1].toLowerCase(), value: literal(m[2]) };
  if (m[3] === undefined) return first.op === 'ge' ? { ge: first.value } : { le: first.value };
  if (first.op !== 'ge' || m[3].toLowerCase() !== 'le') return null;
  return { ge: first.value, le: literal(m[4]) };
}

/**
 * Case-insensitive ordinal: both sides lower-cased, then compared by UTF-16 code units. A client must not
 * rely on this collation: its parts are complements of one order (every UPN is `le B` or `ge B`).
 */
function inUpnRange(upn: string, range: UpnRange): boolean {
  const value = upn.toLowerCase();
  return (range.ge === undefined || value >= range.ge) && (range.le === undefined || value <= range.le);
}

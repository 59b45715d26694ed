import { graphError } from '../http/errors.ts';
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
  let count = store.users().filter((u) => u.id !== id && store.principals(u.id).has(id) && (suffix === null || u.mail.toLowerCase().endsWith(suffix))).length;
  if (!usersOnly && suffix === null) {
    count += store.groups().filter((g) => g.id !== id && store.transitiveMemberOf(g.id).some((p) => p.id === id)).length;
  }
  return { status: 200, headers: { 'content-type': 'text/plain' }, body: String(count) };
}

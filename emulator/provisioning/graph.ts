import { randomUUID } from 'node:crypto';
import type { GroupRecord } from '../db/records.ts';
import { graphError, GRAPH_JSON, json } from '../http/errors.ts';
import type { Caller, EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';
import { isTenantAdmin } from './store.ts';
import { GROUP_PROPERTIES, queryOption } from '../graph/directory.ts';

/**
 * Graph's groups for the setup command (issue 7): list (with `$filter` on displayName or
 * mailNickname), create security groups, read one, list and add members. Creating groups and
 * changing members needs Group.ReadWrite.All: only tenant admins have it here.
 */

type Row = Record<string, unknown>;

function project<T>(request: EmulatorRequest, properties: Record<string, (x: T) => unknown>, item: T, type: string): Record<string, unknown> | string {
  const select = queryOption(request, '$select')?.split(',').map((s) => s.trim()).filter(Boolean) ?? Object.keys(properties);
  const value: Record<string, unknown> = { '@odata.type': type };
  for (const name of select) {
    const key = Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) return name;
    value[key] = properties[key](item);
  }
  return value;
}

function forbidden(request: EmulatorRequest): EmulatorResponse {
  return graphError(request, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

/** `$filter`: `displayName eq '…'`, `mailNickname eq '…'`, `startswith(displayName|mailNickname,'…')`, joined by `or`. */
function groupFilter(text: string): ((g: GroupRecord) => boolean) | undefined {
  const terms = text.split(/\s+or\s+/i).map((term) => {
    const eq = /^\s*(displayName|mailNickname|id)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(term);
    if (eq) {
      const value = eq[2].replace(/''/g, "'").toLowerCase();
      const key = eq[1].toLowerCase();
      return (g: GroupRecord) => (key === 'id' ? g.id : key === 'displayname' ? g.displayName : g.mailNickname).toLowerCase() === value;
    }
    const sw = /^\s*startswith\(\s*(displayName|mailNickname)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i.exec(term);
    if (sw) {
      const value = sw[2].replace(/''/g, "'").toLowerCase();
      const key = sw[1].toLowerCase();
      return (g: GroupRecord) => (key === 'displayname' ? g.displayName : g.mailNickname).toLowerCase().startsWith(value);
    }
    return undefined;
  });
  if (terms.some((t) => t === undefined)) return undefined;
  return (g) => terms.some((t) => t!(g));
}

function listGroups(tenant: Tenant, request: EmulatorRequest): EmulatorResponse {
  let groups = tenant.store.groups();
  const filter = queryOption(request, '$filter');
  if (filter !== undefined) {
    const predicate = groupFilter(filter);
    if (!predicate) return graphError(request, 400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause: ${filter}`);
    groups = groups.filter(predicate);
  }
  const top = Number(queryOption(request, '$top') ?? 100);
  if (!Number.isInteger(top) || top < 1 || top > 999) return graphError(request, 400, 'Request_BadRequest', 'Invalid value for $top: use 1 to 999.');
  const skip = Number(Buffer.from(queryOption(request, '$skiptoken') ?? '', 'base64url').toString() || 0);
  const page = groups.slice(skip, skip + top);
  const value: Array<Record<string, unknown>> = [];
  for (const g of page) {
    const projected = project(request, GROUP_PROPERTIES, g, '#microsoft.graph.group');
    if (typeof projected === 'string') return graphError(request, 400, 'Request_BadRequest', `Could not find a property named '${projected}' on type 'microsoft.graph.group'.`);
    delete projected['@odata.type'];
    value.push(projected);
  }
  const body: Record<string, unknown> = { '@odata.context': `${request.url.origin}/v1.0/$metadata#groups`, value };
  if (skip + top < groups.length) {
    const next = new URL(request.url.href);
    next.searchParams.set('$skiptoken', Buffer.from(String(skip + top)).toString('base64url'));
    body['@odata.nextLink'] = next.href;
  }
  return json(200, body, GRAPH_JSON);
}

function parseBody(request: EmulatorRequest): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(request.body || 'null') as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function createGroup(tenant: Tenant, request: EmulatorRequest, caller: Caller): EmulatorResponse {
  if (!isTenantAdmin(tenant.store.db, caller.user.id)) return forbidden(request);
  const b = parseBody(request);
  if (!b) return graphError(request, 400, 'BadRequest', 'The request body must be a JSON object.');
  const { displayName, mailNickname, description } = b;
  if (typeof displayName !== 'string' || !displayName.trim() || displayName.length > 256) return graphError(request, 400, 'Request_BadRequest', "Invalid value specified for property 'displayName' of resource 'Group'.");
  if (typeof mailNickname !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(mailNickname)) return graphError(request, 400, 'Request_BadRequest', "Invalid value specified for property 'mailNickname' of resource 'Group'.");
  if (b.securityEnabled !== true || b.mailEnabled !== false) return graphError(request, 400, 'Request_BadRequest', 'Only security groups (securityEnabled true, mailEnabled false) are created here.');
  const db = tenant.store.db;
  if (db.prepare('SELECT 1 FROM groups WHERE mail_nickname = ? COLLATE NOCASE').get(mailNickname)) {
    return graphError(request, 400, 'Request_BadRequest', 'Another object with the same value for property mailNickname already exists.');
  }
  const id = randomUUID();
  const spId = Math.max(5000, ((db.prepare('SELECT MAX(sp_id) AS max FROM groups').get() as Row).max as number | null) ?? 0) + 1;
  db.prepare('INSERT INTO groups (id, display_name, description, mail_nickname, kind, municipality_id, forvaltning, unit, sp_id) VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, ?)').run(
    id, displayName.trim(), typeof description === 'string' ? description : '', mailNickname, 'security', spId,
  );
  const group = tenant.store.group(id)!;
  const value = project({ ...request, url: new URL(request.url.origin) } as EmulatorRequest, GROUP_PROPERTIES, group, '#microsoft.graph.group') as Record<string, unknown>;
  delete value['@odata.type'];
  return json(201, { '@odata.context': `${request.url.origin}/v1.0/$metadata#groups/$entity`, ...value }, GRAPH_JSON);
}

function notFound(request: EmulatorRequest, id: string): EmulatorResponse {
  return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
}

function getGroup(tenant: Tenant, request: EmulatorRequest, id: string): EmulatorResponse {
  const group = tenant.store.group(id);
  if (!group) return notFound(request, id);
  const value = project(request, GROUP_PROPERTIES, group, '#microsoft.graph.group');
  if (typeof value === 'string') return graphError(request, 400, 'Request_BadRequest', `Could not find a property named '${value}' on type 'microsoft.graph.group'.`);
  delete value['@odata.type'];
  return json(200, { '@odata.context': `${request.url.origin}/v1.0/$metadata#groups/$entity`, ...value }, GRAPH_JSON);
}

function updateGroup(tenant: Tenant, request: EmulatorRequest, caller: Caller, id: string): EmulatorResponse {
  if (!isTenantAdmin(tenant.store.db, caller.user.id)) return forbidden(request);
  const group = tenant.store.group(id);
  if (!group) return notFound(request, id);
  const b = parseBody(request);
  if (!b || Object.keys(b).some((k) => k !== 'displayName' && k !== 'description')) {
    return graphError(request, 400, 'Request_BadRequest', 'Only displayName and description can be changed here.');
  }
  if (b.displayName !== undefined && (typeof b.displayName !== 'string' || !b.displayName.trim() || b.displayName.length > 256)) {
    return graphError(request, 400, 'Request_BadRequest', "Invalid value specified for property 'displayName' of resource 'Group'.");
  }
  tenant.store.db.prepare('UPDATE groups SET display_name = ?, description = ? WHERE id = ?').run(
    typeof b.displayName === 'string' ? b.displayName.trim() : group.displayName, typeof b.description === 'string' ? b.description : group.description, group.id,
  );
  return { status: 204, headers: {}, body: '' };
}

function listMembers(tenant: Tenant, request: EmulatorRequest, id: string): EmulatorResponse {
  const group = tenant.store.group(id);
  if (!group) return notFound(request, id);
  const rows = tenant.store.db.prepare('SELECT member_id, member_type FROM group_members WHERE group_id = ? ORDER BY member_type, member_id').all(group.id) as Row[];
  const select = queryOption(request, '$select')?.split(',').map((s) => s.trim().toLowerCase());
  const value = rows.map((row) => {
    const memberId = row.member_id as string;
    if (row.member_type === 'group') {
      const g = tenant.store.group(memberId);
      return { '@odata.type': '#microsoft.graph.group', id: memberId, ...(select && !select.includes('displayname') ? {} : { displayName: g?.displayName ?? '' }) };
    }
    const u = tenant.store.user(memberId);
    return { '@odata.type': '#microsoft.graph.user', id: memberId, ...(select && !select.includes('displayname') ? {} : { displayName: u?.displayName ?? '' }), ...(select && !select.includes('userprincipalname') ? {} : { userPrincipalName: u?.userPrincipalName ?? '' }) };
  });
  return json(200, { '@odata.context': `${request.url.origin}/v1.0/$metadata#directoryObjects`, value }, GRAPH_JSON);
}

function addMember(tenant: Tenant, request: EmulatorRequest, caller: Caller, id: string): EmulatorResponse {
  if (!isTenantAdmin(tenant.store.db, caller.user.id)) return forbidden(request);
  const group = tenant.store.group(id);
  if (!group) return notFound(request, id);
  const ref = parseBody(request)?.['@odata.id'];
  const memberId = typeof ref === 'string' ? /\/(?:directoryObjects|users|groups)\/([^/?]+)\/?$/i.exec(ref)?.[1] : undefined;
  if (!memberId) return graphError(request, 400, 'Request_BadRequest', "The request needs '@odata.id': https://graph.microsoft.com/v1.0/directoryObjects/{id}.");
  const user = tenant.store.user(decodeURIComponent(memberId));
  const member = user ? { id: user.id, type: 'user' } : tenant.store.group(memberId) ? { id: tenant.store.group(memberId)!.id, type: 'group' } : undefined;
  if (!member) return notFound(request, memberId);
  if (member.id === group.id || (member.type === 'group' && tenant.store.transitiveMemberOf(group.id).some((g) => g.id === member.id))) {
    return graphError(request, 400, 'Request_BadRequest', 'A group cannot be nested in itself.');
  }
  const db = tenant.store.db;
  if (db.prepare('SELECT 1 FROM group_members WHERE group_id = ? AND member_id = ?').get(group.id, member.id)) {
    return graphError(request, 400, 'Request_BadRequest', "One or more added object references already exist for the following modified properties: 'members'.");
  }
  db.prepare('INSERT INTO group_members (group_id, member_id, member_type) VALUES (?, ?, ?)').run(group.id, member.id, member.type);
  tenant.store.membershipChanged();
  return { status: 204, headers: {}, body: '' };
}

/** Answers `/groups…` paths (after the version segment), or undefined for other paths. */
export function handleGroups(tenant: Tenant, request: EmulatorRequest, caller: Caller, path: string): EmulatorResponse | undefined {
  const m = /^\/groups(?:\/([^/]+)(?:\/(members)(?:\/(\$ref))?)?)?\/?$/i.exec(path);
  if (!m) return undefined;
  const [, id, members, ref] = m;
  const method = request.method;
  const notAllowed = (): EmulatorResponse => graphError(request, 405, 'Request_BadRequest', `The method '${method}' is not allowed on this resource.`);
  if (!id) return method === 'GET' ? listGroups(tenant, request) : method === 'POST' ? createGroup(tenant, request, caller) : notAllowed();
  const groupId = decodeURIComponent(id);
  if (!members) return method === 'GET' ? getGroup(tenant, request, groupId) : method === 'PATCH' ? updateGroup(tenant, request, caller, groupId) : notAllowed();
  if (!ref) return method === 'GET' ? listMembers(tenant, request, groupId) : notAllowed();
  return method === 'POST' ? addMember(tenant, request, caller, groupId) : notAllowed();
}

import type { UserRecord } from '../db/records.ts';
import { graphError, GRAPH_JSON, json } from '../http/errors.ts';
import type { Caller, EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';

/**
 * Open extensions on users (`/me/extensions`, `/users/{id}/extensions`): untyped data an app
 * keeps on the user, such as per-user settings that follow them between devices. Kept in the
 * tenant database (table created on first use), so they survive a restart with `--db`.
 *
 * As on directory objects in Graph: `id` is the extension name; values are primitives or arrays
 * of primitives; PATCH replaces the custom data with the body's; at most two extensions per user
 * (Graph allows two per app per resource, and the local tenant knows one app).
 */

const TABLE = `CREATE TABLE IF NOT EXISTS user_extensions (
  user_id TEXT NOT NULL,
  name TEXT NOT NULL COLLATE NOCASE,
  data TEXT NOT NULL,
  PRIMARY KEY (user_id, name)
)`;
const MAX_PER_USER = 2;
const OPEN_TYPE = 'microsoft.graph.openTypeExtension';
const RESERVED = new Set(['@odata.type', 'extensionname', 'id', '@odata.context']);

const prepared = new WeakSet<object>();

function ensureTable(tenant: Tenant): void {
  if (prepared.has(tenant.store.db)) return;
  tenant.store.db.exec(TABLE);
  prepared.add(tenant.store.db);
}

interface Stored {
  name: string;
  data: Record<string, unknown>;
}

function readAll(tenant: Tenant, userId: string): Stored[] {
  ensureTable(tenant);
  const rows = tenant.store.db.prepare('SELECT name, data FROM user_extensions WHERE user_id = ? ORDER BY name').all(userId) as Array<{ name: string; data: string }>;
  return rows.map((r) => ({ name: r.name, data: JSON.parse(r.data) as Record<string, unknown> }));
}

function readOne(tenant: Tenant, userId: string, name: string): Stored | undefined {
  return readAll(tenant, userId).find((e) => e.name.toLowerCase() === name.toLowerCase());
}

function entity(stored: Stored): Record<string, unknown> {
  return { '@odata.type': `#${OPEN_TYPE}`, extensionName: stored.name, id: stored.name, ...stored.data };
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** The body's custom data, or a message why Graph would refuse it. */
function customData(body: Record<string, unknown>): Record<string, unknown> | string {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (RESERVED.has(key.toLowerCase())) continue;
    if (key.startsWith('@')) continue;
    if (!isPrimitive(value) && !(Array.isArray(value) && value.every(isPrimitive))) {
      return `The value of '${key}' is not valid: open extensions on directory objects hold primitive values or arrays of them.`;
    }
    data[key] = value;
  }
  return data;
}

function parseBody(request: EmulatorRequest): Record<string, unknown> | undefined {
  try {
    const body = JSON.parse(request.body) as unknown;
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function notFound(request: EmulatorRequest, name: string): EmulatorResponse {
  return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${name}' does not exist or one of its queried reference-property objects are not present.`);
}

export function handleExtensions(tenant: Tenant, request: EmulatorRequest, caller: Caller, user: UserRecord | undefined, requestedId: string, name: string | undefined): EmulatorResponse {
  if (!user) return notFound(request, requestedId);
  // Delegated User.ReadWrite writes the signed-in user's own extensions only.
  if (request.method !== 'GET' && user.id !== caller.user.id) {
    return graphError(request, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  const context = `${request.url.origin}/v1.0/$metadata#users('${user.id}')/extensions`;
  const db = tenant.store.db;

  if (name === undefined) {
    if (request.method === 'GET') {
      return json(200, { '@odata.context': context, value: readAll(tenant, user.id).map(entity) }, GRAPH_JSON);
    }
    if (request.method !== 'POST') return graphError(request, 405, 'Request_BadRequest', `The method '${request.method}' is not allowed on this resource.`);
    const body = parseBody(request);
    if (!body) return graphError(request, 400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
    const type = String(body['@odata.type'] ?? '').replace(/^#/, '');
    if (type !== OPEN_TYPE) return graphError(request, 400, 'BadRequest', `The '@odata.type' of an open extension must be '${OPEN_TYPE}'.`);
    const extensionName = body.extensionName;
    if (typeof extensionName !== 'string' || extensionName.trim() === '') return graphError(request, 400, 'BadRequest', 'The property extensionName is required.');
    if (/^com\.(microsoft|onmicrosoft)\./i.test(extensionName)) return graphError(request, 400, 'BadRequest', 'Extension names may not use the Microsoft domain.');
    const data = customData(body);
    if (typeof data === 'string') return graphError(request, 400, 'BadRequest', data);
    const existing = readAll(tenant, user.id);
    if (existing.some((e) => e.name.toLowerCase() === extensionName.toLowerCase())) {
      return graphError(request, 409, 'NameAlreadyExists', 'An extension already exists with given id.');
    }
    if (existing.length >= MAX_PER_USER) {
      return graphError(request, 400, 'BadRequest', `This resource already has ${MAX_PER_USER} open extensions of this app; that is the limit.`);
    }
    db.prepare('INSERT INTO user_extensions (user_id, name, data) VALUES (?, ?, ?)').run(user.id, extensionName, JSON.stringify(data));
    const created = { name: extensionName, data };
    return json(201, { '@odata.context': `${context}/$entity`, ...entity(created) }, GRAPH_JSON, {
      location: `${request.url.origin}/v1.0/users/${user.id}/extensions/${encodeURIComponent(extensionName)}`,
    });
  }

  const stored = readOne(tenant, user.id, name);
  switch (request.method) {
    case 'GET':
      if (!stored) return notFound(request, name);
      return json(200, { '@odata.context': `${context}/$entity`, ...entity(stored) }, GRAPH_JSON);
    case 'PATCH': {
      if (!stored) return notFound(request, name);
      const body = parseBody(request);
      if (!body) return graphError(request, 400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
      const data = customData(body);
      if (typeof data === 'string') return graphError(request, 400, 'BadRequest', data);
      db.prepare('UPDATE user_extensions SET data = ? WHERE user_id = ? AND name = ?').run(JSON.stringify(data), user.id, stored.name);
      return { status: 204, headers: {}, body: '' };
    }
    case 'DELETE':
      if (!stored) return notFound(request, name);
      db.prepare('DELETE FROM user_extensions WHERE user_id = ? AND name = ?').run(user.id, stored.name);
      return { status: 204, headers: {}, body: '' };
    default:
      return graphError(request, 405, 'Request_BadRequest', `The method '${request.method}' is not allowed on this resource.`);
  }
}

import type { TenantStore } from '../db/tenant-store.ts';
import type { Caller, EmulatorRequest } from './types.ts';

/**
 * Who is calling. Local development only: the bearer token is not a JWT but names a persona
 * (`Bearer anna`) or any seeded account (`Bearer upn:karin.holm@vetlanda.se`).
 */
export type Authentication = { ok: true; caller: Caller } | { ok: false; reason: 'missing' | 'unknown' };

export function authenticate(store: TenantStore, request: EmulatorRequest): Authentication {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return { ok: false, reason: 'missing' };
  const token = match[1].trim();
  const user = token.toLowerCase().startsWith('upn:') ? store.user(token.slice(4)) : store.userByPersona(token.toLowerCase());
  if (!user) return { ok: false, reason: 'unknown' };
  return { ok: true, caller: { user, principals: store.principals(user.id) } };
}

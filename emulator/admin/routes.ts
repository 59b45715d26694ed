import { FaultRuleError } from '../http/faults.ts';
import { json } from '../http/errors.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';
import { sentMail } from '../graph/mail.ts';

/**
 * The local tenant's own endpoints (no token needed): fault injection, the request log, the
 * personas and a health check. They are neither logged nor subject to faults.
 */

const JSON_TYPE = 'application/json; charset=utf-8';

function problem(status: number, message: string): EmulatorResponse {
  return json(status, { error: { code: status === 404 ? 'NotFound' : 'BadRequest', message } }, JSON_TYPE);
}

export function handleAdmin(tenant: Tenant, request: EmulatorRequest): EmulatorResponse {
  const path = request.url.pathname.replace(/\/+$/, '');
  const { method } = request;
  if (path === '/_emulator/faults') {
    if (method === 'GET') return json(200, { value: tenant.faults.list() }, JSON_TYPE);
    if (method === 'DELETE') {
      tenant.faults.clear();
      return { status: 204, headers: {}, body: '' };
    }
    if (method === 'POST') {
      try {
        const added = tenant.faults.add(JSON.parse(request.body || 'null'));
        return json(201, { value: added }, JSON_TYPE);
      } catch (error) {
        if (error instanceof FaultRuleError || error instanceof SyntaxError) return problem(400, error.message);
        throw error;
      }
    }
  }
  if (path === '/_emulator/requests') {
    if (method === 'GET') return json(200, { value: tenant.requests.list() }, JSON_TYPE);
    if (method === 'DELETE') {
      tenant.requests.clear();
      return { status: 204, headers: {}, body: '' };
    }
  }
  if (path === '/_emulator/sent-mail') {
    // What POST /me/sendMail accepted, oldest first (emulator/graph/mail.ts).
    if (method === 'GET') return json(200, { value: sentMail(tenant) }, JSON_TYPE);
    if (method === 'DELETE') {
      sentMail(tenant).length = 0;
      return { status: 204, headers: {}, body: '' };
    }
  }
  if (path === '/_emulator/personas' && method === 'GET') {
    const value = tenant.store.personas().map((u) => ({
      key: u.personaKey,
      token: u.personaKey,
      id: u.id,
      displayName: u.displayName,
      userPrincipalName: u.userPrincipalName,
      jobTitle: u.jobTitle,
      department: u.department,
      municipalityId: u.municipalityId,
    }));
    return json(200, { value }, JSON_TYPE);
  }
  if (path === '/_emulator/health' && method === 'GET') {
    return json(200, { status: 'ok', seed: tenant.seed, news: tenant.news, searchDocuments: tenant.search.count('listItem') }, JSON_TYPE);
  }
  return problem(404, `No such endpoint: ${method} ${request.url.pathname}`);
}

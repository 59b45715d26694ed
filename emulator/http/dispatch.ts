import { setTimeout as delay } from 'node:timers/promises';
import { handleAdmin } from '../admin/routes.ts';
import { handleGraph } from '../graph/routes.ts';
import { handleSharePoint } from '../sharepoint/routes.ts';
import { bannerSvg } from '../seed/images.ts';
import { serveFileUrl } from '../sharepoint/files.ts';
import { guideCaptionsVtt, guideImageSvg } from '../seed/guide-media.ts';
import { graphError, spError, SP_CODES } from './errors.ts';
import { malform } from './faults.ts';
import type { ActiveFault } from './faults.ts';
import type { ApiFamily, EmulatorRequest, EmulatorResponse, Tenant } from './types.ts';

/**
 * Every request, from a socket or from inside a $batch, passes here: faults first, then the
 * handlers of its API family.
 */

export function familyOf(pathname: string): ApiFamily {
  if (/^\/_emulator(\/|$)/.test(pathname)) return 'admin';
  if (/^\/(v1\.0|beta)(\/|$)/i.test(pathname) || /^\/(\$|%24)batch\/?$/i.test(pathname)) return 'graph';
  if (/^(\/sites\/[^/]+)?\/_api(\/|$)/i.test(pathname)) return 'sharepoint';
  if (/^(\/sites\/[^/]+)?\/siteassets\//i.test(pathname)) return 'asset';
  return 'other';
}

function plain(status: number, text: string, contentType = 'text/plain; charset=utf-8'): EmulatorResponse {
  return { status, headers: { 'content-type': contentType }, body: text };
}

function faultResponse(family: ApiFamily, request: EmulatorRequest, fault: ActiveFault & { status: number }): EmulatorResponse {
  const { status } = fault;
  const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
  const wait = fault.retryAfter !== undefined ? ` Retry after ${fault.retryAfter} seconds.` : '';
  if (family === 'graph') {
    const code = status === 429 ? 'TooManyRequests' : status === 503 ? 'serviceNotAvailable' : status >= 500 ? 'generalException' : 'BadRequest';
    const message = status === 429 ? `Too many requests.${wait}` : status === 503 ? `The service is temporarily unavailable.${wait}` : `Injected fault ${status}.`;
    return graphError(request, status, code, message, headers);
  }
  if (family === 'sharepoint') {
    const code = status === 429 ? SP_CODES.throttled : status === 503 ? SP_CODES.unavailable : SP_CODES.internal;
    const message = status === 429 ? `The request has been throttled.${wait}` : status === 503 ? `The service is temporarily unavailable.${wait}` : `Injected fault ${status}.`;
    return spError(request, status, code, message, headers);
  }
  return { ...plain(status, `Injected fault ${status}.${wait}`), headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } };
}

/** Banner images of the seeded news (see seed/images.ts). Served without a token: an <img> cannot send one. */
function handleAsset(tenant: Tenant, request: EmulatorRequest): EmulatorResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed.');
  // Guides' step pictures and film captions (seed/guide-media.ts).
  const guide = /^\/sites\/gemensamt\/siteassets\/guider\/(?:([a-z0-9-]+)\.svg|film\/([a-z0-9-]+)\.sv\.vtt)$/i.exec(request.url.pathname);
  if (guide) {
    const body = guide[1] ? guideImageSvg(guide[1]) : guideCaptionsVtt(guide[2]);
    if (!body) return plain(404, 'File not found.');
    const type = guide[1] ? 'image/svg+xml' : 'text/vtt; charset=utf-8';
    return { status: 200, headers: { 'content-type': type, 'cache-control': 'public, max-age=86400' }, body: request.method === 'HEAD' ? '' : body };
  }
  const match = /^(\/sites\/[^/]+)?\/siteassets\/sitepages\/nyhetsbilder\/([a-z0-9-]+)\.svg$/i.exec(request.url.pathname);
  const site = tenant.store.siteByPath(match?.[1] ?? '/');
  const svg = match && site ? bannerSvg(match[2]) : null;
  if (!svg) return plain(404, 'File not found.');
  // Drawn here from shapes alone; still served so that, opened on its own, it can run and fetch nothing.
  const headers = { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'" };
  return { status: 200, headers, body: request.method === 'HEAD' ? '' : svg };
}

function handleOther(request: EmulatorRequest): EmulatorResponse {
  if (request.url.pathname === '/' && request.method === 'GET') {
    const origin = request.url.origin;
    return plain(
      200,
      [
        'Samverka local tenant',
        '',
        `SharePoint REST: ${origin}/sites/<eksjo|savsjo|vetlanda|gemensamt>/_api/...  and  ${origin}/_api/...`,
        `Microsoft Graph: ${origin}/v1.0/...`,
        'Authorization: Bearer <persona>  (anna, erik, sara, maria, johan) or Bearer upn:<userPrincipalName>',
        `Personas: ${origin}/_emulator/personas`,
        'The requests answered are listed in emulator/CONTRACT.md.',
        '',
      ].join('\n'),
    );
  }
  return plain(404, 'Not found.');
}

async function route(tenant: Tenant, family: ApiFamily, request: EmulatorRequest): Promise<EmulatorResponse> {
  switch (family) {
    case 'sharepoint':
      return handleSharePoint(tenant, request);
    case 'graph':
      return handleGraph(tenant, request);
    case 'asset':
      return handleAsset(tenant, request);
    default:
      // A library file's own URL (emulator/sharepoint/files.ts), else the tenant's front page or 404.
      return serveFileUrl(tenant, request) ?? handleOther(request);
  }
}

export async function dispatch(tenant: Tenant, request: EmulatorRequest): Promise<EmulatorResponse> {
  const family = familyOf(request.url.pathname);
  if (family === 'admin') return handleAdmin(tenant, request);
  const fault = tenant.faults.take(request.method, request.url.pathname + request.url.search, { inner: request.inner === true, body: request.body });
  if (fault && fault.latencyMs > 0) await delay(fault.latencyMs);
  if (fault?.status !== undefined) return faultResponse(family, request, { ...fault, status: fault.status });
  let response: EmulatorResponse;
  try {
    response = await route(tenant, family, request);
  } catch (error) {
    // A bug in the local tenant: say so loudly, answer as the service would.
    process.stderr.write(`Samverka local tenant: ${request.method} ${request.url.pathname} failed: ${(error as Error).stack ?? error}\n`);
    response =
      family === 'graph'
        ? graphError(request, 500, 'generalException', 'An internal error occurred in the local tenant.')
        : family === 'sharepoint'
          ? spError(request, 500, SP_CODES.internal, 'An internal error occurred in the local tenant.')
          : plain(500, 'Internal error.');
  }
  if (fault?.malformed) response = { ...response, body: malform(response.body) };
  return response;
}

import { authenticate } from '../http/auth.ts';
import { graphError } from '../http/errors.ts';
import type { Caller, EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';
import { postGraphBatch } from './batch.ts';
import { getMemberships, getUser } from './directory.ts';
import { postSearchQuery } from './search.ts';
import { getPhoto } from './photos.ts';
import { getCalendarView } from './calendar.ts';
import { handleExtensions } from './extensions.ts';
import { handleGroups } from '../provisioning/graph.ts';
import { getTransitiveMemberCount, listTransitiveMemberUsers } from './group-counts.ts';
import { postSendMail } from './mail.ts';

/** Microsoft Graph under /v1.0 (and /beta, answered the same way). */

type Handler = (tenant: Tenant, request: EmulatorRequest, caller: Caller, match: RegExpExecArray) => EmulatorResponse | Promise<EmulatorResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  handle: Handler;
}

function userOf(tenant: Tenant, caller: Caller, segment: string | undefined): { user: Caller['user'] | undefined; id: string } {
  if (segment === undefined) return { user: caller.user, id: caller.user.id };
  const id = decodeURIComponent(segment);
  return { user: tenant.store.user(id), id };
}

const ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: /^\/(?:me|users\/([^/]+))\/?$/i,
    handle: (tenant, request, caller, m) => {
      const { user, id } = userOf(tenant, caller, m[1]);
      return getUser(request, user, id);
    },
  },
  {
    method: 'GET',
    pattern: /^\/(?:me|users\/([^/]+))\/(transitiveMemberOf|memberOf)(\/microsoft\.graph\.group)?\/?$/i,
    handle: (tenant, request, caller, m) => {
      const { user, id } = userOf(tenant, caller, m[1]);
      return getMemberships(tenant, request, user, id, m[2].toLowerCase() === 'transitivememberof', m[3] !== undefined);
    },
  },
  {
    method: 'GET',
    pattern: /^\/(?:me|users\/([^/]+))\/(?:calendar\/)?calendarView\/?$/i,
    handle: (tenant, request, caller, m) => {
      const { user, id } = userOf(tenant, caller, m[1]);
      return getCalendarView(tenant, request, user, id);
    },
  },
  {
    // GET, POST on the collection; GET, PATCH, DELETE on one extension (methods checked by the handler).
    method: '*',
    pattern: /^\/(?:me|users\/([^/]+))\/extensions(?:\/([^/]+))?\/?$/i,
    handle: (tenant, request, caller, m) => {
      const { user, id } = userOf(tenant, caller, m[1]);
      return handleExtensions(tenant, request, caller, user, id, m[2] === undefined ? undefined : decodeURIComponent(m[2]));
    },
  },
  {
    method: 'GET',
    pattern: /^\/(?:me|users\/([^/]+))\/photo\/\$value\/?$/i,
    handle: (tenant, request, caller, m) => {
      const { user, id } = userOf(tenant, caller, m[1]);
      return getPhoto(request, user, id);
    },
  },
  {
    // Content reuse: how many people an audience reaches (emulator/graph/group-counts.ts).
    method: 'GET',
    pattern: /^\/groups\/([^/]+)\/transitiveMembers(\/microsoft\.graph\.user)?\/\$count\/?$/i,
    handle: (tenant, request, _caller, m) => getTransitiveMemberCount(tenant, request, m[1], !!m[2]),
  },
  {
    // Läs och bekräfta: the people of a page's audience (emulator/graph/group-counts.ts).
    method: 'GET',
    pattern: /^\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user\/?$/i,
    handle: (tenant, request, _caller, m) => listTransitiveMemberUsers(tenant, request, m[1]),
  },
  { method: 'POST', pattern: /^\/me\/sendMail\/?$/i, handle: (tenant, request, caller) => postSendMail(tenant, request, caller) },
  { method: 'POST', pattern: /^\/search\/query\/?$/i, handle: (tenant, request, caller) => postSearchQuery(tenant, request, caller) },
  { method: 'POST', pattern: /^\/\$batch\/?$/i, handle: (tenant, request) => postGraphBatch(tenant, request) },
];

export async function handleGraph(tenant: Tenant, request: EmulatorRequest): Promise<EmulatorResponse> {
  const auth = authenticate(tenant.store, request);
  if (!auth.ok) {
    const message = auth.reason === 'missing' ? 'Access token is empty.' : 'Access token validation failure. The token names no persona or user of this tenant.';
    return graphError(request, 401, 'InvalidAuthenticationToken', message, {
      'www-authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
    });
  }
  const { caller } = auth;
  const log = { caller: caller.user.personaKey ?? caller.user.userPrincipalName };
  // PnPjs posts batches for a base URL without https to /$batch (no version segment): same thing.
  const path = request.url.pathname.replace(/^\/(v1\.0|beta)(?=\/|$)/i, '').replace(/%24/gi, '$') || '/';
  const groups = handleGroups(tenant, request, caller, path);
  if (groups) return { ...groups, log: { ...log, ...groups.log } };
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== '*' && route.method !== request.method) {
      return { ...graphError(request, 405, 'Request_BadRequest', `The method '${request.method}' is not allowed on this resource.`), log };
    }
    const response = await route.handle(tenant, request, caller, match);
    return { ...response, log: { ...log, ...response.log } };
  }
  const segment = path.split('/').filter(Boolean)[0] ?? '';
  return { ...graphError(request, 400, 'BadRequest', `Resource not found for the segment '${segment}'.`), log };
}

import type { GroupRecord, UserRecord } from '../db/records.ts';
import { graphError, GRAPH_JSON, json } from '../http/errors.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';
import { withSkipToken } from '../http/links.ts';

/** Graph's directory: users (/me, /users/{id | userPrincipalName}) and their group memberships. */

const USER_PROPERTIES: Record<string, (u: UserRecord) => unknown> = {
  id: (u) => u.id,
  displayName: (u) => u.displayName,
  givenName: (u) => u.givenName,
  surname: (u) => u.surname,
  mail: (u) => u.mail,
  userPrincipalName: (u) => u.userPrincipalName,
  jobTitle: (u) => u.jobTitle,
  department: (u) => u.department,
  officeLocation: (u) => u.officeLocation,
  companyName: (u) => u.companyName,
  businessPhones: (u) => [u.businessPhone],
  mobilePhone: (u) => u.mobilePhone,
  preferredLanguage: () => 'sv-SE',
  accountEnabled: (u) => u.accountEnabled,
  usageLocation: () => 'SE',
};

/** What Graph returns for a user without $select; department and companyName need $select. */
const USER_DEFAULT = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];

/** A group as Graph returns it: the properties and how each is read from the store. */
export const GROUP_PROPERTIES: Record<string, (g: GroupRecord) => unknown> = {
  id: (g) => g.id,
  displayName: (g) => g.displayName,
  description: (g) => g.description,
  mail: () => null,
  mailEnabled: () => false,
  mailNickname: (g) => g.mailNickname,
  securityEnabled: () => true,
  groupTypes: () => [],
  visibility: () => null,
  createdDateTime: () => '2019-03-14T09:12:00Z',
};

/** An OData query option, its name matched without regard to case as Graph does. */
export function queryOption(request: EmulatorRequest, name: string): string | undefined {
  for (const [key, value] of request.url.searchParams) if (key.toLowerCase() === name) return value;
  return undefined;
}

type Projection = { ok: true; names: string[] } | { ok: false; response: EmulatorResponse };

/** The properties to return: $select's (checked against the type) or the type's default set. */
function projection(request: EmulatorRequest, known: Record<string, unknown>, defaults: string[], typeName: string): Projection {
  const select = queryOption(request, '$select');
  if (select === undefined) return { ok: true, names: defaults };
  const names: string[] = [];
  for (const raw of select.split(',').map((s) => s.trim()).filter(Boolean)) {
    const name = Object.keys(known).find((k) => k.toLowerCase() === raw.toLowerCase());
    if (!name) return { ok: false, response: graphError(request, 400, 'BadRequest', `Could not find a property named '${raw}' on type '${typeName}'.`) };
    names.push(name);
  }
  return { ok: true, names };
}

export function getUser(request: EmulatorRequest, user: UserRecord | undefined, requestedId: string): EmulatorResponse {
  if (!user) {
    return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${requestedId}' does not exist or one of its queried reference-property objects are not present.`);
  }
  const chosen = projection(request, USER_PROPERTIES, USER_DEFAULT, 'microsoft.graph.user');
  if (!chosen.ok) return chosen.response;
  const select = queryOption(request, '$select');
  const context = `${request.url.origin}/v1.0/$metadata#users${select ? `(${chosen.names.join(',')})` : ''}/$entity`;
  const body: Record<string, unknown> = { '@odata.context': context };
  for (const name of chosen.names) body[name] = USER_PROPERTIES[name](user);
  return json(200, body, GRAPH_JSON);
}

interface PageToken {
  offset: number;
}

function readToken(text: string | undefined): PageToken | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as PageToken;
    return Number.isInteger(parsed.offset) && parsed.offset >= 0 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * /memberOf and /transitiveMemberOf (optionally cast to microsoft.graph.group), with $select,
 * $top (1-999, default 100), $count and paging through @odata.nextLink.
 */
export function getMemberships(tenant: Tenant, request: EmulatorRequest, user: UserRecord | undefined, requestedId: string, transitive: boolean, cast: boolean): EmulatorResponse {
  if (!user) {
    return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${requestedId}' does not exist or one of its queried reference-property objects are not present.`);
  }
  for (const unsupported of ['$filter', '$search', '$orderby', '$expand']) {
    if (queryOption(request, unsupported) !== undefined) {
      return graphError(request, 400, 'Request_UnsupportedQuery', `The local tenant does not support ${unsupported} on memberships. See emulator/CONTRACT.md.`);
    }
  }
  const chosen = projection(request, GROUP_PROPERTIES, Object.keys(GROUP_PROPERTIES), cast ? 'microsoft.graph.group' : 'microsoft.graph.directoryObject');
  if (!chosen.ok) return chosen.response;
  const topText = queryOption(request, '$top');
  const top = topText === undefined ? 100 : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > 999) {
    return graphError(request, 400, 'Request_BadRequest', `Invalid page size specified: '${topText}'. Must be between 1 and 999 inclusive.`);
  }
  const count = queryOption(request, '$count');
  if (count === 'true' && (request.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
    return graphError(request, 400, 'Request_BadRequest', "$count is only supported with the header 'ConsistencyLevel: eventual'.");
  }
  const skipText = queryOption(request, '$skiptoken');
  const token = readToken(skipText);
  if (skipText !== undefined && !token) return graphError(request, 400, 'Request_BadRequest', 'The $skiptoken is not valid.');

  const groups = transitive ? tenant.store.transitiveMemberOf(user.id) : tenant.store.memberOf(user.id);
  const offset = token?.offset ?? 0;
  const page = groups.slice(offset, offset + top);
  const select = queryOption(request, '$select');
  const entitySet = cast ? 'groups' : 'directoryObjects';
  const body: Record<string, unknown> = {
    '@odata.context': `${request.url.origin}/v1.0/$metadata#${entitySet}${select ? `(${chosen.names.join(',')})` : ''}`,
  };
  if (count === 'true') body['@odata.count'] = groups.length;
  if (offset + top < groups.length) {
    body['@odata.nextLink'] = withSkipToken(request.url, Buffer.from(JSON.stringify({ offset: offset + top })).toString('base64url'));
  }
  body.value = page.map((group) => {
    const value: Record<string, unknown> = { '@odata.type': '#microsoft.graph.group' };
    for (const name of chosen.names) value[name] = GROUP_PROPERTIES[name](group);
    return value;
  });
  return json(200, body, GRAPH_JSON);
}

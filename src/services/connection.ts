import { BearerToken } from '@pnp/queryable';
import { SPBrowser, SPFx, type ISPFXContext } from '@pnp/sp';
import { GraphBrowser, SPFx as GraphSPFx } from '@pnp/graph';
import { SamverkaGraph } from './graphClient';
import { SamverkaSp } from './spClient';
import { FetchFunction, RetryPolicy, ThrottleRetry } from './retry';
import type { StorageLike } from './sessionCache';

/** What the services need of the SPFx context: a WebPartContext satisfies it. */
export interface SpfxContextLike extends ISPFXContext {
  pageContext: ISPFXContext['pageContext'] & {
    user: { loginName: string };
  };
}

/**
 * Where the services get their data: SharePoint and Teams through the SPFx context, or the
 * local tenant through its base URL and a persona token. Nothing else differs.
 */
export type Connection =
  | { kind: 'spfx'; context: SpfxContextLike }
  | {
    kind: 'local'; baseUrl: string; token: string; storage?: StorageLike;
    /** Graph's version root when it is not the tenant's own address (a real tenant from Node: https://graph.microsoft.com/v1.0). */
    graphUrl?: string;
    /** The Graph access token when Graph is not the tenant's own address; the SharePoint token otherwise. */
    graphToken?: string;
    /** The signed-in user's address, when whoever holds the token knows it (as SharePoint's page context does). */
    userMail?: string;
  };

/** Scheme and host of the tenant, e.g. "https://contoso.sharepoint.com" or "http://127.0.0.1:4100". */
export function tenantUrlOf(connection: Connection): string {
  if (connection.kind === 'local') {
    return connection.baseUrl.replace(/\/+$/, '');
  }
  const match = /^(https?:\/\/[^/]+)/i.exec(connection.context.pageContext.web.absoluteUrl);
  if (!match) {
    throw new Error(`Not an absolute web URL: ${connection.context.pageContext.web.absoluteUrl}`);
  }
  return match[1];
}

/** Who the personal data in the session cache belongs to. */
export function userIdentityOf(connection: Connection): string {
  return connection.kind === 'local' ? `local:${connection.token}` : `spfx:${connection.context.pageContext.user.loginName}`;
}

/** The signed-in user's address when the host tells it without a request: SharePoint's and Teams' page context, or the local connection. */
export function hostMailOf(connection: Connection): string | undefined {
  if (connection.kind === 'local') {
    return connection.userMail || undefined;
  }
  const user = connection.context.pageContext.user as { email?: unknown };
  return typeof user.email === 'string' && user.email !== '' ? user.email : undefined;
}

/** A configured SharePoint client for one site (absolute URL). Our retry replaces PnPjs' own. */
export function createSp(connection: Connection, siteUrl: string, policy: RetryPolicy, fetchFunction?: FetchFunction): SamverkaSp {
  if (connection.kind === 'spfx') {
    return new SamverkaSp(siteUrl).using(SPFx(connection.context), ThrottleRetry(policy, fetchFunction));
  }
  return new SamverkaSp(siteUrl).using(
    SPBrowser({ baseUrl: siteUrl }),
    BearerToken(connection.token),
    ThrottleRetry(policy, fetchFunction)
  );
}

/**
 * A configured Graph client. In SPFx the token comes from the context and the base URL is
 * Graph's own; the local tenant serves Graph under its base URL, which must be set here
 * (PnPjs would otherwise call graph.microsoft.com).
 */
export function createGraph(connection: Connection, policy: RetryPolicy, fetchFunction?: FetchFunction): SamverkaGraph {
  if (connection.kind === 'spfx') {
    return new SamverkaGraph().using(GraphSPFx(connection.context), ThrottleRetry(policy, fetchFunction));
  }
  const graphUrl = (connection.graphUrl || `${tenantUrlOf(connection)}/v1.0`).replace(/\/+$/, '');
  return new SamverkaGraph(graphUrl).using(
    GraphBrowser({ baseUrl: graphUrl }),
    BearerToken(connection.graphToken || connection.token),
    ThrottleRetry(policy, fetchFunction)
  );
}

import { BearerToken } from '@pnp/queryable';
import { GraphBrowser } from '@pnp/graph';
import type { SPFI } from '@pnp/sp';
import { createSp } from '../src/services/connection';
import { SamverkaGraph } from '../src/services/graphClient';
import { defaultRetryPolicy, FetchFunction, RetryPolicy, ThrottleRetry } from '../src/services/retry';

/**
 * The clients of the setup command: the same PnPjs pieces as the web parts' services
 * (src/services/connection.ts: bearer token, our retry on 429/503), from Node instead of SPFx.
 * The local tenant serves Graph under its own address; a real tenant's Graph is Microsoft's.
 */
export interface TenantClients {
  /** "https://contoso.sharepoint.com" or "http://127.0.0.1:4401", no trailing slash. */
  tenantUrl: string;
  /** The SharePoint client of a site ("/" is the root site). */
  sp(sitePath: string): SPFI;
  graph: SamverkaGraph;
  /** Absolute URL of a site path. */
  siteUrl(sitePath: string): string;
}

export interface ClientOptions {
  tenantUrl: string;
  /** Access token for SharePoint (the local tenant: a persona such as "admin"). */
  spToken: string;
  /** Access token for Microsoft Graph; the SharePoint token when absent (the local tenant). */
  graphToken?: string;
  retry?: Partial<RetryPolicy>;
  fetch?: FetchFunction;
}

export function isLocalTenant(tenantUrl: string): boolean {
  return /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/i.test(tenantUrl);
}

export function createTenantClients(options: ClientOptions): TenantClients {
  const tenantUrl = options.tenantUrl.replace(/\/+$/, '');
  const policy = defaultRetryPolicy(options.retry);
  const connection = { kind: 'local' as const, baseUrl: tenantUrl, token: options.spToken };
  const siteUrl = (sitePath: string): string => (sitePath === '/' ? tenantUrl : tenantUrl + sitePath);
  const clients: Record<string, SPFI> = {};
  const graphUrl = isLocalTenant(tenantUrl) ? `${tenantUrl}/v1.0` : 'https://graph.microsoft.com/v1.0';
  const graph = new SamverkaGraph(graphUrl).using(
    GraphBrowser({ baseUrl: graphUrl }),
    BearerToken(options.graphToken || options.spToken),
    ThrottleRetry(policy, options.fetch)
  );
  return {
    tenantUrl,
    siteUrl,
    graph,
    sp(sitePath: string): SPFI {
      const key = sitePath.toLowerCase();
      if (!clients[key]) {
        clients[key] = createSp(connection, siteUrl(sitePath), policy, options.fetch);
      }
      return clients[key];
    }
  };
}

import { JSONParse } from '@pnp/queryable';
import { graphGet } from '@pnp/graph';
import type { Group, User } from '@microsoft/microsoft-graph-types';
import type { CurrentUser, IUserContextService } from '../core/ports';
import type { SamverkaGraph } from './graphClient';
import { batchAnswerBody, sendGraphBatch } from './graphBatch';
import type { RetryPolicy } from './retry';
import type { SessionCache } from './sessionCache';

export interface UserContextServiceDeps {
  graph: SamverkaGraph;
  cache: SessionCache;
  ttlMs: number;
  /** How long a returning user finds it in the cache's returning storage (none when absent). */
  returningTtlMs?: number;
  /** Cache key of the signed-in user (see userCacheKey). */
  userKey: string;
  policy: RetryPolicy;
}

const PROFILE_FIELDS = 'id,displayName,mail,userPrincipalName,jobTitle,department,officeLocation';
/** Groups only (the cast leaves out directory roles and administrative units); 999 is Graph's largest page. */
const GROUPS_URL = '/me/transitiveMemberOf/microsoft.graph.group?$select=id,displayName&$top=999';

/** A page of transitiveMemberOf cast to groups, as Graph's types describe it. */
interface GraphPage {
  value?: Group[];
  '@odata.nextLink'?: unknown;
}

/**
 * The signed-in person and their transitive groups (their audiences). A cold start costs
 * one Graph $batch with both requests (plus a request per further page of groups, for
 * people in more than 999 groups); after that the session cache answers.
 */
export class UserContextService implements IUserContextService {
  private readonly deps: UserContextServiceDeps;

  public constructor(deps: UserContextServiceDeps) {
    this.deps = deps;
  }

  public getCurrentUser(): Promise<CurrentUser> {
    const { cache, ttlMs, userKey } = this.deps;
    return cache.getOrLoad(`user:${userKey}:context`, ttlMs, () => this.load(), this.deps.returningTtlMs);
  }

  private async load(): Promise<CurrentUser> {
    const { graph, policy } = this.deps;
    const answers = await sendGraphBatch(graph, [
      { id: 'me', method: 'GET', url: `/me?$select=${PROFILE_FIELDS}` },
      { id: 'groups', method: 'GET', url: GROUPS_URL }
    ], policy);
    const me = batchAnswerBody(answers.me, '/me') as User;
    let page = batchAnswerBody(answers.groups, '/me/transitiveMemberOf') as GraphPage;
    const groupIds: string[] = [];
    for (;;) {
      for (const group of page.value || []) {
        if (typeof group.id === 'string') {
          groupIds.push(group.id.toLowerCase());
        }
      }
      const next = page['@odata.nextLink'];
      if (typeof next !== 'string' || next === '') {
        break;
      }
      page = await graphGet<GraphPage>(graph.at(next).using(JSONParse()));
    }
    return {
      id: String(me.id),
      displayName: text(me.displayName) || '',
      // Guests and some accounts have no mail; the UPN is the address they sign in with.
      mail: text(me.mail) || text(me.userPrincipalName) || '',
      userPrincipalName: text(me.userPrincipalName),
      jobTitle: text(me.jobTitle),
      department: text(me.department),
      officeLocation: text(me.officeLocation),
      groupIds
    };
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

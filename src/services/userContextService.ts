import { JSONParse } from '@pnp/queryable';
import { graphGet } from '@pnp/graph';
import type { User } from '@microsoft/microsoft-graph-types';
import type { CurrentUser, IUserContextService } from '../core/ports';
import type { SamverkaGraph } from './graphClient';
import { batchAnswerBody, sendGraphBatch } from './graphBatch';
import type { RetryPolicy } from './retry';
import type { SessionCache } from './sessionCache';
import { GROUPS_URL, groupsOfPage, GroupsPage, PROFILE_URL, userOfProfile } from './userProfile';

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
    return this.deps.cache.getOrLoad(this.key(), this.deps.ttlMs, () => this.load(), this.deps.returningTtlMs);
  }

  public peek(): CurrentUser | Promise<CurrentUser> | undefined {
    return this.deps.cache.peek<CurrentUser>(this.key());
  }

  private key(): string {
    return `user:${this.deps.userKey}:context`;
  }

  private async load(): Promise<CurrentUser> {
    const { graph, policy } = this.deps;
    const answers = await sendGraphBatch(graph, [
      { id: 'me', method: 'GET', url: PROFILE_URL },
      { id: 'groups', method: 'GET', url: GROUPS_URL }
    ], policy);
    const me = batchAnswerBody(answers.me, '/me') as User;
    let page = batchAnswerBody(answers.groups, '/me/transitiveMemberOf') as GroupsPage;
    const groupIds: string[] = [];
    for (;;) {
      groupIds.push(...groupsOfPage(page).map(group => group.id));
      const next = page['@odata.nextLink'];
      if (typeof next !== 'string' || next === '') {
        break;
      }
      page = await graphGet<GroupsPage>(graph.at(next).using(JSONParse()));
    }
    return { ...userOfProfile(me), groupIds };
  }
}

import type { GraphBatchRequest } from '../../src/services/graphBatch';
import { sendGraphBatch } from '../../src/services/graphBatch';
import { readGroupMembers, SendMemberBatch } from '../../src/services/groupMembers';
import { MemoryStorage } from '../../src/services/sessionCache';
import { localPage } from '../support/localPage';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * A group's people through PnPjs against the local tenant, as the editors' view and Samverka's reach read them:
 * whole, in parts when the size is known, and in parts after the first page when that page says two or more are left.
 */
jest.setTimeout(120000);

describe('a group\'s people', () => {
  let tenant: LocalTenant;
  beforeAll(async () => { tenant = await startLocalTenant(); });
  afterAll(async () => { if (tenant) await tenant.stop(); });

  function recorder(): { send: SendMemberBatch; rounds: GraphBatchRequest[][] } {
    const page = localPage({ kind: 'local', baseUrl: tenant.url, token: 'johan' }, { storage: new MemoryStorage() });
    const rounds: GraphBatchRequest[][] = [];
    return { rounds, send: requests => { rounds.push(requests); return sendGraphBatch(page.graph, requests, page.retryPolicy); } };
  }

  it('are the same whole, in parts of a known size, and in parts after a first page that leaves two pages or more', async () => {
    const page = localPage({ kind: 'local', baseUrl: tenant.url, token: 'johan' }, { storage: new MemoryStorage() });
    const group = (await page.tenantConfig.getConfig()).municipalities.filter(m => m.id === 'vetlanda')[0].groups.allStaff;
    const ids = (read: { members: Record<string, Array<{ id: string }>> }): string[] => read.members[group].map(m => m.id).sort();

    const whole = recorder();
    const all = await readGroupMembers(whole.send, [group]);
    expect(all.failed).toEqual([]);
    expect(whole.rounds).toHaveLength(1);
    const size = ids(all).length;
    // Pages of a fifth of the group: a first page leaves four.
    const pageSize = Math.ceil(size / 5);
    expect(size).toBeGreaterThan(2 * pageSize);

    const sized = recorder();
    const known = await readGroupMembers(sized.send, [group], { sizes: { [group]: size }, paging: { partTarget: Math.ceil(size / 10), pageSize } });
    expect(ids(known)).toEqual(ids(all));
    expect(decodeURIComponent(sized.rounds[0][0].url)).toContain('$filter=userPrincipalName le ');

    const unsized = recorder();
    const after = await readGroupMembers(unsized.send, [group], { paging: { partTarget: Math.ceil(size / 10), pageSize } });
    expect(after.failed).toEqual([]);
    expect(ids(after)).toEqual(ids(all));
    expect(unsized.rounds[0]).toHaveLength(1);
    expect(unsized.rounds[0][0].url).not.toContain('filter');
    // The first page's link is not followed: its rest comes in parts (and a part's own next page, if any).
    unsized.rounds.slice(1).forEach(round => round.forEach(r => expect(decodeURIComponent(r.url)).toMatch(/\$filter=userPrincipalName/)));
    // Link after link would be five rounds.
    expect(unsized.rounds.length).toBeLessThan(5);
  });
});

import type { GraphBatchRequest, GraphBatchResponse } from './graphBatch';
import { groupSizeRequests, groupSizesOf, readGroupMembers } from './groupMembers';

/**
 * A directory that answers transitiveMembers/microsoft.graph.user as Graph's contract says (emulator/CONTRACT.md 20a):
 * `$top` a page, `@odata.nextLink` for the rest, a `$filter` of userPrincipalName ranges (ge / le, joined by and).
 * It compares ordinally, case and all, a collation other than the local tenant's, which the parts must not depend on.
 */
function directory(groups: Record<string, string[]>, failing: (url: string) => number | null = () => null) {
  const rounds: GraphBatchRequest[][] = [];
  const send = async (requests: GraphBatchRequest[]): Promise<Record<string, GraphBatchResponse>> => {
    rounds.push(requests);
    const out: Record<string, GraphBatchResponse> = {};
    for (const r of requests) {
      const status = failing(r.url);
      if (status !== null) {
        out[r.id] = { id: r.id, status, headers: {}, body: { error: { code: 'x' } } };
        continue;
      }
      const url = new URL(`https://graph.microsoft.com/v1.0${r.url}`);
      const group = /\/groups\/([^/]+)\//.exec(url.pathname)![1];
      const filter = url.searchParams.get('$filter');
      const clauses = filter ? filter.split(' and ').map(c => /^userPrincipalName (ge|le) '([^']*)'$/.exec(c)!) : [];
      const matches = groups[group].filter(upn => clauses.every(([, op, b]) => op === 'ge' ? upn >= b : upn <= b));
      const top = Number(url.searchParams.get('$top'));
      const skip = Number(url.searchParams.get('$skiptoken') || 0);
      const body: Record<string, unknown> = {
        '@odata.count': matches.length,
        value: matches.slice(skip, skip + top).map(upn => ({ id: `id-${upn}`, displayName: upn, userPrincipalName: upn, mail: upn, department: 'X' }))
      };
      if (skip + top < matches.length) {
        url.searchParams.set('$skiptoken', String(skip + top));
        body['@odata.nextLink'] = url.toString();
      }
      out[r.id] = { id: r.id, status: 200, headers: {}, body };
    }
    return out;
  };
  return { send, rounds };
}

const first = ['Anna', 'anna', 'Björn', 'cecilia', 'David', 'erik', 'Fatima', 'gustav', 'Hanna', 'ida', 'johan', 'Karin', 'lars', 'maria', 'Nils',
  'olof', 'per', 'Rut', 'sara', 'Tove', 'ulf', 'Viktor', 'william', 'yusuf', 'zara', 'åsa', 'östen', '0x', '_svc'];
const BIG = Array.from({ length: 600 }, (_, i) => `${first[i % first.length]}.${i}@vetlanda.se`);
const SMALL = BIG.slice(0, 30);

describe('reading groups\' people', () => {
  it('reads a group of known size in parts, all in the first round, and finds each person exactly once', async () => {
    const { send, rounds } = directory({ big: BIG, small: SMALL });
    const read = await readGroupMembers(send, ['big', 'small'], { sizes: { big: BIG.length, small: SMALL.length }, paging: { partTarget: 100, pageSize: 200 } });
    expect(read.failed).toEqual([]);
    expect(read.members.big.map(m => m.userPrincipalName).sort()).toEqual(BIG.slice().sort());
    expect(read.members.small.map(m => m.userPrincipalName).sort()).toEqual(SMALL.slice().sort());
    expect(rounds[0].filter(r => r.url.indexOf('/groups/big/') === 0)).toHaveLength(6);
    expect(rounds[0].filter(r => r.url.indexOf('/groups/small/') === 0 && r.url.indexOf('$filter') < 0)).toHaveLength(1);
    rounds[0].forEach(r => expect(r.headers).toEqual({ ConsistencyLevel: 'eventual' }));
  });

  it('pages on by its link where a part is larger than a page, still finding each person once', async () => {
    const { send, rounds } = directory({ big: BIG });
    const read = await readGroupMembers(send, ['big'], { sizes: { big: BIG.length }, paging: { partTarget: 300, pageSize: 50 } });
    expect(read.members.big.map(m => m.userPrincipalName).sort()).toEqual(BIG.slice().sort());
    expect(rounds.length).toBeGreaterThan(1);
    // The rounds after the first are the parts' next pages, each still within its part.
    expect(rounds[1].every(r => /\$skiptoken=.*\$filter=|\$filter=.*\$skiptoken=/.test(decodeURIComponent(r.url)))).toBe(true);
  });

  it('reads a group of unknown size with one page left by its link, as before', async () => {
    const { send, rounds } = directory({ big: BIG });
    const read = await readGroupMembers(send, ['big'], { paging: { partTarget: 100, pageSize: 300 } });
    expect(read.members.big).toHaveLength(BIG.length);
    expect(rounds.map(r => r.length)).toEqual([1, 1]);
    expect(rounds[0][0].url).not.toContain('filter');
    expect(decodeURIComponent(rounds[1][0].url)).not.toContain('$filter');
  });

  it('reads the rest of a group of unknown size in parts in the second round when its first page says two pages or more are left', async () => {
    const { send, rounds } = directory({ big: BIG, small: SMALL });
    const read = await readGroupMembers(send, ['big', 'small'], { paging: { partTarget: 100, pageSize: 200 } });
    expect(read.failed).toEqual([]);
    // Each person once, though the first page's people come again in the parts.
    expect(read.members.big.map(m => m.userPrincipalName).sort()).toEqual(BIG.slice().sort());
    expect(read.members.small).toHaveLength(SMALL.length);
    expect(rounds[0].map(r => r.url.indexOf('$filter') < 0)).toEqual([true, true]);
    expect(rounds[1]).toHaveLength(6);
    rounds[1].forEach(r => expect(r.url).toContain('/groups/big/'));
    // The first page's link is never followed: every later read is a part, or a part's next page (this directory
    // compares case and all, so the capitalised names crowd the first part, which pages on).
    rounds.slice(1).forEach(round => round.forEach(r => expect(decodeURIComponent(r.url)).toMatch(/\$filter=userPrincipalName/)));
  });

  it('reports a group failed, once, when one of its parts fails, and leaves the other groups whole', async () => {
    const { send } = directory({ big: BIG, small: SMALL }, url => url.indexOf('/groups/big/') === 0 && decodeURIComponent(url).indexOf("userPrincipalName ge '") > 0 ? 503 : null);
    const read = await readGroupMembers(send, ['big', 'small'], { sizes: { big: BIG.length }, paging: { partTarget: 100, pageSize: 200 } });
    expect(read.failed).toEqual([{ groupId: 'big', status: 503 }]);
    expect(read.members.small).toHaveLength(SMALL.length);
  });

  it('asks sizes as counts of users with ConsistencyLevel: eventual, and keeps only the counts that came', () => {
    const requests = groupSizeRequests(['a', 'b', 'c'], 'size');
    expect(requests.map(r => r.url)).toEqual(['/groups/a/transitiveMembers/microsoft.graph.user/$count', '/groups/b/transitiveMembers/microsoft.graph.user/$count',
      '/groups/c/transitiveMembers/microsoft.graph.user/$count']);
    requests.forEach(r => expect(r.headers).toEqual({ ConsistencyLevel: 'eventual' }));
    const answer = (id: string, status: number, body: unknown): GraphBatchResponse => ({ id, status, headers: {}, body });
    expect(groupSizesOf(['a', 'b', 'c'], 'size', { size1: answer('size1', 200, '4084'), size2: answer('size2', 200, 12), size3: answer('size3', 429, '7') }))
      .toEqual({ a: 4084, b: 12 });
    expect(groupSizesOf(['a'], 'size', { size1: answer('size1', 200, 'not a number') })).toEqual({});
  });
});

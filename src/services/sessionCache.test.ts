import { MemoryStorage, SessionCache, StorageLike, userCacheKey } from './sessionCache';

describe('SessionCache', () => {
  it('returns what was stored until it expires', () => {
    let now = 1000;
    const cache = new SessionCache(new MemoryStorage(), () => now);
    cache.set('k', { a: 1 }, 500);
    expect(cache.get('k')).toEqual({ a: 1 });
    now = 1501;
    expect(cache.get('k')).toBeUndefined();
  });

  it('loads once for concurrent callers and caches the result, but not a failure', async () => {
    const cache = new SessionCache(new MemoryStorage());
    let loads = 0;
    const load = async (): Promise<number> => ++loads;
    const [a, b] = await Promise.all([cache.getOrLoad('k', 1000, load), cache.getOrLoad('k', 1000, load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    expect(await cache.getOrLoad('k', 1000, load)).toBe(1);
    await expect(cache.getOrLoad('bad', 1000, () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await cache.getOrLoad('bad', 1000, async () => 'ok')).toBe('ok');
  });

  it('shares a load in flight between caches over the same storage (web parts on one page)', async () => {
    const storage = new MemoryStorage();
    let loads = 0;
    const load = async (): Promise<number> => ++loads;
    await Promise.all([new SessionCache(storage).getOrLoad('k', 1000, load), new SessionCache(storage).getOrLoad('k', 1000, load)]);
    await new SessionCache(new MemoryStorage()).getOrLoad('k', 1000, load);
    expect(loads).toBe(2);
  });

  it('works without a storage that cooperates', async () => {
    const broken: StorageLike = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); }
    };
    const cache = new SessionCache(broken);
    cache.set('k', 1, 1000);
    expect(cache.get('k')).toBeUndefined();
    expect(await cache.getOrLoad('k', 1000, async () => 2)).toBe(2);
  });

  it('reads a returning user\'s entry from the returning storage when the session has none, until it expires', () => {
    let now = 1000;
    const returning = new MemoryStorage();
    const first = new SessionCache(new MemoryStorage(), () => now, returning);
    first.set('kept', 'k', 100, 10000);
    first.set('session-only', 's', 100);
    const next = new SessionCache(new MemoryStorage(), () => now, returning);
    expect(next.get('kept')).toBe('k');
    expect(next.get('session-only')).toBeUndefined();
    now += 10001;
    expect(next.get('kept')).toBeUndefined();
    expect(returning.getItem('samverka:v1:kept')).toBeNull();
  });

  it('drops unreadable entries', () => {
    const storage = new MemoryStorage();
    storage.setItem('samverka:v1:k', '{not json');
    expect(new SessionCache(storage).get('k')).toBeUndefined();
    expect(storage.getItem('samverka:v1:k')).toBeNull();
  });

  it('keys users without keeping their identifiers verbatim', () => {
    expect(userCacheKey('local:anna')).toBe(userCacheKey('local:anna'));
    expect(userCacheKey('local:anna')).not.toBe(userCacheKey('local:erik'));
    expect(userCacheKey('local:anna')).not.toContain('anna');
  });
});

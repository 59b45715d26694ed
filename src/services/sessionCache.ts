/** The part of the Web Storage API the cache needs (sessionStorage, or a stand-in). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'samverka:v1:';

/**
 * A small cache over session storage for what the page needs once per session: the user's
 * profile and groups (personal data: keyed by user, gone when the tab closes) and the
 * tenant configuration. A storage that refuses (quota, privacy settings, sandboxed
 * frames in Teams) degrades to no cache rather than to an error.
 */
export class SessionCache {
  private readonly storage: StorageLike;
  private readonly now: () => number;
  private readonly loading: Record<string, Promise<unknown>>;
  private readonly returning: StorageLike | undefined;

  /**
   * `returning`: a storage that outlives the session (localStorage), for what a returning user
   * may find there until it expires (getOrLoad's `returningTtlMs`): their groups, the configuration.
   */
  public constructor(storage: StorageLike, now: () => number = () => Date.now(), returning?: StorageLike) {
    this.storage = storage;
    this.now = now;
    this.loading = loadsInFlight(storage);
    this.returning = returning;
  }

  public get<T>(key: string): T | undefined {
    const inSession = this.read<T>(this.storage, key);
    if (inSession !== undefined || !this.returning) {
      return inSession;
    }
    return this.read<T>(this.returning, key);
  }

  /** `returningTtlMs`: also kept in the returning storage, for that long. */
  public set<T>(key: string, value: T, ttlMs: number, returningTtlMs?: number): void {
    this.write(this.storage, key, value, ttlMs);
    if (this.returning && returningTtlMs !== undefined && returningTtlMs > 0) {
      this.write(this.returning, key, value, returningTtlMs);
    }
  }

  public remove(key: string): void {
    for (const storage of this.returning ? [this.storage, this.returning] : [this.storage]) {
      try {
        storage.removeItem(PREFIX + key);
      } catch {
        // nothing to do
      }
    }
  }

  private read<T>(storage: StorageLike, key: string): T | undefined {
    let raw: string | null;
    try {
      raw = storage.getItem(PREFIX + key);
    } catch {
      return undefined;
    }
    if (raw === null) {
      return undefined;
    }
    try {
      const entry = JSON.parse(raw) as { expires: number; value: T };
      if (typeof entry.expires === 'number' && entry.expires > this.now()) {
        return entry.value;
      }
    } catch {
      // unreadable entry: treat as absent and drop it below
    }
    try {
      storage.removeItem(PREFIX + key);
    } catch {
      // nothing to do
    }
    return undefined;
  }

  private write<T>(storage: StorageLike, key: string, value: T, ttlMs: number): void {
    try {
      storage.setItem(PREFIX + key, JSON.stringify({ expires: this.now() + ttlMs, value }));
    } catch {
      // a full or blocked storage only costs a request next time
    }
  }

  /** The cached value, or the load of it that is under way (by any service on this storage); else undefined. */
  public peek<T>(key: string): T | Promise<T> | undefined {
    const cached = this.get<T>(key);
    return cached !== undefined ? cached : this.loading[key] as Promise<T> | undefined;
  }

  /** The cached value, or the loaded one (then cached). Concurrent callers share one load. */
  public async getOrLoad<T>(key: string, ttlMs: number, load: () => Promise<T>, returningTtlMs?: number): Promise<T> {
    const cached = this.get<T>(key);
    if (cached !== undefined) {
      return cached;
    }
    const running = this.loading[key] as Promise<T> | undefined;
    if (running) {
      return running;
    }
    const promise = load().then(
      value => {
        delete this.loading[key];
        this.set(key, value, ttlMs, returningTtlMs);
        return value;
      },
      error => {
        delete this.loading[key];
        throw error;
      }
    );
    this.loading[key] = promise;
    return promise;
  }
}

export class MemoryStorage implements StorageLike {
  private readonly items: Record<string, string> = {};

  public getItem(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.items, key) ? this.items[key] : null;
  }

  public setItem(key: string, value: string): void {
    this.items[key] = value;
  }

  public removeItem(key: string): void {
    delete this.items[key];
  }
}

/**
 * Loads in flight per storage: web parts on one page each build their services, and two of
 * them asking for the user's groups at once should cause one request, not two.
 */
const inFlight = new WeakMap<StorageLike, Record<string, Promise<unknown>>>();

function loadsInFlight(storage: StorageLike): Record<string, Promise<unknown>> {
  let loads = inFlight.get(storage);
  if (!loads) {
    loads = {};
    inFlight.set(storage, loads);
  }
  return loads;
}

/** Session storage of the browser when there is one and it may be used; otherwise memory. */
export function defaultSessionStorage(): StorageLike {
  try {
    if (typeof window !== 'undefined' && window.sessionStorage) {
      const probe = `${PREFIX}probe`;
      window.sessionStorage.setItem(probe, '1');
      window.sessionStorage.removeItem(probe);
      return window.sessionStorage;
    }
  } catch {
    // blocked (for example third-party storage in a Teams frame): fall through
  }
  return new MemoryStorage();
}

/** The browser's localStorage when it may be used (a returning user's cache); otherwise none. */
export function defaultReturningStorage(): StorageLike | undefined {
  try {
    if (typeof window !== 'undefined' && window.localStorage) {
      const probe = `${PREFIX}probe`;
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      return window.localStorage;
    }
  } catch {
    // blocked (third-party storage in a Teams frame, privacy settings): no returning cache
  }
  return undefined;
}

/** A short, stable key for a user identifier (FNV-1a), so storage keys do not carry tokens or names verbatim. */
export function userCacheKey(identity: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < identity.length; i++) {
    hash ^= identity.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

import { encodePath, spGet } from '@pnp/sp';
import type { TenantConfig } from '../core/municipality';
import { TENANT_CONFIG_KEY } from '../core/municipality';
import type { ITenantConfigService } from '../core/ports';
import { createTenantConfigError, parseTenantConfig } from '../core/tenantConfig';
import type { SessionCache } from './sessionCache';
import type { SamverkaSp } from './spClient';

export interface TenantConfigServiceDeps {
  /** The tenant root web: tenant properties (storage entities) are read there. */
  rootSp: SamverkaSp;
  cache: SessionCache;
  ttlMs: number;
  /** How long a returning user finds it in the cache's returning storage (none when absent). */
  returningTtlMs?: number;
  /** Cache key scope: the tenant, so two tenants in one browser do not mix. */
  tenantKey: string;
}

/** The tenant configuration from the tenant property Samverka.TenantConfig, once per session. */
export class TenantConfigService implements ITenantConfigService {
  private readonly deps: TenantConfigServiceDeps;

  public constructor(deps: TenantConfigServiceDeps) {
    this.deps = deps;
  }

  public async getConfig(): Promise<TenantConfig> {
    const { cache, ttlMs, tenantKey } = this.deps;
    // The JSON text is cached (only once it has proved valid) and parsed again on each read.
    const json = await cache.getOrLoad(`tenant:${tenantKey}:config`, ttlMs, () => this.load(), this.deps.returningTtlMs);
    return parseTenantConfig(json);
  }

  private async load(): Promise<string> {
    // As PnPjs' web.getStorageEntity asks it, without downloading its web module for this one read.
    const entity = await spGet(this.deps.rootSp.at(`_api/web/getStorageEntity('${encodePath(TENANT_CONFIG_KEY)}')`));
    const value = entity ? (entity as { Value?: unknown }).Value : undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      throw createTenantConfigError('missing', []);
    }
    parseTenantConfig(value);
    return value;
  }
}

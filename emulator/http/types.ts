import type { TenantStore } from '../db/tenant-store.ts';
import type { UserRecord } from '../db/records.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { FaultInjector } from './faults.ts';
import type { InnerRequestEntry, RequestLog } from './request-log.ts';

/** A request as the handlers see it: the same for a socket request and a request inside a $batch. */
export interface EmulatorRequest {
  method: string;
  /** Absolute URL; its origin is the tenant's host as the client addressed it. */
  url: URL;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  body: string;
  /** The body's bytes, for binary uploads (absent inside a $batch). */
  rawBody?: Buffer;
  /** Set for a request that came inside a $batch (it is logged with its batch). */
  inner?: boolean;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
  /** For the request log: who called, and the requests a $batch carried. */
  log?: { caller?: string; inner?: InnerRequestEntry[] };
}

/** Which API a path belongs to: decides the error shape and whether a token is needed. */
export type ApiFamily = 'sharepoint' | 'graph' | 'asset' | 'admin' | 'other';

export interface Tenant {
  store: TenantStore;
  search: SearchIndex;
  faults: FaultInjector;
  requests: RequestLog;
  seed: number;
  news: number;
  /** Runs a request through faults, authentication and routing (used again by the $batch handlers). */
  dispatch(request: EmulatorRequest): Promise<EmulatorResponse>;
}

export interface Caller {
  user: UserRecord;
  /** The user's id and transitive group ids. */
  principals: ReadonlySet<string>;
}

import type { ApiFamily } from './types.ts';

/**
 * What the tenant was asked, for tests and the benchmark that count round trips
 * (GET /_emulator/requests). Requests inside a $batch are listed under their batch, so one
 * entry is one round trip.
 */
export interface InnerRequestEntry {
  method: string;
  path: string;
  status: number;
}

export interface RequestEntry {
  time: string;
  method: string;
  /** Path and query string as sent. */
  path: string;
  status: number;
  durationMs: number;
  /** The answer's body, in bytes (what the benchmark sums per page). */
  bytes?: number;
  family: ApiFamily;
  /** Persona key or user principal name of the caller, when known. */
  caller?: string;
  inner?: InnerRequestEntry[];
}

const MAX_ENTRIES = 20_000;

export class RequestLog {
  private entries: RequestEntry[] = [];

  add(entry: RequestEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(): readonly RequestEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}

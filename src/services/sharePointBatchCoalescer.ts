import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import { afterThisTask } from './graphBatchCoalescer';
import type { Schedule } from './graphBatchCoalescer';

/**
 * SharePoint reads of one web that the parts of a web part ask for at the same moment go out
 * as one `$batch` (a batch addresses one web). A read asked alone goes as it would without this.
 */
export class SharePointBatchCoalescer {
  private readonly sp: (sitePath: string) => SPFI;
  private readonly schedule: Schedule;
  private waiting: Record<string, Array<{ read: (sp: SPFI) => Promise<unknown>; resolve(value: unknown): void; reject(error: unknown): void }>> = {};

  public constructor(sp: (sitePath: string) => SPFI, schedule: Schedule = afterThisTask) {
    this.sp = sp;
    this.schedule = schedule;
  }

  /** `read` must send its request when called (not after an await): that is when a batch takes it. */
  public read<T>(sitePath: string, read: (sp: SPFI) => Promise<T>): Promise<T> {
    const key = sitePath.toLowerCase();
    return new Promise<T>((resolve, reject) => {
      const list = this.waiting[key] || (this.waiting[key] = []);
      list.push({ read, resolve: resolve as (value: unknown) => void, reject });
      if (list.length === 1) {
        this.schedule(() => this.flush(sitePath, key));
      }
    });
  }

  private flush(sitePath: string, key: string): void {
    const reads = this.waiting[key] || [];
    delete this.waiting[key];
    if (reads.length === 1) {
      reads[0].read(this.sp(sitePath)).then(reads[0].resolve, reads[0].reject);
      return;
    }
    const [batched, execute] = this.sp(sitePath).batched();
    reads.forEach(r => { r.read(batched).then(r.resolve, r.reject); });
    // When the batch itself fails, PnPjs leaves its reads unanswered: they fail with it (a read
    // that was answered already keeps its answer).
    execute().catch(error => reads.forEach(r => r.reject(error)));
  }
}

const bySp = new WeakMap<(sitePath: string) => SPFI, SharePointBatchCoalescer>();

/** The coalescer of a set of SharePoint clients (the base's `sp`, src/wiring/base.ts), shared by the services on them. */
export function sharePointBatchOf(sp: (sitePath: string) => SPFI): SharePointBatchCoalescer {
  let batch = bySp.get(sp);
  if (!batch) {
    batch = new SharePointBatchCoalescer(sp);
    bySp.set(sp, batch);
  }
  return batch;
}

import type { SPFI } from '@pnp/sp';
import { SharePointBatchCoalescer } from './sharePointBatchCoalescer';

/**
 * A stand-in for the base's `sp` (src/wiring/base.ts): each site's client reads `name` back, and its batched
 * client records what was read through it and what the batch then sent.
 */
function sites(options: { batchFails?: boolean } = {}) {
  const sent: string[] = [];
  const client = (site: string, batch?: { reads: string[] }): SPFI => ({
    read: (name: string) => {
      if (batch) {
        batch.reads.push(name);
        return new Promise(resolve => { (client as unknown as { pending: Array<() => void> }).pending.push(() => resolve(`${site}:${name}`)); });
      }
      sent.push(`${site} ${name}`);
      return Promise.resolve(`${site}:${name}`);
    },
    batched: () => {
      const state = { reads: [] as string[] };
      const batched = client(site, state);
      const execute = async (): Promise<void> => {
        sent.push(`${site} $batch(${state.reads.join(', ')})`);
        if (options.batchFails) {
          throw Object.assign(new Error('batch failed'), { status: 503 });
        }
        const answers = (client as unknown as { pending: Array<() => void> }).pending.splice(0);
        answers.forEach(answer => answer());
      };
      return [batched, execute];
    }
  }) as unknown as SPFI;
  (client as unknown as { pending: Array<() => void> }).pending = [];
  return { sp: (site: string) => client(site), sent };
}

const read = (name: string) => (sp: SPFI): Promise<string> => (sp as unknown as { read(n: string): Promise<string> }).read(name);

describe('SharePointBatchCoalescer', () => {
  it('sends reads of one web asked at the same moment as one $batch', async () => {
    const tenant = sites();
    const batch = new SharePointBatchCoalescer(tenant.sp);
    const answers = await Promise.all([batch.read('/sites/vetlanda', read('news')), batch.read('/sites/Vetlanda', read('copies'))]);
    expect(answers).toEqual(['/sites/vetlanda:news', '/sites/vetlanda:copies']);
    expect(tenant.sent).toEqual(['/sites/vetlanda $batch(news, copies)']);
  });

  it('reads alone what is asked alone, and each web on its own (a batch addresses one web)', async () => {
    const tenant = sites();
    const batch = new SharePointBatchCoalescer(tenant.sp);
    await Promise.all([batch.read('/sites/eksjo', read('news')), batch.read('/sites/savsjo', read('news'))]);
    expect(tenant.sent.sort()).toEqual(['/sites/eksjo news', '/sites/savsjo news']);
  });

  it('fails the reads of a batch that failed as a whole', async () => {
    const tenant = sites({ batchFails: true });
    const batch = new SharePointBatchCoalescer(tenant.sp);
    const results = await Promise.allSettled([batch.read('/sites/vetlanda', read('news')), batch.read('/sites/vetlanda', read('copies'))]);
    expect(results.map(r => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.status).toBe(503);
  });
});

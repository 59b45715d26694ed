import type { SPFI } from '@pnp/sp';
import { createFakeFetch, json, RecordedRequest } from '../../tests/support/fakeFetch';
import type { ITenantConfigService, IUserContextService } from '../core/ports';
import { createGraph } from './connection';
import { GraphBatchCoalescer } from './graphBatchCoalescer';
import { defaultRetryPolicy } from './retry';
import { photoUrlOf, SearchService } from './searchService';

const connection = { kind: 'local' as const, baseUrl: 'http://tenant.test', token: 'anna' };
const policy = defaultRetryPolicy({ sleep: async () => undefined, random: () => 0 });
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"/>';

/** Graph with a photo for "has-photo" only, answered in a batch as Graph does: base64 with its type. */
function graphTenant() {
  return createFakeFetch().on('POST', /\/v1\.0\/\$batch$/, (request: RecordedRequest) => json({
    responses: (request.body as { requests: Array<{ id: string; url: string }> }).requests.map(r => /has-photo/.test(r.url)
      ? { id: r.id, status: 200, headers: { 'Content-Type': 'image/svg+xml' }, body: Buffer.from(SVG).toString('base64') }
      : { id: r.id, status: 404, headers: { 'Content-Type': 'application/json' }, body: { error: { code: 'ImageNotFound' } } })
  }));
}

function searchService(fetch: ReturnType<typeof createFakeFetch>['fetch']): SearchService {
  const graph = createGraph(connection, policy, fetch);
  return new SearchService({
    graph, batch: new GraphBatchCoalescer(graph, policy), tenantUrl: 'http://tenant.test', now: () => new Date(),
    sp: (() => { throw new Error('no SharePoint here'); }) as (site: string) => SPFI,
    tenantConfig: {} as ITenantConfigService, userContext: {} as IUserContextService
  });
}

describe('photos of a page of people', () => {
  it('are asked in one Graph batch, and a missing photo gives none', async () => {
    const fake = graphTenant();
    const service = searchService(fake.fetch);
    const [found, missing] = await Promise.all([service.getPhotoUrl('has-photo'), service.getPhotoUrl('no-photo')]);
    expect(fake.requests).toHaveLength(1);
    expect((fake.requests[0].body as { requests: Array<{ method: string; url: string }> }).requests.map(r => `${r.method} ${r.url}`))
      .toEqual(['GET /users/has-photo/photo/$value', 'GET /users/no-photo/photo/$value']);
    expect(found).toMatch(/^blob:/);
    expect(await (await fetch(found!)).text()).toBe(SVG);
    expect(missing).toBeUndefined();
  });

  it('are asked once per person', async () => {
    const fake = graphTenant();
    const service = searchService(fake.fetch);
    await Promise.all([service.getPhotoUrl('has-photo'), service.getPhotoUrl('no-photo')]);
    await service.getPhotoUrl('has-photo');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('photoUrlOf', () => {
  it('reads an image only: not a failed answer, not another content type', () => {
    const body = Buffer.from(SVG).toString('base64');
    expect(photoUrlOf({ id: 'p', status: 200, headers: { 'content-type': 'image/svg+xml' }, body })).toMatch(/^blob:/);
    expect(photoUrlOf({ id: 'p', status: 404, headers: { 'content-type': 'image/svg+xml' }, body })).toBeUndefined();
    expect(photoUrlOf({ id: 'p', status: 200, headers: { 'content-type': 'text/html' }, body })).toBeUndefined();
    expect(photoUrlOf(undefined)).toBeUndefined();
  });
});

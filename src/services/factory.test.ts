import '@pnp/sp/webs';
import { createFakeFetch, json } from '../../tests/support/fakeFetch';
import type { SpfxContextLike } from './connection';
import { createServices } from './factory';
import { MemoryStorage } from './sessionCache';

describe('createServices', () => {
  it('connects to the local tenant with the persona token, Graph under its base URL', async () => {
    const fake = createFakeFetch()
      .on('GET', /^http:\/\/127\.0\.0\.1:4100\/sites\/eksjo\/_api\/web$/, json({ Title: 'Eksjö' }))
      .on('GET', /^http:\/\/127\.0\.0\.1:4100\/v1\.0\/me$/, json({ id: 'u' }));
    const services = createServices({ kind: 'local', baseUrl: 'http://127.0.0.1:4100/', token: 'erik' }, { fetch: fake.fetch, storage: new MemoryStorage() });
    expect(services.tenantUrl).toBe('http://127.0.0.1:4100');
    expect((await services.sp('/sites/eksjo/').web()).Title).toBe('Eksjö');
    expect(await services.graph.at('me')()).toEqual({ id: 'u' });
    fake.requests.forEach(r => expect(r.headers.authorization).toBe('Bearer erik'));
    expect(services.sp('/sites/eksjo')).toBe(services.sp('/SITES/EKSJO'));
  });

  it('connects from Node to a real tenant: SharePoint with one token, Microsoft Graph with its own', async () => {
    const fake = createFakeFetch()
      .on('GET', /^https:\/\/contoso\.sharepoint\.com\/_api\/web$/, json({ Title: 'Intranät' }))
      .on('GET', /^https:\/\/graph\.microsoft\.com\/v1\.0\/me$/, json({ id: 'u' }));
    const services = createServices({
      kind: 'local', baseUrl: 'https://contoso.sharepoint.com', token: 'sp-token', graphUrl: 'https://graph.microsoft.com/v1.0/', graphToken: 'graph-token'
    }, { fetch: fake.fetch, storage: new MemoryStorage() });
    expect((await services.sp('/').web()).Title).toBe('Intranät');
    expect(await services.graph.at('me')()).toEqual({ id: 'u' });
    expect(fake.requests.map(r => r.headers.authorization)).toEqual(['Bearer sp-token', 'Bearer graph-token']);
  });

  it('connects through the SPFx context in SharePoint: Graph at graph.microsoft.com with a token from SPFx', async () => {
    const resources: string[] = [];
    const context: SpfxContextLike = {
      pageContext: {
        web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/eksjo' },
        user: { loginName: 'anna.lindqvist@eksjo.se' },
        legacyPageContext: { formDigestValue: '0x1,28 Nov 2026 12:00:00 -0000', formDigestTimeoutSeconds: 1800 }
      },
      aadTokenProviderFactory: {
        getTokenProvider: async () => ({ getToken: async (resource: string) => { resources.push(resource); return 'spfx-token'; } })
      }
    };
    const fake = createFakeFetch()
      .on('GET', /^https:\/\/graph\.microsoft\.com\/v1\.0\/me$/, json({ id: 'u' }))
      .on('GET', /^https:\/\/contoso\.sharepoint\.com\/sites\/gemensamt\/_api\/web$/, json({ Title: 'Gemensamt' }));
    const services = createServices({ kind: 'spfx', context }, { fetch: fake.fetch, storage: new MemoryStorage() });
    expect(services.tenantUrl).toBe('https://contoso.sharepoint.com');
    expect(await services.graph.at('me')()).toEqual({ id: 'u' });
    expect(fake.requests[0].headers.authorization).toBe('Bearer spfx-token');
    expect(resources).toEqual(['https://graph.microsoft.com']);
    expect((await services.sp('/sites/gemensamt').web()).Title).toBe('Gemensamt');
    // SharePoint in SPFx is called with the session cookie, not a token.
    expect(fake.requests[1].headers.authorization).toBeUndefined();
  });

  it('retries with the policy it was given', async () => {
    const slept: number[] = [];
    const fake = createFakeFetch()
      .on('GET', /\/_api\/web$/, json({}, 503, { 'Retry-After': '1' }), 2)
      .on('GET', /\/_api\/web$/, json({ Title: 'ok' }));
    const services = createServices({ kind: 'local', baseUrl: 'http://t', token: 'a' }, { fetch: fake.fetch, storage: new MemoryStorage(), retry: { sleep: async ms => { slept.push(ms); } } });
    expect((await services.sp('/').web()).Title).toBe('ok');
    expect(slept).toEqual([1000, 1000]);
  });
});

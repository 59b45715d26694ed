import '@pnp/sp/webs';
import { createFakeFetch, json } from '../../tests/support/fakeFetch';
import type { SpfxContextLike } from '../services/connection';
import { MemoryStorage } from '../services/sessionCache';
import { baseOf } from './base';
import * as contentHealth from './contentHealth';
import * as dashboard from './dashboard';
import * as naiveNews from '../../bench/naiveNews';
import * as news from './news';
import * as search from './search';

describe('baseOf', () => {
  it('connects to the local tenant with the persona token, Graph under its base URL', async () => {
    const fake = createFakeFetch()
      .on('GET', /^http:\/\/127\.0\.0\.1:4100\/sites\/eksjo\/_api\/web$/, json({ Title: 'Eksjö' }))
      .on('GET', /^http:\/\/127\.0\.0\.1:4100\/v1\.0\/me$/, json({ id: 'u' }));
    const services = baseOf({ kind: 'local', baseUrl: 'http://127.0.0.1:4100/', token: 'erik' }, { fetch: fake.fetch, storage: new MemoryStorage() });
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
    const services = baseOf({
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
    const services = baseOf({ kind: 'spfx', context }, { fetch: fake.fetch, storage: new MemoryStorage() });
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
    const services = baseOf({ kind: 'local', baseUrl: 'http://t', token: 'a' }, { fetch: fake.fetch, storage: new MemoryStorage(), retry: { sleep: async ms => { slept.push(ms); } } });
    expect((await services.sp('/').web()).Title).toBe('ok');
    expect(slept).toEqual([1000, 1000]);
  });

  it('is built once per page and user: web parts on one page share the clients, the session cache, the configuration and the user', () => {
    const anna = { kind: 'local' as const, baseUrl: 'http://t.example', token: 'anna' };
    const page = baseOf(anna);
    expect(baseOf({ ...anna })).toBe(page);
    const feed = news.wire({ ...anna });
    const minSida = dashboard.wire({ ...anna }).services;
    expect(feed.userContext).toBe(page.userContext);
    expect(minSida.userContext).toBe(page.userContext);
    expect(minSida.tenantConfig).toBe(page.tenantConfig);
    // Another person (a new sign-in) or another tenant: a base of their own.
    expect(baseOf({ ...anna, token: 'erik' })).not.toBe(page);
    expect(baseOf({ ...anna, baseUrl: 'http://other.example' })).not.toBe(page);
  });

  it('builds a base of their own for given options, shared by the wirings given the same options object', () => {
    const anna = { kind: 'local' as const, baseUrl: 'http://t.example', token: 'anna' };
    const options = { storage: new MemoryStorage() };
    const own = baseOf(anna, options);
    expect(own).not.toBe(baseOf(anna));
    expect(baseOf(anna, options)).toBe(own);
    expect(baseOf(anna, { storage: new MemoryStorage() })).not.toBe(own);
    expect(search.wire(anna, {}, options).services.tenantConfig).toBe(own.tenantConfig);
    // The tenant check gives each web part a storage of its own in its connection: a fresh session each.
    expect(baseOf({ ...anna, storage: new MemoryStorage() }, options)).not.toBe(own);
  });

  it('loads the editors\' must-read service on demand, on the same page', async () => {
    const anna = { kind: 'local' as const, baseUrl: 'http://t.example', token: 'anna' };
    const options = { storage: new MemoryStorage() };
    const wired = contentHealth.wire(anna, options);
    const report = await wired.loadMustReadReport();
    expect(typeof report.getOverview).toBe('function');
    expect(typeof report.remindByMail).toBe('function');
    // Targeted news, with the benchmark's baseline too, marks must-read news with the user's confirmations.
    expect(news.wire(anna, {}, options).readConfirmations).toBeDefined();
    expect(naiveNews.wire(anna, options).readConfirmations).toBeDefined();
  });

  it("knows the user's address when the host tells it: the page context, or the local connection", () => {
    expect(baseOf({ kind: 'local', baseUrl: 'http://t.example', token: 'sara', userMail: 'sara.nilsson@vetlanda.se' }).userMail).toBe('sara.nilsson@vetlanda.se');
    // A token is only a token: nothing is read out of it.
    expect(baseOf({ kind: 'local', baseUrl: 'http://t.example', token: 'upn:sara.nilsson@vetlanda.se' }).userMail).toBeUndefined();
    const context = {
      pageContext: { web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/eksjo' }, user: { loginName: 'i:0#.f|membership|anna@eksjo.se', email: 'anna@eksjo.se' } }
    } as unknown as SpfxContextLike;
    expect(baseOf({ kind: 'spfx', context }).userMail).toBe('anna@eksjo.se');
  });
});

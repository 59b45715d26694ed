import { errorText } from '../../src/components/common/commonStrings';
import * as strings from 'TargetedNewsWebPartStrings';
import { resolveNewsSources, siteLabel } from '../../src/components/news/newsSources';
import { checkTargetedNewsProperties } from '../../src/settings/targetedNews';
import { formatText } from '../../src/components/common/formatText';
import { EMPTY_SEARCH } from '../../src/core/search';
import * as naiveNews from '../../bench/naiveNews';
import { localPage, LocalPage } from '../support/localPage';
import * as searchWiring from '../../src/wiring/search';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * Web part properties that point at what the tenant no longer has (issue 8), through the real
 * services against the local tenant: a site no hub has any more, a site that answers 404 (deleted),
 * a guide connector that was removed. Each gives the reader the rest of the content and a Swedish
 * message, never an exception.
 */
jest.setTimeout(120000);

const NOW = new Date('2026-11-28T12:00:00Z');
let tenant: LocalTenant;

beforeAll(async () => {
  tenant = await startLocalTenant();
});

afterAll(async () => {
  if (tenant) {
    await tenant.stop();
  }
});

afterEach(async () => {
  await tenant.clearFaults();
});

function servicesFor(token: string): LocalPage {
  return localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage(), now: () => NOW });
}

describe('properties that point at what is gone', () => {
  it('sources with a site no hub has any more: skipped and named, the others read', async () => {
    const services = servicesFor('maria');
    const [config, user] = await Promise.all([services.tenantConfig.getConfig(), services.userContext.getCurrentUser()]);
    // As an old page saved them: one site removed from the organisation, one of the wrong type.
    const settings = checkTargetedNewsProperties({ sources: ['/sites/nedlagd', '/sites/savsjo', 42] }).values;
    const resolved = resolveNewsSources(config, user, settings.sources);
    expect(resolved.skipped).toEqual(['/sites/nedlagd']);
    expect(resolved.sources.map(s => s.sitePath)).toEqual(['/sites/savsjo']);
    const page = await services.news.getNews({ sitePaths: resolved.sources.map(s => s.sitePath), audienceGroupIds: user.groupIds, pageSize: 10 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every(i => i.sitePath.toLowerCase() === '/sites/savsjo')).toBe(true);
    expect(page.failures).toEqual([]);
  });

  it('a site of the configuration that answers 404 (deleted): its news are missing, with a message; the rest arrive', async () => {
    await tenant.addFaults([{ pattern: '/sites/savsjo/_api/', status: 404 }]);
    const services = servicesFor('maria');
    const user = await services.userContext.getCurrentUser();
    const config = await services.tenantConfig.getConfig();
    const page = await naiveNews.wire(services.connection, services.options).news.getNews({ sitePaths: ['/sites/savsjo', '/sites/gemensamt'], audienceGroupIds: user.groupIds, pageSize: 10 });
    expect(page.failures).toEqual([{ sitePath: '/sites/savsjo', code: 'notFound' }]);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every(i => i.sitePath.toLowerCase() === '/sites/gemensamt')).toBe(true);
    const message = formatText(strings.Feed.SourceFailed, siteLabel(config, '/sites/savsjo'), errorText(page.failures[0].code, strings.Feed.SourceErrors));
    expect(message).toMatch(/Sävsjö/);
    expect(message).toMatch(/Webbplatsen hittades inte\./);
  });

  it('a guide connector that was removed: the guides of the list still arrive, nothing throws', async () => {
    const { search } = searchWiring.wire({ kind: 'local', baseUrl: tenant.url, token: 'anna' }, { guideConnectionId: 'borttagen', pageSize: 10 }, { storage: new MemoryStorage() });
    const page = await search.search({ ...EMPTY_SEARCH, text: 'semester', vertical: 'guides' });
    // Graph answers a connection it does not know with no hits: only the list's guides.
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every(i => i.kind === 'guide' && i.source === 'list')).toBe(true);
    expect(page.failures).toEqual([]);
  });
});

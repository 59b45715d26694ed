import { ReuseError, ReuseLogEntry, ReusePage } from '../../src/core/reuse';
import type { IBorrowService } from '../../src/core/borrowPorts';
import * as reuse from '../../src/wiring/reuse';
import type { ReuseWiring } from '../../src/wiring/reuse';
import { localPage, LocalPage } from '../support/localPage';
import { MemoryStorage } from '../../src/services/sessionCache';
import { LocalTenant, startLocalTenant } from './localTenant';

/**
 * Sending news between municipalities through PnPjs against the local tenant: a news link
 * made once, an offer when the sender may not publish there, its answer, who then sees the
 * link in Targeted news and the record of every step.
 */
jest.setTimeout(120000);

const NOW = new Date('2026-11-28T12:00:00Z');
let tenant: LocalTenant;
let savsjoEditor: string;
let savsjoPages: ReusePage[];

function servicesFor(token: string): LocalPage {
  return localPage({ kind: 'local', baseUrl: tenant.url, token }, { storage: new MemoryStorage(), now: () => NOW });
}

function reuseFor(token: string): ReuseWiring['service'] {
  return ((reusePage: LocalPage) => reuse.wire(reusePage.connection, reusePage.options).service)(servicesFor(token));
}

async function rawJson(path: string, token: string): Promise<any> {
  const response = await fetch(`${tenant.url}${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  expect(response.status).toBe(200);
  return response.json();
}

async function post(path: string, body: unknown): Promise<any> {
  const response = await fetch(`${tenant.url}${path}`, {
    method: 'POST', headers: { Authorization: 'Bearer johan', Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body)
  });
  expect(response.status).toBe(201);
  return response.json();
}

/** An item of a hub's Site Pages changed as an editor there (johan, Vetlanda) changes it. */
async function merge(hubPath: string, id: number, fields: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${tenant.url}${hubPath}/_api/web/lists/getByTitle('Site%20Pages')/items(${id})`, {
    method: 'POST',
    headers: { Authorization: 'Bearer johan', Accept: 'application/json', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
    body: JSON.stringify(fields)
  });
  expect(response.status).toBe(204);
}

async function linksTo(hubPath: string, sourceUrl: string): Promise<any[]> {
  // _OriginalSourceUrl cannot be filtered on (a note column, the stricter reading): read the hub's pages and compare here.
  const body = await rawJson(`${hubPath}/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,Title,FileRef,PromotedState,OData__UIVersionString,OData__ModernAudienceTargetUserFieldId,OData__ModernAudienceAadObjectIds,OData__OriginalSourceUrl&$top=5000`, 'johan');
  return body.value.filter((item: any) => item.OData__OriginalSourceUrl === sourceUrl);
}

beforeAll(async () => {
  tenant = await startLocalTenant();
  // Sävsjö's news are written by its communicators: editors of the Sävsjö hub, not of Vetlanda's.
  const body = await rawJson("/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,Title,Description,FileRef,Author/EMail&$expand=Author&$filter=PromotedState eq 2&$top=6", 'maria');
  savsjoEditor = `upn:${body.value[0].Author.EMail}`;
  savsjoPages = body.value.map((raw: any) => ({ url: `${tenant.url}${encodeURI(raw.FileRef)}`, title: raw.Title, description: raw.Description || '' }));
});

afterAll(async () => {
  if (tenant) {
    await tenant.stop();
  }
});

describe('sending news to another municipality', () => {
  it('publishes one news link in the receiving hub, however often the page is sent', async () => {
    const johan = reuseFor('johan');
    const page = savsjoPages[0];
    const first = await johan.send(page, 'vetlanda', { kind: 'allStaff' });
    expect(first.outcome).toBe('published');
    expect(first.repostUrl).toMatch(/\/sites\/vetlanda\/SitePages\/.+\.aspx$/);
    const second = await johan.send(page, 'vetlanda', { kind: 'allStaff' });
    expect(second).toEqual({ outcome: 'alreadyPublished', repostUrl: first.repostUrl });

    const links = await linksTo('/sites/vetlanda', page.url);
    expect(links).toHaveLength(1);
    expect(links[0].PromotedState).toBe(2);
    const config = await servicesFor('johan').tenantConfig.getConfig();
    const vetlanda = config.municipalities.filter(m => m.id === 'vetlanda')[0];
    expect(links[0].OData__ModernAudienceAadObjectIds).toEqual([vetlanda.groups.allStaff]);

    // An editor in Vetlanda renames the link: the next send still finds it (by its key, not its title).
    await merge('/sites/vetlanda', links[0].Id, { Title: 'Från Sävsjö: läs mer' });
    expect(await johan.send(page, 'vetlanda', { kind: 'allStaff' })).toEqual({ outcome: 'alreadyPublished', repostUrl: first.repostUrl });
    expect(await linksTo('/sites/vetlanda', page.url)).toHaveLength(1);
  });

  it('finds a link made before links had a key by the page\'s title, and makes no second one', async () => {
    const page = savsjoPages[1];
    const made = await post('/sites/vetlanda/_api/sitepages/pages/reposts', { Title: page.title, Description: '', OriginalSourceUrl: page.url, ShouldSaveAsDraft: false });
    expect(made.Id).toBeGreaterThan(0);
    const result = await reuseFor('johan').send(page, 'vetlanda', { kind: 'allStaff' });
    expect(result.outcome).toBe('alreadyPublished');
    expect(result.repostUrl).toMatch(new RegExp(`/sites/vetlanda/SitePages/${made.FileName.replace('.', '\\.')}$`));
    expect(await linksTo('/sites/vetlanda', page.url)).toHaveLength(1);
  });

  it('refuses to send a page to its own municipality and to an empty audience', async () => {
    const johan = reuseFor('johan');
    await expect(johan.send(savsjoPages[1], 'savsjo', { kind: 'allStaff' })).rejects.toMatchObject({ code: 'sameMunicipality' });
    await expect(johan.send(savsjoPages[1], 'eksjo', { kind: 'groups', groupIds: [] })).rejects.toBeInstanceOf(ReuseError);
  });

  it('makes an offer when the editor may not publish there; accepting it publishes for the chosen audience', async () => {
    const sender = reuseFor(savsjoEditor);
    const page = savsjoPages[2];
    expect(await sender.canPublishIn('vetlanda')).toBe(false);
    expect(await sender.canPublishIn('savsjo')).toBe(true);

    const offered = await sender.send(page, 'vetlanda', { kind: 'allStaff' });
    expect(offered.outcome).toBe('offered');
    expect(await sender.send(page, 'vetlanda', { kind: 'allStaff' })).toEqual({ outcome: 'alreadyOffered', offerId: offered.offerId });
    expect(await linksTo('/sites/vetlanda', page.url)).toHaveLength(0);
    // The sender cannot answer an offer to Vetlanda: only its editors can.
    await expect(sender.accept(offered.offerId as number, { kind: 'allStaff' })).rejects.toMatchObject({ code: 'notAllowed' });

    const johan = reuseFor('johan');
    const waiting = (await johan.listOffers('vetlanda')).filter(o => o.id === offered.offerId)[0];
    expect(waiting).toMatchObject({ status: 'pending', title: page.title, fromMunicipalityId: 'savsjo', toMunicipalityId: 'vetlanda' });
    // The sender by name (the item's author), besides the address the offer stored.
    const senderUser = await servicesFor(savsjoEditor).userContext.getCurrentUser();
    expect(waiting.offeredBy).toBe(senderUser.mail);
    expect(waiting.offeredByName).toBe(senderUser.displayName);
    expect(waiting.offeredByName).not.toMatch(/@/);

    const config = await servicesFor('johan').tenantConfig.getConfig();
    const managers = config.municipalities.filter(m => m.id === 'vetlanda')[0].groups.managers;
    const accepted = await johan.accept(offered.offerId as number, { kind: 'groups', groupIds: [managers] });
    expect(accepted.outcome).toBe('published');
    const links = await linksTo('/sites/vetlanda', page.url);
    expect(links).toHaveLength(1);
    expect(links[0].OData__ModernAudienceAadObjectIds).toEqual([managers]);
    const answered = (await johan.listOffers('vetlanda')).filter(o => o.id === offered.offerId)[0];
    expect(answered).toMatchObject({ status: 'accepted', repostUrl: accepted.repostUrl });
    expect(answered.answeredBy).toMatch(/@/);
    await expect(johan.accept(offered.offerId as number, { kind: 'allStaff' })).rejects.toMatchObject({ code: 'notPending' });

    // Targeted news: Vetlanda's managers see the link, labelled as from Sävsjö; others do not.
    const asManagers = await servicesFor('johan').news.getNews({ sitePaths: ['/sites/vetlanda'], audienceGroupIds: [managers], pageSize: 50 });
    const item = asManagers.items.filter(i => i.title === page.title && i.sitePath === '/sites/vetlanda')[0];
    expect(item).toBeDefined();
    expect(item.originalMunicipalityId).toBe('savsjo');
    expect(item.originalUrl).toBe(page.url);
    // The editor's preview as Vetlanda's managers shows it; as all staff it does not.
    const previewManagers = await johan.previewFeed('vetlanda', { kind: 'groups', groupIds: [managers] });
    expect(previewManagers.filter(i => i.originalUrl === page.url).map(i => i.originalMunicipalityId)).toEqual(['savsjo']);
    const previewAll = await johan.previewFeed('vetlanda', { kind: 'allStaff' });
    expect(previewAll.length).toBeGreaterThan(0);
    expect(previewAll.some(i => i.originalUrl === page.url)).toBe(false);
    for (const token of ['sara', 'anna']) {
      const services = servicesFor(token);
      const user = await services.userContext.getCurrentUser();
      expect(user.groupIds).not.toContain(managers);
      const feed = await services.news.getNews({ sitePaths: ['/sites/vetlanda', '/sites/eksjo'], audienceGroupIds: user.groupIds, pageSize: 50 });
      expect(feed.items.some(i => i.originalUrl === page.url)).toBe(false);
    }
  });

  it('gives a news link with an audience to no one outside it: not in the hub\'s news of a reader, in that of a member', async () => {
    const johan = reuseFor('johan');
    const config = await servicesFor('johan').tenantConfig.getConfig();
    const managers = config.municipalities.filter(m => m.id === 'vetlanda')[0].groups.managers;
    const page = savsjoPages[4];
    await tenant.clearRequests();
    expect((await johan.send(page, 'vetlanda', { kind: 'groups', groupIds: [managers] })).outcome).toBe('published');
    // The draft and the group's principal in one $batch; the audience written and read back in the next; then publish.
    const log = (await tenant.requests()).filter(r => r.path.startsWith('/sites/vetlanda/'));
    const batches = log.filter(r => /\/_api\/\$batch$/.test(r.path));
    expect(batches.some(b => (b.inner || []).some(i => /sitepages\/pages\/reposts/i.test(i.path)) && (b.inner || []).some(i => /web\/ensureuser/i.test(i.path)))).toBe(true);
    expect(batches.some(b => (b.inner || []).some(i => i.method === 'MERGE') && (b.inner || []).some(i => i.method === 'GET' && /items\(\d+\)/.test(i.path)))).toBe(true);
    expect(log.filter(r => /web\/ensureuser|sitepages\/pages\/reposts/i.test(r.path))).toHaveLength(0);
    expect(log.filter(r => /sitepages\/pages\(\d+\)\/publish$/i.test(r.path))).toHaveLength(1);
    console.log(`a send with an audience: ${log.length} round trips to the receiving hub (${log.map(r => r.path.replace(/^\/sites\/vetlanda\/_api\//, '').replace(/\?.*$/, '')).join(', ')})`);
    // The audience is SharePoint's target user field (site principals), and the ids computed from it.
    const links = await linksTo('/sites/vetlanda', page.url);
    expect(links).toHaveLength(1);
    const link = links[0];
    expect(link.OData__UIVersionString).toBe('1.0');
    expect(link.OData__ModernAudienceTargetUserFieldId).toHaveLength(1);
    expect(link.OData__ModernAudienceAadObjectIds).toEqual([managers]);

    const members = await rawJson(`/v1.0/groups/${managers}/members?$select=id,userPrincipalName`, 'johan');
    const manager = members.value.filter((m: any) => typeof m.userPrincipalName === 'string')[0];
    expect(manager).toBeDefined();
    const seenBy = async (token: string): Promise<boolean> => {
      const services = servicesFor(token);
      const user = await services.userContext.getCurrentUser();
      const feed = await services.news.getNews({ sitePaths: ['/sites/vetlanda'], audienceGroupIds: user.groupIds, pageSize: 50 });
      return feed.items.some(i => i.originalUrl === page.url);
    };
    expect(await seenBy(`upn:${manager.userPrincipalName}`)).toBe(true);
    expect(await seenBy('sara')).toBe(false);
  });

  it('publishes nothing when the audience cannot be set, and says so', async () => {
    const johan = reuseFor('johan');
    const config = await servicesFor('johan').tenantConfig.getConfig();
    const managers = config.municipalities.filter(m => m.id === 'vetlanda')[0].groups.managers;
    const page = savsjoPages[5];
    await tenant.addFaults([{ pattern: 'web/ensureuser', status: 500 }]);
    try {
      await expect(johan.send(page, 'vetlanda', { kind: 'groups', groupIds: [managers] })).rejects.toMatchObject({ code: 'audienceFailed' });
    } finally {
      await tenant.clearFaults();
    }
    // No link: not for a reader outside the audience (REST, news), and the draft itself is gone.
    expect(await linksTo('/sites/vetlanda', page.url)).toHaveLength(0);
    const sara = servicesFor('sara');
    const user = await sara.userContext.getCurrentUser();
    const feed = await sara.news.getNews({ sitePaths: ['/sites/vetlanda'], audienceGroupIds: user.groupIds, pageSize: 50 });
    expect(feed.items.some(i => i.originalUrl === page.url)).toBe(false);
    // One failure in the record: who, what, to where, for whom, and why; nothing published.
    const failures = async (): Promise<ReuseLogEntry[]> => (await johan.getLog()).filter(e => e.action === 'sendFailed' && e.sourceUrl === page.url);
    const [failure] = await failures();
    expect(await failures()).toHaveLength(1);
    expect(failure).toMatchObject({ title: page.title, fromMunicipalityId: 'savsjo', toMunicipalityId: 'vetlanda', audienceIds: [managers], targetUrl: '', details: 'audienceFailed' });
    expect(failure.actor).toMatch(/^johan\./i);
    expect(failure.at).toBeTruthy();

    // A failure at the audience write itself: the same, and a second failure recorded.
    await tenant.addFaults([{ pattern: '/items\\(\\d+\\)$', method: 'MERGE', status: 500 }]);
    try {
      await expect(johan.send(page, 'vetlanda', { kind: 'groups', groupIds: [managers] })).rejects.toMatchObject({ code: 'audienceFailed' });
    } finally {
      await tenant.clearFaults();
    }
    expect(await linksTo('/sites/vetlanda', page.url)).toHaveLength(0);
    expect(await failures()).toHaveLength(2);

    // When the record cannot be written either, the editor still hears why the send failed.
    await tenant.addFaults([{ pattern: 'web/ensureuser', status: 500 }, { pattern: 'Samverkanslogg', method: 'POST', status: 503 }]);
    try {
      await expect(johan.send(page, 'vetlanda', { kind: 'groups', groupIds: [managers] })).rejects.toMatchObject({ code: 'audienceFailed' });
    } finally {
      await tenant.clearFaults();
    }
    expect(await linksTo('/sites/vetlanda', page.url)).toHaveLength(0);
    expect(await failures()).toHaveLength(2);

    // Once the tenant answers again, the same send publishes it for its audience.
    expect((await johan.send(page, 'vetlanda', { kind: 'groups', groupIds: [managers] })).outcome).toBe('published');
    expect((await linksTo('/sites/vetlanda', page.url))[0].OData__ModernAudienceAadObjectIds).toEqual([managers]);
  });

  it('declines an offer only with a reason', async () => {
    const sender = reuseFor(savsjoEditor);
    const offered = await sender.send(savsjoPages[3], 'vetlanda', { kind: 'allStaff' });
    const johan = reuseFor('johan');
    await expect(johan.decline(offered.offerId as number, '  ')).rejects.toMatchObject({ code: 'reasonRequired' });
    await johan.decline(offered.offerId as number, 'Gäller inte oss');
    const answered = (await johan.listOffers('vetlanda')).filter(o => o.id === offered.offerId)[0];
    expect(answered).toMatchObject({ status: 'declined', reason: 'Gäller inte oss' });
    expect(await linksTo('/sites/vetlanda', savsjoPages[3].url)).toHaveLength(0);
  });

  it('says how many people an audience reaches, per municipality, as the directory has it', async () => {
    const johan = reuseFor('johan');
    const all = await johan.audienceReach('vetlanda', { kind: 'allStaff' });
    const managers = await johan.audienceReach('vetlanda', { kind: 'groups', groupIds: [(await servicesFor('johan').tenantConfig.getConfig()).municipalities.filter(m => m.id === 'vetlanda')[0].groups.managers] });
    expect(all.total).toBeGreaterThan(50);
    expect(managers.total).toBeGreaterThan(0);
    expect(managers.total).toBeLessThan(all.total);
    const vetlanda = all.byMunicipality.filter(p => p.municipalityId === 'vetlanda')[0];
    expect(vetlanda.count).toBeGreaterThan(0);
    // Everyone counted has an address of some municipality; Maria (Sävsjö address) works in Vetlanda too.
    expect(all.byMunicipality.reduce((n, p) => n + p.count, 0)).toBe(all.total);
    expect(all.byMunicipality.map(p => p.municipalityId)).toContain('savsjo');
  });

  it('counts a person in two of the chosen groups once, reading the groups\' people in one round trip', async () => {
    const johan = reuseFor('johan');
    const vetlanda = (await servicesFor('johan').tenantConfig.getConfig()).municipalities.filter(m => m.id === 'vetlanda')[0];
    const idsOf = async (groupId: string): Promise<string[]> => {
      const response = await fetch(`${tenant.url}/v1.0/groups/${groupId}/transitiveMembers/microsoft.graph.user?$count=true&$select=id&$top=999`, {
        headers: { Authorization: 'Bearer johan', Accept: 'application/json', ConsistencyLevel: 'eventual' }
      });
      expect(response.status).toBe(200);
      return (await response.json()).value.map((u: { id: string }) => u.id);
    };
    const managerIds = await idsOf(vetlanda.groups.managers);
    const staffIds = await idsOf(vetlanda.groups.allStaff);
    const inBoth = managerIds.filter(id => staffIds.indexOf(id) >= 0);
    expect(inBoth.length).toBeGreaterThan(0);
    const everyone = new Set(managerIds.concat(staffIds));

    await tenant.clearRequests();
    const both = await johan.audienceReach('vetlanda', { kind: 'groups', groupIds: [vetlanda.groups.allStaff, vetlanda.groups.managers] });
    expect(both.total).toBe(everyone.size);
    expect(both.total).toBe(managerIds.length + staffIds.length - inBoth.length);
    expect(both.byMunicipality.reduce((n, p) => n + p.count, 0)).toBe(both.total);
    const trips = (await tenant.requests()).filter(r => /\$batch/.test(r.path));
    expect(trips).toHaveLength(1);
    expect(trips[0].inner!.map(r => decodeURIComponent(r.path))).toEqual([vetlanda.groups.allStaff, vetlanda.groups.managers].map(id =>
      expect.stringMatching(new RegExp(`/groups/${id}/transitiveMembers/microsoft\\.graph\\.user\\?\\$count=true&\\$select=id,mail,userPrincipalName&\\$top=999$`))));

    // One group alone is counted by Graph ($count): each of its people once, however many nested groups lead to them.
    await tenant.clearRequests();
    const staff = await johan.audienceReach('vetlanda', { kind: 'allStaff' });
    expect(staff.total).toBe(staffIds.length);
    expect((await tenant.requests()).flatMap(r => r.inner || []).map(r => decodeURIComponent(r.path)).every(path => /\/\$count(\?|$)/.test(path))).toBe(true);
  });

  it('counts a person of a shared service once on a page for every municipality (the shared site\'s readers)', async () => {
    const johan = reuseFor('johan');
    const config = await servicesFor('johan').tenantConfig.getConfig();
    const pages = await rawJson("/sites/gemensamt/_api/web/lists/getByTitle('Site%20Pages')/items?$select=FileRef,OData__ModernAudienceAadObjectIds&$filter=PromotedState eq 2&$top=200", 'johan');
    const open = pages.value.filter((p: any) => (p.OData__ModernAudienceAadObjectIds || []).length === 0)[0];
    const perRoot = await Promise.all(config.municipalities.map(async m => {
      const response = await fetch(`${tenant.url}/v1.0/groups/${m.groups.root}/transitiveMembers/microsoft.graph.user?$count=true&$select=id&$top=999`, {
        headers: { Authorization: 'Bearer johan', Accept: 'application/json', ConsistencyLevel: 'eventual' }
      });
      return (await response.json()).value.map((u: { id: string }) => u.id) as string[];
    }));
    const everyone = new Set(([] as string[]).concat(...perRoot));
    // Maria (Sävsjö's address) works in Vetlanda too: in two municipalities' groups.
    expect(everyone.size).toBeLessThan(perRoot.reduce((n, ids) => n + ids.length, 0));

    await tenant.clearRequests();
    const audience = await johan.pageAudience(`${tenant.url}${encodeURI(open.FileRef)}`);
    expect(audience.targeted).toBe(false);
    expect(audience.groups.map(g => g.id)).toEqual(config.municipalities.map(m => m.groups.root));
    expect(audience.reach.total).toBe(everyone.size);
    // The page's audience read from SharePoint, then one Graph round trip: the three groups' people and their names.
    const graphTrips = (await tenant.requests()).filter(r => /\$batch/.test(r.path) && (r.inner || []).some(i => /\/groups\//.test(i.path)));
    expect(graphTrips).toHaveLength(1);
    expect(graphTrips[0].inner).toHaveLength(2 * config.municipalities.length);
  });

  it('says who a news page reaches: its audiences by name, or everyone who reads the hub', async () => {
    const johan = reuseFor('johan');
    const config = await servicesFor('johan').tenantConfig.getConfig();
    const vetlanda = config.municipalities.filter(m => m.id === 'vetlanda')[0];
    const [link] = await linksTo('/sites/vetlanda', savsjoPages[2].url);
    await tenant.clearRequests();
    const targeted = await johan.pageAudience(`${tenant.url}${encodeURI(link.FileRef)}`);
    expect(targeted.targeted).toBe(true);
    expect(targeted.groups).toEqual([{ id: vetlanda.groups.managers, displayName: 'Vetlanda – chefer' }]);
    expect(targeted.reach).toEqual(await johan.audienceReach('vetlanda', { kind: 'groups', groupIds: [vetlanda.groups.managers] }));
    // Read from the audience as written (the target user field's principals and their claims), not from the computed ids.
    const reads = (await tenant.requests()).flatMap(r => [r, ...(r.inner || [])]).filter(r => /listItemAllFields/i.test(r.path)).map(r => decodeURIComponent(r.path));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/\$expand=OData__ModernAudienceTargetUserField(&|$)/);
    expect(reads[0]).toMatch(/OData__ModernAudienceTargetUserField\/Name/);
    expect(reads[0]).not.toMatch(/ModernAudienceAadObjectIds/);

    const pages = await rawJson("/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')/items?$select=FileRef,OData__ModernAudienceAadObjectIds&$filter=PromotedState eq 2&$top=200", 'johan');
    const open = pages.value.filter((p: any) => (p.OData__ModernAudienceAadObjectIds || []).length === 0)[0];
    const everyone = await johan.pageAudience(`${tenant.url}${encodeURI(open.FileRef)}`);
    expect(everyone.targeted).toBe(false);
    expect(everyone.groups.map(g => g.id)).toEqual([vetlanda.groups.root]);
    expect(everyone.reach.total).toBeGreaterThan((await johan.audienceReach('vetlanda', { kind: 'allStaff' })).total - 1);
    await expect(johan.pageAudience(`${tenant.url}/sites/vetlanda/SitePages/finns-inte.aspx`)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('records every send, offer and answer: who, what, from where, to where, when', async () => {
    const log = await reuseFor('johan').getLog();
    const actions = log.map(e => e.action).sort();
    // Three sends published; the two that failed at the audience published nothing and are recorded as failures
    // (a third failure came when the record itself could not be written).
    expect(actions).toEqual(['accepted', 'alreadyOffered', 'alreadySent', 'alreadySent', 'alreadySent', 'declined', 'offered', 'offered', 'sendFailed', 'sendFailed',
      'sent', 'sent', 'sent'].sort());
    const sent = log.filter(e => e.action === 'sent' && e.sourceUrl === savsjoPages[0].url)[0];
    expect(sent).toMatchObject({ fromMunicipalityId: 'savsjo', toMunicipalityId: 'vetlanda', sourceUrl: savsjoPages[0].url, title: savsjoPages[0].title });
    expect(sent.actor).toMatch(/^johan\./i);
    expect(sent.targetUrl).toMatch(/\/sites\/vetlanda\/SitePages\//);
    expect(sent.at).toBeTruthy();
    const offered = log.filter(e => e.action === 'offered');
    offered.forEach(e => expect(`upn:${e.actor}`.toLowerCase()).toBe(savsjoEditor.toLowerCase()));
    expect(log.filter(e => e.action === 'declined')[0].details).toBe('Gäller inte oss');
  });
});

describe('borrowing a page from another municipality', () => {
  function borrowFor(token: string): IBorrowService {
    return ((reusePage: LocalPage) => reuse.wire(reusePage.connection, reusePage.options).borrow)(servicesFor(token));
  }

  async function copyOf(hubPath: string, copyUrl: string): Promise<any> {
    const fileRef = decodeURI(copyUrl.slice(tenant.url.length));
    const body = await rawJson(`${hubPath}/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,Title,Description,CanvasContent1,PromotedState,SamverkaSourceUrl,SamverkaSourceMunicipality,SamverkaSourceModified,SamverkaCopiedBy,SamverkaCopiedAt&$filter=FileRef eq '${encodeURIComponent(fileRef)}'`, 'johan');
    expect(body.value).toHaveLength(1);
    return body.value[0];
  }

  async function sourceOf(page: ReusePage): Promise<any> {
    const fileRef = decodeURI(page.url.slice(tenant.url.length));
    const body = await rawJson(`/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,Title,Description,CanvasContent1,Modified&$filter=FileRef eq '${encodeURIComponent(fileRef)}'`, 'maria');
    return body.value[0];
  }

  async function editSource(page: ReusePage, fields: Record<string, unknown>): Promise<void> {
    const source = await sourceOf(page);
    const response = await fetch(`${tenant.url}/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items(${source.Id})`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${savsjoEditor}`, Accept: 'application/json', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: JSON.stringify(fields)
    });
    expect(response.status).toBe(204);
  }

  it('finds Sävsjö news in the browse, not Vetlanda\'s own', async () => {
    const found = await borrowFor('johan').browse('vetlanda', { municipalityIds: ['savsjo'], kind: 'news' });
    expect(found.length).toBeGreaterThan(0);
    found.forEach(c => {
      expect(c.municipalityId).toBe('savsjo');
      expect(c.kind).toBe('news');
    });
    const pages = await borrowFor('johan').browse('vetlanda', { municipalityIds: [], kind: 'page' });
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach(c => {
      expect(c.kind).toBe('page');
      expect(c.municipalityId).not.toBe('vetlanda');
    });
  });

  it('copies a Sävsjö page into Vetlanda with its provenance, once, and records it', async () => {
    const johan = borrowFor('johan');
    const page = savsjoPages[4];
    const preview = await johan.preview(page.url);
    expect(preview.title).toBe(page.title);
    // The page's canvas as stored, for the preview to render (sanitized) as readers see it.
    expect(preview.html).toMatch(/<p>/);
    expect(preview.text.length).toBeGreaterThan(0);
    expect(preview.html).toContain(preview.text.split(' ')[0]);
    const source = await sourceOf(page);
    const first = await johan.borrow(page.url, 'vetlanda');
    expect(first.outcome).toBe('borrowed');
    expect(first.copyUrl).toMatch(/\/sites\/vetlanda\/SitePages\/.+\.aspx$/);
    const copy = await copyOf('/sites/vetlanda', first.copyUrl);
    expect(copy).toMatchObject({
      Title: source.Title, CanvasContent1: source.CanvasContent1, PromotedState: 0,
      SamverkaSourceUrl: page.url, SamverkaSourceMunicipality: 'savsjo', SamverkaSourceModified: source.Modified
    });
    expect(copy.SamverkaCopiedBy).toMatch(/^johan\./i);
    expect(copy.SamverkaCopiedAt).toBeTruthy();
    expect(await johan.borrow(page.url, 'vetlanda')).toEqual({ outcome: 'alreadyBorrowed', copyUrl: first.copyUrl });
    expect(await johan.changedCopies('vetlanda')).toEqual([]);
    const log = (await reuseFor('johan').getLog()).filter(e => e.action === 'borrowed');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ fromMunicipalityId: 'savsjo', toMunicipalityId: 'vetlanda', sourceUrl: page.url, targetUrl: first.copyUrl });
  });

  it('lists a copy whose source changed since, and takes the source\'s new version', async () => {
    const johan = borrowFor('johan');
    const page = savsjoPages[4];
    await editSource(page, { Title: `${page.title} (uppdaterad)`, Description: 'Ny beskrivning', CanvasContent1: '<div><p>Nytt innehåll från Sävsjö</p></div>' });
    const changed = await johan.changedCopies('vetlanda');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ titleChanged: true, descriptionChanged: true, source: { title: `${page.title} (uppdaterad)`, description: 'Ny beskrivning' } });
    expect(changed[0].source.modifiedBy).toBeTruthy();
    await johan.takeSource('vetlanda', changed[0].copy.id);
    const copy = await copyOf('/sites/vetlanda', changed[0].copy.url);
    const source = await sourceOf(page);
    expect(copy).toMatchObject({ Title: source.Title, Description: source.Description, CanvasContent1: source.CanvasContent1, SamverkaSourceModified: source.Modified, SamverkaSourceUrl: page.url });
    expect(await johan.changedCopies('vetlanda')).toEqual([]);
  });

  it('keeps ours: no longer listed, content unchanged', async () => {
    const johan = borrowFor('johan');
    const page = savsjoPages[4];
    const [listed] = await Promise.all([johan.changedCopies('vetlanda')]);
    expect(listed).toEqual([]);
    const copyUrl = (await johan.borrow(page.url, 'vetlanda')).copyUrl;
    const before = await copyOf('/sites/vetlanda', copyUrl);
    // SharePoint's Modified is to the second: the second edit is a second after the first.
    await new Promise(resolve => setTimeout(resolve, 1100));
    await editSource(page, { Title: `${page.title} (igen)` });
    const changed = await johan.changedCopies('vetlanda');
    expect(changed.map(c => c.copy.id)).toEqual([before.Id]);
    await johan.keepOurs('vetlanda', before.Id);
    const after = await copyOf('/sites/vetlanda', copyUrl);
    expect(after).toMatchObject({ Title: before.Title, Description: before.Description, CanvasContent1: before.CanvasContent1, SamverkaSourceModified: (await sourceOf(page)).Modified });
    expect(await johan.changedCopies('vetlanda')).toEqual([]);
    const actions = (await reuseFor('johan').getLog()).map(e => e.action).filter(a => a === 'borrowed' || a === 'tookSource' || a === 'keptOurs').sort();
    expect(actions).toEqual(['borrowed', 'keptOurs', 'tookSource']);
  });

  it('a non-editor may not borrow: no copy, SharePoint answers 403 to the copy itself', async () => {
    await expect(borrowFor('sara').borrow(savsjoPages[5].url, 'vetlanda')).rejects.toMatchObject({ code: 'notAllowed' });
    await expect(borrowFor('sara').keepOurs('vetlanda', 1)).rejects.toMatchObject({ code: 'notAllowed' });
    const fileRef = decodeURI(savsjoPages[5].url.slice(tenant.url.length));
    const response = await fetch(`${tenant.url}/sites/vetlanda/_api/SP.MoveCopyUtil.CopyFileByPath(overwrite=@a1)?@a1=false`, {
      method: 'POST',
      headers: { Authorization: 'Bearer maria', Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ srcPath: { DecodedUrl: `${tenant.url}${fileRef}` }, destPath: { DecodedUrl: `${tenant.url}/sites/vetlanda/SitePages/maria.aspx` }, options: { KeepBoth: false } })
    });
    expect(response.status).toBe(403);
  });
});

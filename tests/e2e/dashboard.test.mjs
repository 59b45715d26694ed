// End to end: "Min sida" (the personal dashboard) in the workbench against the local tenant
// (seed 42) in Debian's Chromium. Expectations come from the tenant's own answers for the
// persona (calendar, documents, audiences), not from numbers copied into the test.
import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useStack, axeViolations, output } from './support.mjs';

const MAILS = { anna: 'anna.lindqvist@eksjo.se', erik: 'erik.johansson@eksjo.se', sara: 'sara.nilsson@vetlanda.se', maria: 'maria.berg@savsjo.se', johan: 'johan.ek@vetlanda.se' };

const stack = useStack({ seed: 42 });

beforeEach(async () => {
  await fetch(`${stack.tenant.url}/_emulator/faults`, { method: 'DELETE' });
});

// ---- The tenant's own answers ----

async function tenantCall(relative, token, init = {}) {
  const response = await fetch(new URL(relative, stack.tenant.url), {
    ...init,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers }
  });
  assert.ok(response.status < 300, `${relative} as ${token}: ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}

function stockholmDate(ms) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}

/** The persona's events of today and the next two days (the page's default), from the tenant in Swedish time. */
async function calendarOf(token) {
  // Midnight in Stockholm: an hour before or two before midnight UTC; ask a wide window and cut by local date.
  const today = stockholmDate(Date.now());
  const start = new Date(Date.parse(`${today}T00:00:00Z`) - 3 * 3600000).toISOString();
  const end = new Date(Date.parse(`${today}T00:00:00Z`) + 3 * 86400000).toISOString();
  const body = await tenantCall(`/v1.0/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=200&$select=subject,start,isAllDay`, token,
    { headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' } });
  const last = stockholmDate(Date.parse(`${today}T12:00:00Z`) + 2 * 86400000);
  return body.value.filter((e) => e.start.dateTime.slice(0, 10) >= today && e.start.dateTime.slice(0, 10) <= last).map((e) => e.subject);
}

/** The six newest documents the persona created, changed or had shared with them. */
async function documentsOf(token) {
  const mail = MAILS[token];
  const queryString = `IsDocument:true AND (AuthorOWSUSER:"${mail}" OR EditorOWSUSER:"${mail}" OR SharedWithUsersOWSUSER:"${mail}")`;
  const body = await tenantCall('/v1.0/search/query', token, {
    method: 'POST',
    body: JSON.stringify({ requests: [{ entityTypes: ['driveItem'], query: { queryString }, size: 6, sortProperties: [{ name: 'LastModifiedTime', isDescending: true }] }] })
  });
  return body.value[0].hitsContainers[0].hits.map((h) => h.resource.name);
}

/** Audiences of a news page by its URL, read over SharePoint REST. */
async function audiencesOf(url, token) {
  const { pathname } = new URL(url);
  const site = pathname.split('/SitePages/')[0];
  const file = decodeURIComponent(pathname).replace(/'/g, "''");
  const body = await tenantCall(`${site}/_api/web/lists/getByTitle('Site Pages')/items?$select=FileRef,OData__ModernAudienceAadObjectIds&$filter=FileRef eq '${encodeURIComponent(file)}'`, token);
  assert.equal(body.value.length, 1, `one page at ${pathname}`);
  return body.value[0].OData__ModernAudienceAadObjectIds.map((id) => id.toLowerCase());
}

async function groupsOf(token) {
  const body = await tenantCall('/v1.0/me/transitiveMemberOf/microsoft.graph.group?$select=id,displayName&$top=999', token);
  return body.value;
}

// ---- The page ----

async function openDashboard(persona, options = {}) {
  const context = await stack.browser.newContext({ viewport: { width: options.width || 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const params = new URLSearchParams({ persona, page: 'dashboard', view: options.view || 'sharepoint', theme: options.theme || 'default' });
  await page.goto(`${stack.workbench.url}?${params}`);
  const frameElement = options.view === 'teams' ? await page.waitForSelector('iframe') : null;
  const scope = frameElement ? await frameElement.contentFrame() : page.mainFrame();
  await scope.locator('[data-section="documents"] li, [data-section="documents"] [role="alert"]').first().waitFor({ timeout: 20000 });
  await scope.locator('[data-section="news"] li, [data-section="news"] p:not([role="status"]) ').first().waitFor({ timeout: 20000 });
  await scope.waitForFunction(() => !document.querySelector('[data-section] [role="status"]:not(:empty)') || document.querySelector('[data-section="links"]'));
  return { page, context, scope };
}

function section(scope, name) {
  return scope.locator(`[data-section="${name}"]`);
}

// ---- The tests ----

describe('Min sida', () => {
  test("anna sees her own calendar, documents and her förvaltning's news, and the page is axe-clean", async () => {
    const { page, context, scope } = await openDashboard('anna');
    try {
      await section(scope, 'calendar').locator('h3').first().waitFor();
      const profile = section(scope, 'profile');
      assert.match(await profile.locator('h1').textContent(), /Hej Anna!/);
      assert.match(await profile.textContent(), /Undersköterska · Socialförvaltningen · Hemtjänst Norr/);

      const shownEvents = await section(scope, 'calendar').locator('h4').allTextContents();
      const expectedEvents = await calendarOf('anna');
      assert.deepEqual(shownEvents.map((t) => t.replace(/Pågår$/, '')), expectedEvents);

      const shownDocuments = await section(scope, 'documents').locator('h3 a').evaluateAll((links) => links.map((a) => a.lastChild.textContent));
      assert.deepEqual(shownDocuments, await documentsOf('anna'));
      const icons = await section(scope, 'documents').locator('li svg').count();
      assert.equal(icons, shownDocuments.length, 'a file-type icon per document');

      const groups = await groupsOf('anna');
      const departmentIds = new Set(groups.filter((g) => /Socialförvaltningen|Hemtjänst Norr/.test(g.displayName)).map((g) => g.id.toLowerCase()));
      const newsLinks = await section(scope, 'news').locator('h3 a').evaluateAll((links) => links.map((a) => a.href));
      assert.ok(newsLinks.length > 0, 'news for her förvaltning or unit');
      for (const url of newsLinks) {
        const audiences = await audiencesOf(url, 'anna');
        assert.ok(audiences.some((id) => departmentIds.has(id)), `${url} is aimed at her förvaltning or unit`);
      }
      assert.match(await section(scope, 'news').getByRole('link', { name: 'Alla nyheter' }).getAttribute('href'), /\/sites\/eksjo\/_layouts\/15\/news\.aspx$/);

      assert.deepEqual(await axeViolations(scope), []);
      await page.screenshot({ path: path.join(output, 'dashboard-sharepoint-anna.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('the Teams personal tab costs two Graph $batches (the user with the configuration, then the dashboard with its news), and is axe-clean in the default and dark themes', async () => {
    for (const theme of ['default', 'dark']) {
      await fetch(`${stack.tenant.url}/_emulator/requests`, { method: 'DELETE' });
      const { page, context, scope } = await openDashboard('sara', { view: 'teams', theme });
      try {
        await section(scope, 'calendar').locator('h3').first().waitFor();
        const log = (await (await fetch(`${stack.tenant.url}/_emulator/requests`)).json()).value.filter((r) => r.family === 'graph');
        const batches = log.filter((r) => /\$batch/.test(r.path));
        // Two dependent steps, not three: the news does not wait for the dashboard's batch.
        assert.equal(batches.length, 2, `the user's batch and the dashboard's (${theme})`);
        assert.ok(batches.every((b) => b.inner.length <= 20));
        assert.ok(batches.some((b) => b.inner.some((r) => /transitiveMemberOf/.test(r.path))), 'profile and groups in one batch');
        assert.ok(batches.every((b) => b.inner.filter((r) => /transitiveMemberOf/.test(r.path)).length <= 1), 'the groups asked once');
        // The news search shares the dashboard's batch with its documents and Att läsa: one round trip, three searches (Page Diagnostics' budget).
        assert.equal(log.filter((r) => /\/search\/query/.test(r.path)).length, 0, 'no search outside the batches');
        const dashboardBatch = batches.find((b) => b.inner.some((r) => /\/me\/calendarView/.test(r.path)));
        assert.ok(dashboardBatch, 'the calendar in a batch');
        assert.equal(dashboardBatch.inner.filter((r) => /\/search\/query/.test(r.path)).length, 3, 'news, documents and Att läsa beside the calendar');
        assert.equal(log.length, 2);
        // Sara has must-read news to read (all staff of Vetlanda): her confirmations and the guide list, one SharePoint $batch of the shared site.
        const shared = (await (await fetch(`${stack.tenant.url}/_emulator/requests`)).json()).value.filter((r) => r.path.startsWith('/sites/gemensamt/_api/'));
        assert.deepEqual(shared.map((r) => r.path), ['/sites/gemensamt/_api/$batch'], 'one request to the shared site');
        const parts = shared[0].inner.map((r) => decodeURIComponent(r.path).replace(/\?.*$/, '')).sort();
        assert.deepEqual(parts, ["/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items", "/sites/gemensamt/_api/web/lists/getByTitle('Läsbekräftelser')/items"], 'her confirmations beside the guide list');
        assert.deepEqual(await axeViolations(scope), [], `axe in the ${theme} theme`);
        if (theme === 'dark') {
          const background = await scope.evaluate(() => getComputedStyle(document.querySelector('[data-section="calendar"]')).backgroundColor);
          assert.equal(background, 'rgb(41, 41, 41)', 'cards follow the dark theme');
        }
        await page.screenshot({ path: path.join(output, `dashboard-teams-${theme}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    }
  });

  test('Per, a manager in Vetlanda, sees the managers\' must-read news marked first in Targeted news and under Att läsa on Min sida, axe-clean', async () => {
    const title = 'Chefsinformation: budgetuppföljning för november';
    const overdue = stockholmDate(Date.now()) > '2026-12-04';
    // The day in the one date style: the year only when it is not this one.
    const readBy = stockholmDate(Date.now()).startsWith('2026-') ? 'Läs senast 4 dec.' : 'Läs senast 4 dec. 2026';
    // Targeted news on the hub's start page: the unconfirmed must-read items lead the feed, marked in words.
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.workbench.url}?${new URLSearchParams({ persona: 'per', layout: 'list', view: 'sharepoint', theme: 'default' })}`);
      const feed = page.mainFrame();
      await feed.locator('section li:has(h3)').first().waitFor({ timeout: 20000 });
      const items = await feed.locator('section li:has(h3)').evaluateAll((lis) => lis.map((li) => ({
        title: li.querySelector('h3').textContent, marked: !!li.querySelector('[data-must-read]'), text: li.textContent
      })));
      const leading = items.slice(0, items.findIndex((i) => !i.marked));
      const managers = leading.find((i) => i.title === title);
      assert.ok(managers, `the managers' item is among the marked items first: ${JSON.stringify(items.map((i) => [i.title, i.marked]))}`);
      assert.match(managers.text, /Läs och bekräfta/);
      assert.ok(managers.text.includes(readBy), managers.text);
      assert.equal(/Försenad/.test(managers.text), overdue, 'overdue after its day only');
      assert.ok(items.slice(leading.length).every((i) => !i.marked), 'nothing marked below the items to read');
      assert.deepEqual(await axeViolations(feed), []);
      await page.screenshot({ path: path.join(output, 'targeted-news-must-read-per.png'), fullPage: true });
    } finally {
      await context.close();
    }

    const { context: dashboardContext, scope } = await openDashboard('per');
    try {
      const toRead = section(scope, 'toread');
      await toRead.locator('li').first().waitFor({ timeout: 20000 });
      const heading = await toRead.locator('h2').textContent();
      const rows = await toRead.locator('li').evaluateAll((lis) => lis.map((li) => li.textContent));
      assert.equal(heading, `Att läsa (${rows.length})`);
      const row = rows.find((r) => r.includes(title));
      assert.ok(row, 'the managers\' item under Att läsa');
      assert.ok(row.includes(readBy), row);
      assert.equal(await toRead.locator('li', { hasText: title }).locator('[data-read-by] time').getAttribute('title'), '4 december 2026');
      assert.equal(/Försenad/.test(row), overdue);
      // The item opens its page, where the bar confirms it: no button in the row.
      assert.equal(await toRead.locator('li button').count(), 0);
      assert.deepEqual(await axeViolations(scope), []);
    } finally {
      await dashboardContext.close();
    }
  });

  test('a 403 on the calendar says in Swedish what an admin must approve, while the rest renders', async () => {
    await fetch(`${stack.tenant.url}/_emulator/faults`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ pattern: '/me/calendarView', status: 403 }])
    });
    const { page, context, scope } = await openDashboard('erik', { view: 'teams', theme: 'dark' });
    try {
      const alert = section(scope, 'calendar').getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      assert.match(text, /Kalendern kan inte visas/);
      assert.match(text, /Calendars\.ReadBasic/);
      assert.match(text, /API-åtkomst/);
      assert.ok(await section(scope, 'news').locator('h3 a').count() > 0, 'news still shown');
      assert.ok(await section(scope, 'documents').locator('h3 a').count() > 0, 'documents still shown');
      assert.deepEqual(await axeViolations(scope), []);
      await page.screenshot({ path: path.join(output, 'dashboard-calendar-403.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('maria switches between her municipalities: the news follows and the choice is remembered', async () => {
    const first = await openDashboard('maria');
    try {
      const switcher = first.scope.getByRole('group', { name: 'Visa innehåll för' });
      assert.equal(await switcher.getByRole('radio', { name: 'Sävsjö' }).isChecked(), true);
      const savsjoNews = await section(first.scope, 'news').locator('h3 a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
      assert.ok(savsjoNews.every((p) => !p.startsWith('/sites/vetlanda/')), 'Sävsjö shown first: no Vetlanda news');
      await switcher.getByText('Vetlanda', { exact: true }).click();
      await first.scope.waitForFunction(() => [...document.querySelectorAll('[data-section="news"] h3 a')].some((a) => new URL(a.href).pathname.startsWith('/sites/vetlanda/')));
      const vetlandaNews = await section(first.scope, 'news').locator('h3 a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
      assert.ok(vetlandaNews.every((p) => !p.startsWith('/sites/savsjo/')), 'no Sävsjö news once Vetlanda is chosen');
      await section(first.scope, 'links').getByText('Sparat.').waitFor();
    } finally {
      await first.context.close();
    }
    // A new session (SharePoint or Teams) reads the choice from the user's settings.
    const again = await openDashboard('maria', { view: 'teams' });
    try {
      const switcher = again.scope.getByRole('group', { name: 'Visa innehåll för' });
      assert.equal(await switcher.getByRole('radio', { name: 'Vetlanda' }).isChecked(), true);
    } finally {
      await again.context.close();
    }
    await tenantCall('/v1.0/me/extensions/se.samverka.dashboard', 'maria', { method: 'DELETE' });
  });

  test('own links are added, moved and removed, and saved for the user', async () => {
    const { context, scope } = await openDashboard('johan', { width: 390 });
    try {
      const links = section(scope, 'links');
      for (const [name, url] of [['Lönesystemet', 'lon.example/start'], ['Vetlanda.se', 'https://www.vetlanda.se']]) {
        await links.getByRole('button', { name: 'Lägg till länk' }).click();
        await links.getByLabel('Namn').fill(name);
        await links.getByLabel('Adress').fill(url);
        await links.getByRole('button', { name: 'Spara länken' }).click();
        await links.getByText('Sparat.').waitFor();
      }
      await links.getByRole('button', { name: 'Flytta Vetlanda.se uppåt' }).click();
      await links.getByText('Sparat.').waitFor();
      await links.getByRole('button', { name: 'Ta bort Lönesystemet' }).click();
      await scope.waitForFunction(() => document.querySelectorAll('[data-section="links"] li').length === 1);
      // Saves run in order; the last one leaves this in the user's settings.
      let stored;
      for (let i = 0; i < 50; i++) {
        stored = JSON.parse((await tenantCall('/v1.0/me/extensions/se.samverka.dashboard', 'johan')).settings).links;
        if (stored.length === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(stored, [{ title: 'Vetlanda.se', url: 'https://www.vetlanda.se' }]);
      // A link that is not a web address is refused with a message.
      await links.getByRole('button', { name: 'Lägg till länk' }).click();
      await links.getByLabel('Namn').fill('Skript');
      await links.getByLabel('Adress').fill('javascript:alert(1)');
      await links.getByRole('button', { name: 'Spara länken' }).click();
      assert.match(await links.getByRole('alert').textContent(), /webbadress/);
    } finally {
      await context.close();
    }
    await tenantCall('/v1.0/me/extensions/se.samverka.dashboard', 'johan', { method: 'DELETE' });
  });
});

// End to end: Läs och bekräfta on the news page. The local tenant (seed 42), the workbench's news
// page with the application customizer's bar in its top placeholder, and Chromium. Which page is
// must-read, for whom and by when comes from the tenant itself, not from the test.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useStack, axeViolations } from './support.mjs';

const stack = useStack({ seed: 42 });

async function tenantJson(relative, token) {
  const response = await fetch(new URL(relative, stack.tenant.url), { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  assert.equal(response.status, 200, `${relative} as ${token}`);
  return response.json();
}

const stockholmDay = (iso) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));

/** Vetlanda's news pages with their must-read columns and audience ids (read as the admin, who reads everything). */
async function vetlandaNews() {
  const config = JSON.parse((await tenantJson("/_api/web/GetStorageEntity('Samverka.TenantConfig')", 'admin')).Value);
  const managers = config.municipalities.find((m) => m.id === 'vetlanda').groups.managers.toLowerCase();
  const items = (await tenantJson("/sites/vetlanda/_api/web/lists/getByTitle('Site Pages')/items?$select=Id,UniqueId,Title,FileRef,SamverkaMustRead,SamverkaReadBy,OData__ModernAudienceAadObjectIds&$filter=PromotedState eq 2&$top=5000", 'admin')).value;
  const siteId = (await tenantJson('/sites/vetlanda/_api/site?$select=Id', 'admin')).Id;
  const audience = (item) => (item.OData__ModernAudienceAadObjectIds || []).map((id) => id.toLowerCase());
  const forManagers = items.filter((i) => i.SamverkaMustRead === true && audience(i).length === 1 && audience(i)[0] === managers);
  assert.equal(forManagers.length, 1, 'the seed has one must-read news item for Vetlanda\'s managers');
  const notMustRead = items.find((i) => i.SamverkaMustRead !== true);
  assert.ok(notMustRead, 'and news that is not must-read');
  return { page: forManagers[0], notMustRead, pageKey: `${siteId}/${forManagers[0].UniqueId}`.toLowerCase() };
}

/** Every confirmation of the page, as an editor (who reads them all) sees them. */
async function confirmationsOf(pageKey) {
  const items = (await tenantJson("/sites/gemensamt/_api/web/lists/getByTitle('L%C3%A4sbekr%C3%A4ftelser')/items?$select=Id,SamverkaReader,SamverkaPageBucket,Created&$top=5000", 'johan')).value;
  return items.filter((i) => i.SamverkaPageBucket.startsWith(`${pageKey}#`));
}

/** Opens the news page as the persona and records the requests the customizer's code sends. */
async function openNewsPage(persona, fileRef) {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(`${request.method()} ${decodeURIComponent(request.url())}`));
  const params = new URLSearchParams({ persona, page: 'nyhet', item: fileRef });
  await page.goto(`${stack.workbench.url}?${params}`);
  await page.locator('h1.sp-pagetitle').waitFor({ timeout: 20000 });
  await page.waitForLoadState('networkidle');
  const counts = () => ({
    // The customizer's one read of its page: the library and item by the ids of the page context.
    pageItem: requests.filter((r) => /\/_api\/web\/lists\('[0-9a-f-]{36}'\)\/items\(\d+\)\?/i.test(r)).length,
    // Its reads and writes of Läsbekräftelser.
    confirmationReads: requests.filter((r) => r.startsWith('GET') && r.includes("getByTitle('Läsbekräftelser')/items")).length,
    confirmationWrites: requests.filter((r) => r.startsWith('POST') && r.includes("getByTitle('Läsbekräftelser')/items")).length
  });
  return { page, context, counts, requests };
}

describe('Läs och bekräfta on the news page', () => {
  test('Per, a manager in Vetlanda, sees the bar, confirms with the keyboard once, and it stays confirmed', async () => {
    const { page: item, pageKey } = await vetlandaNews();
    assert.deepEqual(await confirmationsOf(pageKey), [], 'no one has confirmed it yet');
    const { page, context, counts } = await openNewsPage('per', item.FileRef);
    try {
      const bar = page.getByRole('region', { name: 'Ska läsas' });
      await bar.waitFor({ timeout: 20000 });
      assert.equal(await page.locator('h1.sp-pagetitle').textContent(), item.Title);
      assert.ok((await bar.textContent()).includes(`senast ${stockholmDay(item.SamverkaReadBy)}`), await bar.textContent());
      assert.deepEqual(counts(), { pageItem: 1, confirmationReads: 1, confirmationWrites: 0 }, 'one read of the page, one of Per\'s own confirmations');
      assert.deepEqual(await axeViolations(page), []);

      const button = bar.getByRole('button', { name: 'Jag har läst' });
      await button.focus();
      await page.keyboard.press('Enter');
      const status = bar.getByRole('status');
      await page.waitForFunction(() => (document.querySelector('[data-must-read] [role="status"]') || {}).textContent?.startsWith('Du bekräftade'), null, { timeout: 20000 });
      const confirmations = await confirmationsOf(pageKey);
      assert.equal(confirmations.length, 1, 'one confirmation item');
      assert.equal(await status.textContent(), `Du bekräftade den ${stockholmDay(confirmations[0].Created)} att du har läst nyheten.`);
      assert.equal(await status.getAttribute('aria-live'), 'polite');
      assert.ok(await status.evaluate((el) => el === document.activeElement), 'focus moves to the confirmation');
      assert.equal(await bar.getByRole('button').count(), 0);
      assert.deepEqual(counts(), { pageItem: 1, confirmationReads: 2, confirmationWrites: 1 }, 'confirming: a look for an earlier one, then one add');
      assert.deepEqual(await axeViolations(page), []);

      await page.reload();
      await page.getByRole('region', { name: 'Ska läsas' }).getByRole('status').filter({ hasText: 'Du bekräftade' }).waitFor({ timeout: 20000 });
      assert.equal(await page.getByRole('button', { name: 'Jag har läst' }).count(), 0, 'confirmed after a reload: no button');
      assert.equal((await confirmationsOf(pageKey)).length, 1, 'still one confirmation item');
    } finally {
      await context.close();
    }
  });

  test('Per sees no bar on news that is not must-read, for one request', async () => {
    const { notMustRead } = await vetlandaNews();
    const { page, context, counts } = await openNewsPage('per', notMustRead.FileRef);
    try {
      assert.equal(await page.getByRole('region', { name: 'Ska läsas' }).count(), 0);
      assert.deepEqual(counts(), { pageItem: 1, confirmationReads: 0, confirmationWrites: 0 });
    } finally {
      await context.close();
    }
  });

  test('Sara, in Vetlanda but not a manager, gets no bar and no confirmation request on the same page', async () => {
    const { page: item } = await vetlandaNews();
    const { page, context, counts } = await openNewsPage('sara', item.FileRef);
    try {
      assert.equal(await page.locator('h1.sp-pagetitle').textContent(), item.Title);
      assert.equal(await page.getByRole('region', { name: 'Ska läsas' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Jag har läst' }).count(), 0);
      assert.deepEqual(counts(), { pageItem: 1, confirmationReads: 0, confirmationWrites: 0 });
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
});

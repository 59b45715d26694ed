// End to end: content health in the workbench against the local tenant (seed 42) in Chromium.
// Expectations come from the tenant itself (its review columns, its accounts), not from numbers
// copied into the test.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startStack, axeViolations, output } from './support.mjs';

const PAGES = "/_api/web/lists/getByTitle('Site Pages')/items";

let stack;
let tenant;
let workbench;
let browser;

before(async () => {
  stack = await startStack({ seed: 42 });
  ({ tenant, workbench, browser } = stack);
});

after(async () => {
  if (stack) await stack.close();
});

async function tenantJson(relative, token) {
  const response = await fetch(new URL(relative, tenant.url), { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  assert.equal(response.status, 200, `${relative} as ${token}`);
  return response.json();
}

async function pagesOf(sitePath, token, select) {
  return (await tenantJson(`${sitePath}${PAGES}?$select=${select}&$top=5000`, token)).value;
}

async function open(persona, query = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 1000 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const params = new URLSearchParams({ persona, layout: 'list', view: 'sharepoint', ...query });
  await page.goto(`${workbench.url}?${params}`);
  return { page, context };
}

async function reportOf(page) {
  const report = page.locator('[data-webpart="content-health"] section');
  await report.locator('tbody tr[data-url]').first().waitFor({ timeout: 30000 });
  return report;
}

async function rows(report) {
  return report.locator('table tbody tr[data-url]').evaluateAll((trs) => trs.map((tr) => ({
    url: tr.getAttribute('data-url'), status: tr.getAttribute('data-status'), reasons: tr.getAttribute('data-reasons'),
    title: tr.querySelector('th a').textContent
  })));
}

describe('Content health in the workbench', () => {
  test('an editor sees the seeded stale items, most stale first, and a summary per municipality', async () => {
    const { page, context } = await open('johan', { page: 'stada' });
    try {
      const report = await reportOf(page);
      const shown = await rows(report);
      assert.ok(shown.length >= 20, `${shown.length} rows`);
      assert.ok(shown.every((row) => row.status === 'stale' || row.status === 'due'));
      // The page past its review date the longest, as the tenant holds it, comes first among Vetlanda's.
      const vetlanda = await pagesOf('/sites/vetlanda', 'johan', 'Title,FileRef,SamverkaReviewDate');
      const oldest = vetlanda.filter((p) => p.SamverkaReviewDate).sort((a, b) => a.SamverkaReviewDate.localeCompare(b.SamverkaReviewDate))[0];
      assert.ok(shown.slice(0, 30).some((row) => decodeURI(new URL(row.url).pathname) === oldest.FileRef), `${oldest.Title} among the first rows`);
      // Owners who have left and pages without an owner are flagged.
      const reasons = new Set(shown.flatMap((row) => row.reasons.split(' ')));
      const all = shown.length;
      assert.ok(reasons.has('reviewOverdue'), `reasons on ${all} rows: ${[...reasons]}`);
      // The summary counts Vetlanda and Gemensamt; nothing of municipalities he cannot edit.
      const summary = await report.locator('table').first().locator('tbody th').allTextContents();
      assert.deepEqual(summary, ['Vetlanda', 'Gemensamt']);
      // Filters: only news without an owner.
      await report.getByLabel('Ägare', { exact: true }).selectOption({ label: 'Utan ägare' });
      const orphans = await rows(report);
      assert.ok(orphans.length > 0 && orphans.every((row) => row.reasons.split(' ').includes('noOwner')));
    } finally {
      await context.close();
    }
  });

  test('a bulk "Markera som granskad" updates the items in SharePoint and they leave the list', async () => {
    const { page, context } = await open('johan', { page: 'stada' });
    try {
      const report = await reportOf(page);
      const chosen = (await rows(report))
        .filter((row) => row.status === 'stale' && row.reasons.split(' ').every((r) => r === 'reviewOverdue' || r === 'unchanged'))
        .slice(0, 3);
      assert.equal(chosen.length, 3);
      for (const row of chosen) {
        // Keyboard: focus the row's checkbox and press space.
        const box = report.locator(`tr[data-url="${row.url}"]`).getByRole('checkbox', { name: `Välj ${row.title}`, exact: true });
        await box.focus();
        await page.keyboard.press('Space');
      }
      await report.getByText('3 valda').waitFor();
      await report.getByRole('button', { name: 'Markera som granskad' }).click();
      await report.getByText('3 uppdaterade.').waitFor({ timeout: 20000 });
      await page.waitForFunction((urls) => !document.querySelector('[data-webpart="content-health"] section[aria-busy="true"]')
        && urls.every((url) => !document.querySelector(`tr[data-url="${url}"]`)), chosen.map((row) => row.url));

      // SharePoint holds the new review date: about a year ahead.
      const vetlanda = await pagesOf('/sites/vetlanda', 'johan', 'FileRef,SamverkaReviewDate');
      const gemensamt = await pagesOf('/sites/gemensamt', 'johan', 'FileRef,SamverkaReviewDate');
      for (const row of chosen) {
        const item = vetlanda.concat(gemensamt).find((p) => p.FileRef === decodeURI(new URL(row.url).pathname));
        const days = (Date.parse(item.SamverkaReviewDate) - Date.now()) / 86400000;
        assert.ok(days > 360 && days < 367, `${row.title}: next review in ${days.toFixed(0)} days`);
      }
    } finally {
      await context.close();
    }
  });

  test('an employee gets no report and no buttons, only a message that it is for editors', async () => {
    const { page, context } = await open('anna', { page: 'stada' });
    try {
      const part = page.locator('[data-webpart="content-health"]');
      await part.getByText('Den här rapporten är bara för redaktörer.').waitFor({ timeout: 20000 });
      assert.equal(await part.getByRole('button').count(), 0);
      assert.equal(await part.locator('table').count(), 0);
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: path.join(output, 'content-health-employee.png') });
    } finally {
      await context.close();
    }
  });

  test('a news item whose expiry date has passed does not show in Targeted news', async () => {
    const now = Date.now();
    const { page, context } = await open('johan', { items: '20', chip: '' });
    try {
      const expired = (await pagesOf('/sites/vetlanda', 'johan', 'Title,FileRef,PromotedState,FirstPublishedDate,SamverkaExpires,OData__ModernAudienceAadObjectIds'))
        .filter((p) => p.PromotedState === 2 && p.SamverkaExpires && Date.parse(p.SamverkaExpires) < now && p.OData__ModernAudienceAadObjectIds.length === 0)
        .sort((a, b) => b.FirstPublishedDate.localeCompare(a.FirstPublishedDate));
      assert.ok(expired.length > 0, 'the seed has expired news');
      const feed = page.locator('[data-webpart="targeted-news"]');
      await feed.getByRole('group', { name: 'Visa nyheter från' }).getByRole('button', { name: 'Vetlanda', exact: true }).click();
      await page.waitForFunction(() => {
        const pressed = document.querySelector('section [aria-pressed="true"]');
        return pressed && pressed.textContent === 'Vetlanda' && !document.querySelector('section[aria-busy="true"]') && document.querySelector('section h3');
      });
      const shown = await feed.locator('section li:has(h3)').evaluateAll((items) => items.map((item) => ({
        path: decodeURI(new URL(item.querySelector('h3 a').href).pathname), time: item.querySelector('time').getAttribute('datetime')
      })));
      assert.ok(shown.length >= 10);
      // Without the expiry it would be on this page: it is newer than the last item shown.
      const newest = expired[0];
      assert.ok(Date.parse(newest.FirstPublishedDate) > Date.parse(shown[shown.length - 1].time), `${newest.Title} belongs on the first page`);
      for (const item of expired) assert.ok(!shown.some((s) => s.path === item.FileRef), `${item.Title} expired`);
    } finally {
      await context.close();
    }
  });

  test('the report page has no WCAG 2.1 A/AA violations, and a screenshot is written', async () => {
    const { page, context } = await open('johan', { page: 'stada' });
    try {
      await reportOf(page);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: path.join(output, 'content-health-editor.png'), fullPage: false });
    } finally {
      await context.close();
    }
  });
});

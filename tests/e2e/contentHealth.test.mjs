// End to end: content health in the workbench against the local tenant (seed 42) in Chromium.
// Expectations come from the tenant itself (its review columns, its accounts), not from numbers
// copied into the test.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useStack, axeViolations, output, lighterControls, teamsDarkInputBackground } from './support.mjs';

const PAGES = "/_api/web/lists/getByTitle('Site Pages')/items";

const stack = useStack({ seed: 42 });

async function tenantJson(relative, token) {
  const response = await fetch(new URL(relative, stack.tenant.url), { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  assert.equal(response.status, 200, `${relative} as ${token}`);
  return response.json();
}

async function pagesOf(sitePath, token, select) {
  return (await tenantJson(`${sitePath}${PAGES}?$select=${select}&$top=5000`, token)).value;
}

async function open(persona, query = {}, viewport = { width: 1366, height: 1000 }) {
  const context = await stack.browser.newContext({ viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const params = new URLSearchParams({ persona, layout: 'list', view: 'sharepoint', ...query });
  await page.goto(`${stack.workbench.url}?${params}`);
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
    urgency: tr.getAttribute('data-urgency'), title: tr.querySelector('th a').textContent,
    level: tr.querySelectorAll('td')[4].querySelector('span').textContent, review: (tr.querySelector('time') || {}).textContent
  })));
}

/** Chooses in one of the report's Fluent dropdowns (named by its label and its choice: "Ägare Alla"). */
async function choose(report, label, option) {
  await report.getByRole('combobox', { name: new RegExp(`^${label} `) }).click();
  await report.page().getByRole('option', { name: option, exact: true }).click();
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
      await choose(report, 'Ägare', 'Utan ägare');
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
      await report.getByText('3 har uppdaterats.').waitFor({ timeout: 20000 });
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

  test('levels mean something: "Åtgärda nu" first and in colour, a minority; dates in full with how long ago', async () => {
    const { page, context } = await open('johan', { page: 'stada' });
    try {
      const report = await reportOf(page);
      const shown = await rows(report);
      const levels = { now: 'Åtgärda nu', soon: 'Snart', fine: 'Aktuellt' };
      for (const row of shown) assert.equal(row.level, levels[row.urgency], `${row.title}: ${row.level}`);
      // What to act on now comes first, then soon.
      const order = shown.map((row) => ['now', 'soon', 'fine'].indexOf(row.urgency));
      assert.deepEqual(order, order.slice().sort((a, b) => a - b));
      // Over everything he edits (the summary counts all of it): "now" is what stands out, not the bulk.
      const summary = await report.locator('table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/\s/g, '')))));
      const [now, soon, fine, total] = [0, 1, 2, 3].map((i) => summary.reduce((sum, row) => sum + row[i], 0));
      console.log(`content health levels: now ${now}, soon ${soon}, fine ${fine} of ${total}`);
      assert.equal(now + soon + fine, total);
      assert.ok(now > 0 && soon > 0 && fine > 0, `now ${now}, soon ${soon}, fine ${fine}`);
      // The red ones stand out: far fewer than the rest (the complaint was half of all rows in red).
      assert.ok(now * 4 < total, `now ${now} of ${total}`);
      // Past the first pages of "now" to the first "Snart".
      while (!(await report.locator('tbody tr[data-urgency="soon"]').count())) {
        await report.getByRole('button', { name: 'Visa fler' }).click();
      }
      // Colour for "now" alone: its badge has a background, "Snart" none.
      const all = await rows(report);
      assert.deepEqual(all.map((row) => ['now', 'soon', 'fine'].indexOf(row.urgency)), all.map((row) => ['now', 'soon', 'fine'].indexOf(row.urgency)).sort((a, b) => a - b));
      const backgrounds = await report.locator('tbody tr[data-url]').evaluateAll((trs) => trs.map((tr) => ({
        urgency: tr.getAttribute('data-urgency'), background: getComputedStyle(tr.querySelectorAll('td')[4].querySelector('span')).backgroundColor
      })));
      for (const b of backgrounds) {
        if (b.urgency === 'now') assert.notEqual(b.background, 'rgba(0, 0, 0, 0)');
        else assert.equal(b.background, 'rgba(0, 0, 0, 0)', `${b.urgency} has no background colour`);
      }
      assert.ok(backgrounds.some((b) => b.urgency === 'now') && backgrounds.some((b) => b.urgency === 'soon'));
      // "14 mars 2020 (för 6 år sedan)": the long date and how long ago, never a count of days.
      const pattern = /^\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4} \((i dag|i går|i morgon|för \d+ (dagar|månad|månader|år) sedan|om \d+ (dagar|månad|månader|år))\)$/;
      for (const row of shown.filter((r) => r.review)) assert.match(row.review, pattern, row.title);
      assert.ok(shown.some((row) => /år sedan\)$/.test(row.review)), 'a review date years back reads so');
      assert.doesNotMatch(await report.first().textContent(), /dagar sen\b/);
    } finally {
      await context.close();
    }
  });

  test('at phone width (390 px) each row is a card, and neither the page nor the web part scrolls sideways', async () => {
    const { page, context } = await open('johan', { page: 'stada' }, { width: 390, height: 844 });
    try {
      const report = await reportOf(page);
      await page.waitForLoadState('networkidle');
      const widths = await page.evaluate(() => {
        const part = document.querySelector('[data-webpart="content-health"]');
        const section = part.querySelector('section');
        const over = [...section.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > section.getBoundingClientRect().right + 0.5)
          .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
        return {
          page: document.scrollingElement.scrollWidth, inner: innerWidth,
          part: part.scrollWidth, partClient: part.clientWidth, section: section.scrollWidth, sectionClient: section.clientWidth, over
        };
      });
      assert.ok(widths.page <= widths.inner, `page ${widths.page} px in ${widths.inner}`);
      assert.ok(widths.part <= widths.partClient && widths.section <= widths.sectionClient, `web part ${JSON.stringify(widths)}`);
      assert.deepEqual(widths.over, []);
      const cards = await report.locator('table tbody tr[data-url]').evaluateAll((trs) => trs.slice(0, 10).map((tr) => {
        const box = tr.getBoundingClientRect();
        const heads = [...tr.closest('table').querySelectorAll('thead th')].slice(1).map((th) => th.getBoundingClientRect().width);
        return { display: getComputedStyle(tr).display, width: box.width, height: box.height, heads, label: getComputedStyle(tr.querySelector('td[data-label]'), '::before').content };
      }));
      for (const card of cards) {
        assert.equal(card.display, 'block');
        // A card: the row's cells stacked, each labelled, the column heads out of sight.
        assert.ok(card.height > 100, `card ${card.height} px high`);
        assert.ok(card.heads.every((w) => w <= 1), `column heads ${card.heads}`);
        assert.equal(card.label, '"Typ: "');
      }
      assert.deepEqual(await axeViolations(page), []);
      await page.evaluate(() => document.querySelector('[data-webpart="content-health"] table:not(:first-of-type) tbody tr, [data-webpart="content-health"] tr[data-url]').scrollIntoView());
      await page.screenshot({ path: path.join(output, 'content-health-390.png'), fullPage: false });
    } finally {
      await context.close();
    }
  });

  test('in the Teams tab, dark theme, no form control is lighter than the theme\'s input background', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    try {
      await page.goto(new URL(`/teams?${new URLSearchParams({ persona: 'johan', page: 'stada', theme: 'dark' })}`, stack.workbench.url).href);
      const report = await reportOf(page);
      const input = teamsDarkInputBackground();
      // The filters the scan must see, besides the open list.
      for (const role of ['combobox', 'checkbox']) assert.ok(await report.getByRole(role).count() > 0, `a ${role} in the report`);
      // The choices of a dropdown open in a layer of their own (outside the web part): themed too.
      await report.getByRole('combobox', { name: /^Typ / }).click();
      await page.getByRole('option', { name: 'Nyhet', exact: true }).waitFor();
      assert.deepEqual(await lighterControls(page, 'content-health', input, { layers: true }), [], `lighter than ${input}, or a native control not drawn dark`);
      assert.equal(await page.locator('[data-webpart="content-health"] select').count(), 0);
      await page.keyboard.press('Escape');
      await page.screenshot({ path: path.join(output, 'content-health-teams-dark.png'), fullPage: false });
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

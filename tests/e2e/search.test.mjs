// End to end: search in the workbench against the local tenant (seed 42) in Debian's Chromium.
// Expectations come from the tenant's own answers (its guide list, its people), not from
// numbers copied into the test.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useStack, axeViolations, output } from './support.mjs';

const stack = useStack({ seed: 42 });

/** The guides of the list whose steps have a word, as the tenant itself answers. */
async function guideTitlesWith(word, token = 'anna') {
  const response = await fetch(`${stack.tenant.url}/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items?$top=500`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }
  });
  const items = (await response.json()).value;
  return items.filter((i) => i.SamverkaGuideSteps.toLowerCase().includes(word.toLowerCase())).map((i) => i.Title);
}

async function openSearch(persona, search = '') {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const params = new URLSearchParams(search);
  params.set('persona', persona);
  params.set('view', 'sharepoint');
  params.set('page', 'sok');
  await page.goto(`${stack.workbench.url}?${params}`);
  await page.getByRole('combobox', { name: 'Sök på intranätet' }).waitFor({ timeout: 20000 });
  return { page, context };
}

async function searchFor(page, text) {
  const box = page.getByRole('combobox', { name: 'Sök på intranätet' });
  await box.fill(text);
  await box.press('Enter');
  await waitForResults(page);
}

async function waitForResults(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-webpart="search"] [role="status"]');
    return status && /träff/.test(status.textContent) && !document.querySelector('[data-webpart="search"] [aria-busy="true"]');
  }, undefined, { timeout: 20000 });
}

async function resultTitles(page) {
  return page.locator('[data-webpart="search"] article h3').allTextContents();
}

async function verticalCount(page, name) {
  const text = await page.getByRole('navigation', { name: 'Vad du söker' }).getByRole('button', { name: new RegExp(`^${name}`) }).textContent();
  return Number(text.replace(name, '').replace(/\s/g, ''));
}

describe('search', () => {
  test('a guide is found by a Swedish word from its steps, whatever the case of å, ä and ö', async () => {
    const expected = await guideTitlesWith('ledighetsansökan');
    assert.ok(expected.length > 0);
    const { page, context } = await openSearch('anna');
    try {
      await searchFor(page, 'ledighetsansökan');
      const lower = await resultTitles(page);
      assert.ok(lower.some((t) => t === 'Ansök om semester (Eksjö)'), lower.join(' | '));
      await searchFor(page, 'LEDIGHETSANSÖKAN');
      assert.deepEqual(await resultTitles(page), lower);
      assert.equal(new URL(page.url()).searchParams.get('q'), 'LEDIGHETSANSÖKAN');
    } finally {
      await context.close();
    }
  });

  test('verticals filter, the address keeps the search, and the back button restores it', async () => {
    const { page, context } = await openSearch('anna');
    try {
      await searchFor(page, 'ledighet');
      const all = await verticalCount(page, 'Allt');
      const guides = await verticalCount(page, 'Guider');
      assert.ok(guides > 1 && all > guides);
      await page.getByRole('navigation', { name: 'Vad du söker' }).getByRole('button', { name: /^Guider/ }).click();
      await waitForResults(page);
      assert.equal(new URL(page.url()).searchParams.get('v'), 'guides');
      const kinds = await page.locator('[data-webpart="search"] article').evaluateAll((cards) => cards.map((c) => c.querySelector('span').textContent));
      assert.ok(kinds.length > 0 && kinds.every((k) => k === 'Guider'), kinds.join(','));

      // A filter the results offer: only options that would narrow them are offered.
      const option = page.locator('[data-webpart="search"] aside input[type="checkbox"]').first();
      const { legend, label } = await option.evaluate((el) => ({
        legend: el.closest('fieldset').querySelector('legend').textContent, label: el.parentElement.textContent.replace(/[\d\s]+$/, '')
      }));
      const param = { Kategori: 'kategori', Kommun: 'kommun' }[legend];
      assert.ok(param, legend);
      const before = await resultTitles(page);
      await option.check();
      await waitForResults(page);
      assert.ok(new URL(page.url()).searchParams.get(param), `${param} in the address`);
      const refined = await resultTitles(page);
      assert.ok(refined.length > 0 && refined.length < before.length, `${label} narrows ${before.length} to ${refined.length}`);
      await page.locator('[data-webpart="search"]').screenshot({ path: path.join(output, 'search-guides.png') });

      // A link pasted into a new tab gives the same results.
      const pasted = await context.newPage();
      await pasted.goto(page.url());
      await waitForResults(pasted);
      assert.deepEqual(await resultTitles(pasted), refined);

      await page.goBack();
      await waitForResults(page);
      assert.equal(new URL(page.url()).searchParams.get(param), null);
      assert.equal(await page.locator('[data-webpart="search"] aside input[type="checkbox"]').first().isChecked(), false);
      await page.goBack();
      await waitForResults(page);
      assert.equal(new URL(page.url()).searchParams.get('v'), null);
      assert.equal(await page.getByRole('combobox', { name: 'Sök på intranätet' }).inputValue(), 'ledighet');
    } finally {
      await context.close();
    }
  });

  test('a person by part of the surname, a document refined by municipality and file type', async () => {
    const { page, context } = await openSearch('maria', '?v=people');
    try {
      await searchFor(page, 'lindqv');
      // The persona by her address: the tenant may well have a namesake.
      const card = page.locator('[data-webpart="search"] article', { hasText: 'anna.lindqvist@eksjo.se' });
      await card.waitFor();
      assert.match(await card.textContent(), /Undersköterska.*Socialförvaltningen.*Eksjö kommun/);
      // A photo or initials, in one count of one locator: the card shows initials (aria-hidden) until
      // the photo's URL arrives and then an <img>; a count of each could straddle that switch and both read 0.
      assert.ok(await card.locator('img, [aria-hidden="true"]').count() > 0, 'a photo or initials on the card');

      await page.getByRole('navigation', { name: 'Vad du söker' }).getByRole('button', { name: /^Dokument/ }).click();
      await searchFor(page, 'lön');
      const fileType = page.getByRole('group', { name: 'Filtyp' }).getByRole('checkbox').first();
      const typeLabel = (await fileType.evaluate((el) => el.parentElement.textContent)).replace(/[\d\s]+$/, '');
      await fileType.check();
      await waitForResults(page);
      assert.deepEqual(await axeViolations(page), []);
      // The municipalities of that file type, when they are more than one.
      if (await page.getByRole('group', { name: 'Kommun' }).count() > 0) {
        await page.getByRole('group', { name: 'Kommun' }).getByRole('checkbox').first().check();
        await waitForResults(page);
      }
      const icons = await page.locator('[data-webpart="search"] article [role="img"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      assert.ok(icons.length > 0 && icons.every((l) => l === `${typeLabel}-fil`), `${typeLabel}: ${icons.join(',')}`);
      await page.locator('[data-webpart="search"]').screenshot({ path: path.join(output, 'search-documents.png') });
      await page.getByRole('navigation', { name: 'Vad du söker' }).getByRole('button', { name: /^Allt/ }).click();
      await searchFor(page, 'lindqvist');
      await page.getByRole('heading', { name: 'Anna Lindqvist', level: 3 }).first().waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: path.join(output, 'search-all-people.png'), fullPage: false });
    } finally {
      await context.close();
    }
  });

  test('Visa fler pages on, and focus moves to the first new result', async () => {
    const { page, context } = await openSearch('sara', '?q=f%C3%B6rskola&v=pages');
    try {
      await waitForResults(page);
      const first = await resultTitles(page);
      await page.getByRole('button', { name: 'Visa fler' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-webpart="search"] article').length > n, first.length);
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.closest('li') && [...document.querySelectorAll('[data-webpart="search"] article')].indexOf(document.activeElement.closest('article')));
      assert.equal(focused, first.length);
      const urls = await page.locator('[data-webpart="search"] article h3 a').evaluateAll((links) => links.map((l) => l.href));
      assert.equal(new Set(urls).size, urls.length);
    } finally {
      await context.close();
    }
  });

  test('a guide opened and walked through by keyboard', async () => {
    const { page, context } = await openSearch('anna', '?q=semester&v=guides');
    try {
      await waitForResults(page);
      const open = page.locator('[data-webpart="search"] article h3 button').first();
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/^Steg 1 av \d+$/).waitFor();
      const total = Number((await dialog.getByText(/^Steg 1 av \d+$/).textContent()).split(' ').pop());
      for (let step = 2; step <= total; step++) {
        await page.keyboard.press('ArrowRight');
        await dialog.getByText(`Steg ${step} av ${total}`).waitFor();
      }
      await page.keyboard.press('Home');
      await dialog.getByText(`Steg 1 av ${total}`).waitFor();
      const alts = await dialog.locator('img').evaluateAll((imgs) => imgs.map((i) => i.alt));
      assert.ok(alts.every((a) => a.length > 0));
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  test('hostile input finds text and nothing else, and the page stays axe-clean', async () => {
    const { page, context } = await openSearch('anna');
    try {
      let alerted = false;
      page.on('dialog', async (d) => { alerted = true; await d.dismiss(); });
      for (const text of ['" OR * OR "', 'Path:"http://x" OR NOT lön', '<img src=x onerror=alert(1)>']) {
        await searchFor(page, text);
        assert.ok((await verticalCount(page, 'Allt')) < 50, text);
      }
      assert.equal(alerted, false);

      await searchFor(page, 'semester');
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('[data-webpart="search"]').screenshot({ path: path.join(output, 'search.png') });
      await page.locator('[data-webpart="search"] article h3 button').first().click();
      await page.getByRole('dialog').getByText(/^Steg 1 av/).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: path.join(output, 'search-guide.png') });
    } finally {
      await context.close();
    }
  });

  test('search down: one notice with one "Försök igen", the tabs say "–" and nothing says "Inga träffar"; back up, "Försök igen" finds', async () => {
    const faults = `${stack.tenant.url}/_emulator/faults`;
    await fetch(faults, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([{ pattern: '/search/query', status: 503 }]) });
    const { page, context } = await openSearch('anna');
    try {
      const part = page.locator('[data-webpart="search"]');
      const box = page.getByRole('combobox', { name: 'Sök på intranätet' });
      await box.fill('lön');
      await box.press('Enter');
      // The clients retry a 503 a few times before they give up.
      await part.getByRole('alert').first().waitFor({ timeout: 60000 });
      await page.waitForFunction(() => !document.querySelector('[data-webpart="search"] [aria-busy="true"]'), undefined, { timeout: 20000 });
      assert.equal(await part.getByRole('alert').count(), 1, 'one notice');
      const notice = await part.getByRole('alert').textContent();
      assert.match(notice, /kunde inte sökas/);
      assert.equal(await part.getByRole('alert').getByRole('button').count(), 1, 'one button');
      const text = await part.textContent();
      assert.doesNotMatch(text, /Inga träffar/);
      assert.doesNotMatch(text, /\b0 träffar/);
      const tabs = await page.getByRole('navigation', { name: 'Vad du söker' }).getByRole('button').allTextContents();
      assert.ok(tabs.length === 5 && tabs.every((t) => t.includes('–') && t.includes('antal okänt') && !/\d/.test(t)), tabs.join(' | '));
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('[data-webpart="search"]').screenshot({ path: path.join(output, 'search-down.png') });

      await fetch(faults, { method: 'DELETE' });
      await part.getByRole('alert').getByRole('button', { name: 'Försök igen' }).click();
      await waitForResults(page);
      assert.equal(await part.getByRole('alert').count(), 0);
      assert.ok((await resultTitles(page)).length > 0);
      assert.ok((await verticalCount(page, 'Allt')) > 0);
    } finally {
      await fetch(faults, { method: 'DELETE' });
      await context.close();
    }
  });

  test('on a phone (390 px) the tabs stay one row that scrolls sideways inside the web part', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      await page.goto(`${stack.workbench.url}?${new URLSearchParams({ persona: 'anna', view: 'sharepoint', page: 'sok', q: 'lön' })}`);
      await waitForResults(page);
      const layout = await page.evaluate(() => {
        const nav = document.querySelector('[data-webpart="search"] nav');
        const part = document.querySelector('[data-webpart="search"]');
        const tops = Array.from(nav.querySelectorAll('button')).map((b) => Math.round(b.getBoundingClientRect().top));
        return { rows: new Set(tops).size, tabs: tops.length, navWidth: nav.getBoundingClientRect().width, partWidth: part.getBoundingClientRect().width, scrolls: nav.scrollWidth > nav.clientWidth };
      });
      assert.equal(layout.tabs, 5);
      assert.equal(layout.rows, 1, 'one row of tabs');
      assert.ok(layout.navWidth <= layout.partWidth + 0.5, `the row (${layout.navWidth} px) fits the web part (${layout.partWidth} px)`);
      assert.equal(layout.scrolls, true, 'the row scrolls sideways');
      // The last tab is reached by the keyboard: the row scrolls to it.
      await page.getByRole('navigation', { name: 'Vad du söker' }).getByRole('button', { name: /^Guider/ }).focus();
      const visible = await page.evaluate(() => {
        const nav = document.querySelector('[data-webpart="search"] nav');
        const last = nav.querySelectorAll('button')[4].getBoundingClientRect();
        const box = nav.getBoundingClientRect();
        return last.right <= box.right + 1 && last.left >= box.left - 1;
      });
      assert.equal(visible, true, 'the focused tab is scrolled into view');
      await page.locator('[data-webpart="search"]').screenshot({ path: path.join(output, 'search-phone.png') });
    } finally {
      await context.close();
    }
  });

  test('"lön" as Anna in Eksjö: a guide or page first, then at most three people, Eksjö\'s first', async () => {
    const { page, context } = await openSearch('anna');
    try {
      await searchFor(page, 'lön');
      const cards = await page.locator('[data-webpart="search"] article').evaluateAll((articles) => articles.map((a) => ({
        person: !!a.closest('[data-search-people]'), kind: (a.querySelector('span') || {}).textContent || '', text: a.textContent
      })));
      assert.ok(cards.length > 0);
      assert.equal(cards[0].person, false, 'content first');
      assert.match(cards[0].kind, /Guider|Sida|Nyhet|Webbsidor/, `the first result is a guide or a page: ${cards[0].kind}`);
      const people = cards.filter((c) => c.person);
      assert.ok(people.length > 0 && people.length <= 3, `${people.length} people`);
      assert.match(people[0].text, /Eksjö/, 'the first person is Eksjö\'s');
      const firstOther = people.findIndex((p) => !/Eksjö/.test(p.text));
      if (firstOther >= 0) assert.ok(people.slice(firstOther).every((p) => !/Eksjö/.test(p.text)), 'Eksjö\'s people before the others');
      await page.locator('[data-webpart="search"]').screenshot({ path: path.join(output, 'search-lon.png') });
    } finally {
      await context.close();
    }
  });

  test('before anything is typed: the organisation\'s shortcuts and the guides for the searcher, and the way to all guides', async () => {
    const { page, context } = await openSearch('anna');
    try {
      const config = JSON.parse((await (await fetch(`${stack.tenant.url}/_api/web/GetStorageEntity('Samverka.TenantConfig')`, { headers: { Authorization: 'Bearer anna', Accept: 'application/json' } })).json()).Value);
      assert.ok(config.searchShortcuts.length > 0);
      const shortcuts = page.getByRole('region', { name: 'Genvägar' });
      await shortcuts.waitFor({ timeout: 20000 });
      assert.deepEqual(await shortcuts.getByRole('link').allTextContents(), config.searchShortcuts.map((s) => s.title));
      const forYou = page.getByRole('region', { name: 'Guider för dig' });
      await forYou.locator('article').first().waitFor({ timeout: 20000 });
      const count = await forYou.locator('article').count();
      assert.ok(count > 0 && count <= 4, `${count} guides`);
      // Anna's guides: Eksjö's and those for every municipality, none of another municipality's alone.
      const places = await forYou.locator('article').allTextContents();
      assert.ok(places.every((t) => !/Sävsjö kommun|Vetlanda kommun/.test(t) || /Alla kommuner|Eksjö/.test(t)), places.join(' | '));
      assert.equal(await page.locator('[data-webpart="search"] [role="status"]').count(), 0, 'no count before a search');
      assert.deepEqual(await axeViolations(page), []);
      await page.locator('[data-webpart="search"]').screenshot({ path: path.join(output, 'search-start.png') });
      const before = await forYou.locator('article h3').allTextContents();
      assert.equal(await forYou.getByText('Fäst på Min sida').count(), 0, 'nothing pinned yet');
      await forYou.getByRole('button', { name: 'Visa alla guider' }).click();
      await waitForResults(page);
      assert.equal(new URL(page.url()).searchParams.get('v'), 'guides');
      assert.ok((await resultTitles(page)).length >= count);

      // A guide Anna pins in Min sida comes first on Sök's start page (one the start page did not show, if there is one).
      const dashboard = await context.newPage();
      await dashboard.goto(`${stack.workbench.url}?${new URLSearchParams({ persona: 'anna', page: 'dashboard', view: 'sharepoint' })}`);
      const guides = dashboard.locator('[data-section="guides"]');
      await guides.locator('li h3 a').first().waitFor({ timeout: 20000 });
      const offered = await guides.locator('li h3 a').allTextContents();
      const choice = offered.filter((t) => !before.includes(t)).pop() || offered.filter((t) => t !== before[0]).pop();
      assert.ok(choice, offered.join(' | '));
      const pin = guides.getByRole('button', { name: `Fäst ${choice} överst` });
      await pin.click();
      await dashboard.getByText('Sparat.').waitFor({ timeout: 20000 });
      assert.equal(await guides.getByRole('button', { name: `Lossa ${choice}` }).getAttribute('aria-pressed'), 'true');
      await dashboard.close();

      await page.goto(`${stack.workbench.url}?${new URLSearchParams({ persona: 'anna', view: 'sharepoint', page: 'sok' })}`);
      const again = page.getByRole('region', { name: 'Guider för dig' });
      await again.locator('article').first().waitFor({ timeout: 20000 });
      const after = await again.locator('article h3').allTextContents();
      assert.equal(after[0], choice, after.join(' | '));
      assert.deepEqual(after.slice(1), before.filter((t) => t !== choice).slice(0, after.length - 1));
      // The pinned guide says why it is first; the others do not.
      const marked = await again.locator('article').evaluateAll((cards) => cards.map((card) => card.textContent.includes('Fäst på Min sida')));
      assert.deepEqual(marked, after.map((_, i) => i === 0));
    } finally {
      await context.close();
    }
  });
});

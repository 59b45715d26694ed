// End to end: content reuse in the workbench against the local tenant (seed 42) in Chromium.
// First, offers from a Sävsjö editor made with the requests the service sends: Johan, Vetlanda's
// editor, accepts one for all staff and one for managers; Targeted news shows the first to Sara
// (Vetlanda) labelled "Från Sävsjö", the second not to her (not a manager), neither to Anna
// (Eksjö). Then borrowing. Last, the whole flow in the browser as its people: Karin (Sävsjö's
// editor) offers, Johan accepts for the managers, Per (a Vetlanda manager) sees it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useStack, axeViolations, output, searchToBorrow, luminance, teamsDarkInputBackground } from './support.mjs';

const stack = useStack({ seed: 42 });

async function call(relative, token, body) {
  const response = await fetch(new URL(relative, stack.tenant.url), {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined
  });
  assert.ok(response.status === 200 || response.status === 201, `${relative} as ${token}: ${response.status}`);
  return response.json();
}

async function open(persona, query = {}) {
  const context = await stack.browser.newContext({ viewport: { width: 1366, height: 1000 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const params = new URLSearchParams({ persona, layout: 'list', view: 'sharepoint', ...query });
  await page.goto(`${stack.workbench.url}?${params}`);
  return { page, context };
}

/** News items of the start page's Targeted news: title and the "Från …" label. */
async function feedItems(page) {
  const feed = page.locator('[data-webpart="targeted-news"]');
  await feed.locator('section h3 a').first().waitFor({ timeout: 30000 });
  return feed.locator('section li:has(h3)').evaluateAll((items) => items.map((item) => ({
    title: item.querySelector('h3').textContent,
    origin: item.querySelector('[data-origin]') ? item.querySelector('[data-origin]').textContent : null
  })));
}

describe('Content reuse in the workbench', () => {
  test('an offer from Sävsjö, accepted by Vetlanda\'s editor, reaches the chosen audience labelled with its source', async () => {
    const store = stack.tenant.tenant.store;
    const group = store.groups().find((g) => g.mailNickname === 'savsjo-kommunikation');
    const editor = store.users().find((u) => u.personaKey === null && store.memberOf(u.id).some((g) => g.id === group.id));
    const token = `upn:${editor.userPrincipalName}`;
    const savsjo = await call("/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Title,Description,FileRef&$filter=PromotedState eq 2&$top=2", token);
    // The Sävsjö editor may not publish in Vetlanda (403), so the send is an offer.
    const denied = await fetch(new URL('/sites/vetlanda/_api/sitepages/pages/reposts', stack.tenant.url), {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'x', OriginalSourceUrl: `${stack.tenant.url}/x.aspx` })
    });
    assert.equal(denied.status, 403);
    const titles = [];
    for (const [i, raw] of savsjo.value.entries()) {
      const title = `${raw.Title} (samverkan ${i + 1})`;
      titles.push(title);
      // The page's URL as the web part in the browser spells it (the workbench serves the tenant).
      await call("/sites/gemensamt/_api/web/lists/getByTitle('Erbjudanden')/items", token, {
        Title: title, SamverkaSourceUrl: `${new URL(stack.workbench.url).origin}${encodeURI(raw.FileRef)}`, SamverkaSourceDescription: raw.Description || '',
        SamverkaFromMunicipality: 'savsjo', SamverkaToMunicipality: 'vetlanda', SamverkaAudienceIds: '[]',
        SamverkaOfferStatus: 'pending', SamverkaOfferedBy: editor.mail
      });
    }

    const { page, context } = await open('johan', { page: 'samverka' });
    try {
      const offers = page.getByRole('region', { name: 'Erbjudanden till Vetlanda' });
      await offers.getByRole('listitem').first().waitFor({ timeout: 30000 });
      const [allStaff, managers] = titles.map((title) => offers.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) }));
      // What waits first: the offers (counted in their heading) come before sending and borrowing.
      const waiting = await offers.getByRole('listitem').count();
      assert.equal(await offers.getByRole('heading', { level: 3 }).textContent(), `Erbjudanden till Vetlanda som väntar på svar (${waiting})`);
      const order = await page.locator('[data-webpart="content-reuse"] h3').evaluateAll((hs) => hs.map((h) => h.textContent));
      assert.ok(order.indexOf('Skicka en nyhet') > order.findIndex((t) => t.startsWith('Erbjudanden till Vetlanda')), order.join(' | '));
      assert.ok(order.indexOf('Låna en sida') > order.indexOf('Skicka en nyhet'), order.join(' | '));
      // The sender by name, the address on hover.
      const by = allStaff.locator('[data-offered-by]');
      assert.equal(await by.textContent(), editor.displayName);
      assert.equal(await by.getAttribute('title'), editor.mail);
      // Who the chosen audience reaches, as the directory counts it.
      await allStaff.locator('[data-reach]', { hasText: /^Når \d+ i Vetlanda\.$/ }).waitFor({ timeout: 30000 });
      assert.doesNotMatch(await allStaff.locator('[data-reach]').textContent(), /^Når 0 /);
      await allStaff.getByRole('button', { name: 'Förhandsgranska' }).click();
      assert.ok(await allStaff.getByRole('link', { name: 'Öppna originalet' }).isVisible());
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: path.join(output, 'reuse-offers.png'), fullPage: true });

      // Keyboard: the audience radio and the publish button.
      await allStaff.getByRole('button', { name: 'Publicera' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(`”${titles[0]}” är publicerad.`).waitFor();
      await managers.getByLabel('Chefer').check();
      await managers.getByRole('button', { name: 'Publicera' }).click();
      await page.getByText(`”${titles[1]}” är publicerad.`).waitFor();
      assert.equal(await offers.getByRole('listitem').count(), 0);

      // The feed as Vetlanda's managers see it: the managers' news link, labelled with its source.
      const preview = page.getByRole('region', { name: 'Förhandsgranska nyhetsflödet' });
      await preview.getByLabel('Chefer').check();
      const managersFeed = preview.getByRole('list', { name: 'Nyheter för chefer i Vetlanda' });
      await managersFeed.getByRole('link', { name: titles[1] }).waitFor({ timeout: 30000 });
      const managersItem = managersFeed.getByRole('listitem').filter({ hasText: titles[1] });
      assert.match(await managersItem.textContent(), /Från Sävsjö/);
      // Who that news link reaches: Vetlanda's managers, counted.
      await managersItem.getByRole('button', { name: 'Vem ser den?' }).click();
      await managersItem.locator('[data-audience]', { hasText: /Riktad till Vetlanda – chefer\. Når \d+ personer/ }).waitFor({ timeout: 30000 });
      assert.deepEqual(await axeViolations(page), []);
      await preview.getByLabel('Alla medarbetare').check();
      const staffFeed = preview.getByRole('list', { name: 'Nyheter för alla medarbetare i Vetlanda' });
      await staffFeed.getByRole('link', { name: titles[0] }).waitFor({ timeout: 30000 });
      assert.equal(await staffFeed.getByRole('link', { name: titles[1] }).count(), 0);

      // Sending one of Vetlanda's news to Sävsjö: Johan may not publish there, so it is offered.
      const form = page.getByRole('form', { name: 'Skicka en nyhet' });
      await form.getByLabel('Till kommun').selectOption({ label: 'Sävsjö' });
      // Said before the button is pressed: the send becomes an offer.
      await form.getByText('Du kan inte publicera i Sävsjö: det blir ett erbjudande till redaktörerna där, som väljer om nyheten ska publiceras.').waitFor();
      await form.getByRole('button', { name: 'Skicka som erbjudande' }).click();
      // What happened, in one plain sentence: no success bar beginning with a refusal.
      await form.getByText('Nyheten är erbjuden till redaktörerna i Sävsjö, som svarar på erbjudandet.').waitFor();
      assert.equal(await form.locator('.ms-MessageBar--success').count(), 0);
      await form.getByRole('button', { name: 'Skicka' }).click();
      await form.getByText('Nyheten är redan erbjuden till Sävsjö och väntar på svar.').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: path.join(output, 'reuse-sent.png'), fullPage: true });
    } finally {
      await context.close();
    }

    // The record has every step.
    const log = await call("/sites/gemensamt/_api/web/lists/getByTitle('Samverkanslogg')/items?$select=SamverkaAction,SamverkaActor,Title", 'johan');
    const actions = log.value.map((e) => e.SamverkaAction).sort();
    assert.deepEqual(actions, ['accepted', 'accepted', 'alreadyOffered', 'offered']);

    // Targeted news: Sara (Vetlanda) sees the all-staff one from Sävsjö, not the managers' one.
    const sara = await open('sara');
    try {
      const items = await feedItems(sara.page);
      const shared = items.find((item) => item.title === titles[0]);
      assert.ok(shared, `${titles[0]} in ${items.map((i) => i.title).join(' | ')}`);
      assert.equal(shared.origin, 'Från Sävsjö');
      assert.ok(!items.some((item) => item.title === titles[1]), 'the managers\' news is not shown to Sara');
      assert.deepEqual(await axeViolations(sara.page), []);
      await sara.page.locator('[data-webpart="targeted-news"]').screenshot({ path: path.join(output, 'reuse-targeted-news-sara.png') });
    } finally {
      await sara.context.close();
    }
    const anna = await open('anna');
    try {
      const items = await feedItems(anna.page);
      assert.ok(!items.some((item) => titles.includes(item.title)), 'Eksjö does not see Vetlanda\'s news links');
    } finally {
      await anna.context.close();
    }
  });

  test('Johan borrows a Sävsjö news page into Vetlanda; when Sävsjö changes it, the copy shows as changed and takes the new version', async () => {
    const store = stack.tenant.tenant.store;
    const group = store.groups().find((g) => g.mailNickname === 'savsjo-kommunikation');
    const editor = store.users().find((u) => u.personaKey === null && store.memberOf(u.id).some((g) => g.id === group.id));
    const { page, context } = await open('johan', { page: 'samverka' });
    let borrowedTitle;
    try {
      const part = page.getByRole('region', { name: 'Låna en sida' });
      const results = await searchToBorrow(part, { municipality: 'Sävsjö', kind: 'Nyhet' });
      const first = results.getByRole('listitem').first();
      assert.match(await first.textContent(), /Sävsjö · Nyhet · ändrad/);
      // The date in the shared style ("för 3 dagar sedan", "19 okt."), never ISO; in full on hover.
      assert.doesNotMatch(await first.textContent(), /ändrad \d{4}-\d\d-\d\d/);
      assert.match(await first.locator('time').first().getAttribute('title'), /^\d{1,2} \p{L}+ \d{4}/u);
      borrowedTitle = await first.getByRole('heading').textContent();
      await first.getByRole('button', { name: 'Förhandsgranska' }).click();
      await first.locator('[data-borrow-preview]').getByText(/Senast ändrad av /).waitFor({ timeout: 30000 });
      // The page as readers see it: its paragraphs as markup (sanitized), not flattened text.
      assert.ok(await first.locator('[data-borrow-preview] [data-safe-html] p').count() > 0);
      assert.equal(await first.locator('[data-borrow-preview] [data-safe-html] script').count(), 0);
      // Keyboard: the borrow button.
      await first.getByRole('button', { name: 'Låna' }).focus();
      await page.keyboard.press('Enter');
      await part.getByText(`”${borrowedTitle}” är kopierad till Vetlanda.`).waitFor({ timeout: 30000 });
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: path.join(output, 'reuse-borrowed.png'), fullPage: true });
    } finally {
      await context.close();
    }

    // The copy in Vetlanda's Site Pages, with its provenance; then Sävsjö's editor changes the source.
    const copies = await call("/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,Title,SamverkaSourceUrl,SamverkaSourceMunicipality,SamverkaSourceModified,SamverkaCopiedBy&$filter=SamverkaSourceMunicipality ne null", 'johan');
    const copy = copies.value.find((c) => c.Title === borrowedTitle);
    assert.ok(copy, `a copy titled ${borrowedTitle}`);
    assert.equal(copy.SamverkaSourceMunicipality, 'savsjo');
    assert.match(copy.SamverkaCopiedBy, /^johan\./i);
    const sourceRef = decodeURI(new URL(copy.SamverkaSourceUrl).pathname);
    const source = await call(`/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id&$filter=FileRef eq '${encodeURIComponent(sourceRef)}'`, `upn:${editor.userPrincipalName}`);
    const changedTitle = `${borrowedTitle} – uppdaterad`;
    const merge = await fetch(new URL(`/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items(${source.value[0].Id})`, stack.tenant.url), {
      method: 'POST',
      headers: { Authorization: `Bearer upn:${editor.userPrincipalName}`, Accept: 'application/json', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: JSON.stringify({ Title: changedTitle })
    });
    assert.equal(merge.status, 204);

    const again = await open('johan', { page: 'samverka' });
    try {
      const changed = again.page.locator('[data-borrow-changed]');
      const item = changed.getByRole('listitem').filter({ hasText: borrowedTitle });
      await item.waitFor({ timeout: 30000 });
      assert.match(await item.textContent(), new RegExp(`Rubriken i källan nu: ${changedTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.match(await item.textContent(), /Från Sävsjö\. Källan ändrades .+ av .+\./);
      assert.deepEqual(await axeViolations(again.page), []);
      await again.page.locator('[data-borrow]').screenshot({ path: path.join(output, 'reuse-borrow-changed.png') });
      await item.getByRole('button', { name: 'Använd källans nya version' }).click();
      await again.page.getByText(`”${borrowedTitle}” har fått källans nya version.`).waitFor({ timeout: 30000 });
    } finally {
      await again.context.close();
    }
    const after = await call(`/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,Title&$filter=Id eq ${copy.Id}`, 'johan');
    assert.equal(after.value[0].Title, changedTitle);
  });

  test('a publish that fails at the audience shows no one the news, tells the editor, and stands as a failure in the log', async () => {
    const store = stack.tenant.tenant.store;
    const group = store.groups().find((g) => g.mailNickname === 'savsjo-kommunikation');
    const editor = store.users().find((u) => u.personaKey === null && store.memberOf(u.id).some((g) => g.id === group.id));
    const token = `upn:${editor.userPrincipalName}`;
    const savsjo = await call("/sites/savsjo/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Title,Description,FileRef&$filter=PromotedState eq 2&$top=3", token);
    const raw = savsjo.value[2];
    const title = `${raw.Title} (samverkan som misslyckas)`;
    const sourceUrl = `${new URL(stack.workbench.url).origin}${encodeURI(raw.FileRef)}`;
    await call("/sites/gemensamt/_api/web/lists/getByTitle('Erbjudanden')/items", token, {
      Title: title, SamverkaSourceUrl: sourceUrl, SamverkaSourceDescription: raw.Description || '',
      SamverkaFromMunicipality: 'savsjo', SamverkaToMunicipality: 'vetlanda', SamverkaAudienceIds: '[]',
      SamverkaOfferStatus: 'pending', SamverkaOfferedBy: editor.mail
    });

    const { page, context } = await open('johan', { page: 'samverka' });
    try {
      const offers = page.getByRole('region', { name: 'Erbjudanden till Vetlanda' });
      const offer = offers.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
      await offer.waitFor({ timeout: 30000 });
      // The audience step fails: SharePoint cannot resolve the groups.
      const faults = await fetch(new URL('/_emulator/faults', stack.tenant.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([{ pattern: 'web/ensureuser', status: 500 }]) });
      assert.equal(faults.status, 201);
      try {
        await offer.getByRole('button', { name: 'Publicera' }).click();
        await offers.getByText('Nyheten publicerades inte: mottagarna kunde inte ställas in. Ingen har fått se den. Försök igen.').waitFor({ timeout: 30000 });
      } finally {
        assert.equal((await fetch(new URL('/_emulator/faults', stack.tenant.url), { method: 'DELETE' })).status, 204);
      }

      // The log, opened on demand, has the failure in Swedish: what, from and to where, who, and why nothing was published.
      const log = page.getByRole('region', { name: 'Händelser' });
      await log.getByRole('button', { name: 'Visa händelser' }).click();
      const failure = log.locator('li[data-log-action="sendFailed"]').filter({ hasText: title });
      await failure.waitFor({ timeout: 30000 });
      assert.match(await failure.textContent(), /^Misslyckades: .+Från Sävsjö till Vetlanda · johan\./);
      assert.match(await failure.textContent(), /Inget publicerades: mottagarna kunde inte ställas in, så ingen utanför dem har sett nyheten\.$/);
      assert.equal(await failure.getByRole('link', { name: title }).getAttribute('href'), sourceUrl);
      assert.deepEqual(await axeViolations(page), []);
      await log.screenshot({ path: path.join(output, 'reuse-log-failure.png') });
    } finally {
      await context.close();
    }

    // No link in Vetlanda, not even a draft; one failure in the record.
    const links = await call("/sites/vetlanda/_api/web/lists/getByTitle('Site%20Pages')/items?$select=Id,OData__OriginalSourceUrl&$top=5000", 'johan');
    assert.equal(links.value.filter((l) => l.OData__OriginalSourceUrl === sourceUrl).length, 0);
    const record = await call("/sites/gemensamt/_api/web/lists/getByTitle('Samverkanslogg')/items?$select=SamverkaAction,SamverkaDetails,Title&$top=500", 'johan');
    assert.deepEqual(record.value.filter((e) => e.Title === title).map((e) => [e.SamverkaAction, e.SamverkaDetails]), [['sendFailed', 'audienceFailed']]);
    // Sara (Vetlanda, not an editor) sees nothing of it in Targeted news.
    const sara = await open('sara');
    try {
      assert.ok(!(await feedItems(sara.page)).some((item) => item.title === title));
    } finally {
      await sara.context.close();
    }
  });

  test('in the Teams tab, dark theme, no field is lighter than the theme\'s input background and the browser draws them dark', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    try {
      await page.goto(new URL(`/teams?${new URLSearchParams({ persona: 'karin', page: 'samverka', theme: 'dark' })}`, stack.workbench.url).href);
      const part = page.locator('[data-webpart="content-reuse"]');
      await part.locator('select').first().waitFor({ timeout: 30000 });
      const controls = await part.evaluate((root) => [...root.querySelectorAll('input, select, textarea')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => ({
          what: `${e.tagName.toLowerCase()}[${e.getAttribute('type') || ''}]#${e.id}`, value: e.value, placeholder: e.placeholder || '',
          background: getComputedStyle(e).backgroundColor, scheme: getComputedStyle(e).colorScheme, box: ['radio', 'checkbox'].includes(e.type)
        })));
      assert.ok(controls.some((c) => c.what.startsWith('select')), JSON.stringify(controls));
      // The day field is the shared date field, written the Swedish way: no browser date field ("mm/dd/yyyy").
      assert.equal(controls.filter((c) => c.what.includes('[date]')).length, 0);
      const since = page.getByLabel('Ändrad från och med');
      assert.equal(await since.getAttribute('placeholder'), 'ÅÅÅÅ-MM-DD');
      const limit = luminance(teamsDarkInputBackground());
      // Radio buttons and checkboxes have no background of their own: the browser draws them, in the dark scheme.
      const lighter = controls.filter((c) => !c.box && !/, 0\)$/.test(c.background) && luminance(c.background) > limit + 1e-6).map((c) => `${c.what} ${c.background}`);
      assert.deepEqual(lighter, []);
      assert.deepEqual(controls.filter((c) => c.scheme !== 'dark').map((c) => c.what), []);
      // Its calendar opens dark, weeks from Monday.
      await since.click();
      const calendar = page.getByRole('dialog');
      await calendar.waitFor();
      const calendarBackground = await calendar.evaluate((e) => getComputedStyle(e.querySelector('.ms-DatePicker-wrap, .ms-Calendar') || e).backgroundColor);
      assert.ok(luminance(calendarBackground) <= luminance(teamsDarkInputBackground()) + 0.05, `the calendar is dark: ${calendarBackground}`);
      const first = await calendar.locator('th[title]').first().getAttribute('title');
      assert.equal(first, 'måndag');
      await page.screenshot({ path: path.join(output, 'reuse-teams-dark.png'), fullPage: false });
      await page.keyboard.press('Escape');
    } finally {
      await context.close();
    }
  });

  test('an employee sees no editing action', async () => {
    const { page, context } = await open('sara', { page: 'samverka' });
    try {
      const part = page.locator('[data-webpart="content-reuse"]');
      await part.getByText('Det här är bara för redaktörer.').waitFor({ timeout: 30000 });
      assert.equal(await part.getByRole('button').count(), 0);
      assert.equal(await part.locator('[data-borrow]').count(), 0, 'no borrowing for an employee');
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
});

describe('Content reuse, walked through by the people it names', () => {
  test('Karin (Sävsjö) offers a news item to Vetlanda; Johan accepts it for the managers; Per sees it from Sävsjö, Sara and Anna do not', async () => {
    // Karin may not publish in Vetlanda's hub, so her send becomes an offer.
    const karin = await open('karin', { page: 'samverka' });
    let title;
    try {
      const form = karin.page.getByRole('form', { name: 'Skicka en nyhet' });
      const news = form.getByLabel('Nyhet', { exact: true });
      await news.waitFor({ timeout: 30000 });
      // Not the first news items: the test above already shared those.
      await news.selectOption({ index: 4 });
      title = (await news.locator('option:checked').textContent()).trim();
      await form.getByLabel('Till kommun').selectOption({ label: 'Vetlanda' });
      // Who it reaches in Vetlanda; people of other municipalities in its groups apart, if any.
      await form.locator('[data-reach]', { hasText: /^Når \d+ i Vetlanda\.$/ }).waitFor({ timeout: 30000 });
      for (const line of await form.locator('[data-reach-others]').allTextContents()) {
        assert.match(line, /^I grupperna finns också \d+ utanför Vetlanda: .+\.$/);
      }
      // Before the button is pressed, Karin is told the send becomes an offer.
      await form.getByText('Du kan inte publicera i Vetlanda: det blir ett erbjudande till redaktörerna där, som väljer om nyheten ska publiceras.').waitFor();
      await form.getByRole('button', { name: 'Skicka som erbjudande' }).click();
      await form.getByText('Nyheten är erbjuden till redaktörerna i Vetlanda, som svarar på erbjudandet.').waitFor();
      assert.equal(await form.locator('.ms-MessageBar--success').count(), 0);
    } finally {
      await karin.context.close();
    }

    // Johan, Vetlanda's editor, publishes it for Vetlanda's managers.
    const johan = await open('johan', { page: 'samverka' });
    try {
      const offers = johan.page.getByRole('region', { name: 'Erbjudanden till Vetlanda' });
      const offer = offers.getByRole('listitem').filter({ has: johan.page.getByRole('heading', { name: title }) });
      await offer.waitFor({ timeout: 30000 });
      await offer.getByLabel('Chefer').check();
      await offer.getByRole('button', { name: 'Publicera' }).click();
      await johan.page.getByText(`”${title}” är publicerad.`).waitFor();
    } finally {
      await johan.context.close();
    }

    // Per, a manager in Vetlanda, sees it in Targeted news, labelled with its source.
    const per = await open('per', { items: '20' });
    try {
      const item = (await feedItems(per.page)).find((i) => i.title === title);
      assert.ok(item, `${title} is in Per's feed`);
      assert.equal(item.origin, 'Från Sävsjö');
    } finally {
      await per.context.close();
    }
    // Sara, not a manager in Vetlanda, and Anna, in Eksjö, do not.
    for (const persona of ['sara', 'anna']) {
      const other = await open(persona, { items: '20' });
      try {
        assert.ok(!(await feedItems(other.page)).some((i) => i.title === title), `${persona} does not see the managers' news link`);
      } finally {
        await other.context.close();
      }
    }
  });
});

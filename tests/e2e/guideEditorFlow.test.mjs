// End to end: a guide's whole way, in the workbench against the local tenant (seed 42) in Chromium.
// Johan, an editor, writes a three-step guide with the keyboard alone (a picture with alt text, a
// film with captions), saves a draft that Sara, a reader in Vetlanda, cannot find in Sök, then
// publishes it: Sara finds it by a word only step two has and walks through it. Then two editors,
// Johan and Karin, edit one guide at once: the stale save is refused by its ETag, names who saved
// and when, keeps the refused text, and either choice (load theirs, keep mine) does what it says.
// What got stored is read from the tenant's REST.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useStack } from './support.mjs';

const GUIDES = "/sites/gemensamt/_api/web/lists/getByTitle('Guider')";
const EDITOR = '[data-webpart="guide-editor"]';
const SEARCH = '[data-webpart="search"]';

const stack = useStack({ seed: 42 });

async function rest(path, { token = 'johan', body, method = body ? 'POST' : 'GET', headers = {} } = {}) {
  const response = await fetch(new URL(path, stack.tenant.url), {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
}

/** The guides with this title, as the tenant holds them (status, steps, ETag, who saved last). */
async function storedGuides(title) {
  const select = 'Id,Title,SamverkaGuideSummary,SamverkaGuideStatus,SamverkaGuideSteps,Modified,Editor/Title';
  const r = await rest(`${GUIDES}/items?$select=${select}&$expand=Editor&$top=5000`);
  assert.equal(r.status, 200, r.text);
  return r.json.value.filter((g) => g.Title === title);
}

async function openPage(persona, page, query = {}) {
  const context = await stack.browser.newContext({ viewport: { width: 1366, height: 1000 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const tab = await context.newPage();
  await tab.goto(`${stack.workbench.url}?${new URLSearchParams({ persona, page, view: 'sharepoint', ...query })}`);
  return { page: tab, context };
}

/**
 * What has focus: its name (its label, aria-label, labelling element or text), the step it is in
 * (1-based; 0 outside the steps) and whether it is a step's rich text area.
 */
function focusedElement(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: '', step: 0, richText: false };
    const byIds = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((n) => n.textContent.trim()).join(' ');
    const name = (el.labels && el.labels.length > 0 ? el.labels[0].textContent.trim() : '')
      || el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') ? byIds(el.getAttribute('aria-labelledby')) : '')
      || el.textContent.trim();
    const stepItem = el.closest('li[data-step-key]');
    const step = stepItem ? Array.prototype.indexOf.call(stepItem.parentElement.children, stepItem) + 1 : 0;
    return { name, step, richText: el.getAttribute('contenteditable') === 'true' };
  });
}

/** Presses Tab (Shift+Tab with `back`) until what has focus matches; fails after `max` presses. */
async function tabTo(page, matches, { max = 80, back = false } = {}) {
  let seen;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    seen = await focusedElement(page);
    if (matches(seen)) return seen;
  }
  return assert.fail(`no focus stop matched ${matches} in ${max} presses (last: ${JSON.stringify(seen)})`);
}

const named = (name, step) => (f) => f.name === name && (step === undefined || f.step === step);
const richText = (step) => (f) => f.richText && f.step === step;

/** Tabs to a field and types into it. */
async function typeInto(page, matches, text) {
  await tabTo(page, matches);
  await page.keyboard.type(text);
}

/** Sök: the query typed in the box and sent with Enter; waits for this search's answer. */
async function search(page, text) {
  const box = page.getByRole('combobox', { name: 'Sök på intranätet' });
  await box.waitFor({ timeout: 30000 });
  await box.fill(text);
  await box.press('Enter');
  await page.waitForFunction(({ part, q }) => {
    const status = document.querySelector(`${part} [role="status"]`);
    return new URL(location.href).searchParams.get('q') === q && status && /träff/.test(status.textContent)
      && !document.querySelector(`${part} [aria-busy="true"]`);
  }, { part: SEARCH, q: text }, { timeout: 30000 });
  return page.locator(`${SEARCH} article h3`).allTextContents();
}

function stockholmMinute(iso) {
  return new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
}

describe('a guide from first keystroke to reader, and two editors at once', () => {
  test('Johan writes a three-step guide by keyboard alone; Sara cannot find the draft, finds the published guide by a word from step two and walks through it', async () => {
    const stamp = Date.now().toString(36);
    const title = `Beställ arbetskläder ${stamp}`;
    // A word of step two only: no seeded guide, and no other field of this one, has it.
    const word = `Klädförrådsnyckeln${stamp.replace(/\d/g, '')}`;
    const editor = await openPage('johan', 'guider');
    const reader = await openPage('sara', 'sok');
    try {
      const { page } = editor;
      const part = page.locator(EDITOR);
      await part.locator('tbody tr[data-guide-id]').first().waitFor({ timeout: 30000 });

      // From the top of the page: Tab to "Ny guide", Enter; focus lands on the form's heading.
      await tabTo(page, named('Ny guide'), { max: 150 });
      await page.keyboard.press('Enter');
      await part.getByRole('heading', { name: 'Ny guide' }).waitFor();
      await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'H3');

      await typeInto(page, named('Titel'), title);
      await typeInto(page, named('Sammanfattning'), 'Så beställer du arbetskläder från förrådet.');
      await typeInto(page, named('Kategori'), 'Arbetsmiljö');
      await typeInto(page, named('Förvaltning'), 'Kommunledningsförvaltningen');

      // Step 1: heading, text, a picture by its address and its alt text.
      await typeInto(page, named('Rubrik', 1), 'Logga in i beställningen');
      await typeInto(page, richText(1), 'Öppna beställningen från startsidan.');
      await typeInto(page, named('Bild (adress)', 1), '/sites/gemensamt/SiteAssets/Guider/bestallning.png');
      await typeInto(page, named('Bildens alternativtext', 1), 'Startsidan med länken Beställning markerad');

      // Step 2, added with the keyboard: focus lands in its heading.
      await tabTo(page, named('Lägg till steg'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('li[data-step-key]').length === 2);
      assert.deepEqual(await focusedElement(page), { name: 'Rubrik', step: 2, richText: false });
      await page.keyboard.type('Välj storlek');
      await typeInto(page, richText(2), `Ange storlek och hämta ${word} i receptionen.`);

      // Step 3: a film on the tenant with its WebVTT captions.
      await tabTo(page, named('Lägg till steg'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('li[data-step-key]').length === 3);
      assert.deepEqual(await focusedElement(page), { name: 'Rubrik', step: 3, richText: false });
      await page.keyboard.type('Hämta kläderna');
      await typeInto(page, richText(3), 'Filmen visar var förrådet ligger.');
      await typeInto(page, named('Film (länk till SharePoint eller Stream)', 3), '/sites/gemensamt/SiteAssets/Guider/forradet.mp4');
      await typeInto(page, named('Textning (adress till en WebVTT-fil)', 3), '/sites/gemensamt/SiteAssets/Guider/forradet.vtt');

      // Saved as a draft.
      await tabTo(page, named('Spara utkast'));
      await page.keyboard.press('Enter');
      await part.getByText(/Utkastet är sparat/).waitFor({ timeout: 20000 });
      const [draft] = await storedGuides(title);
      assert.ok(draft, 'the draft is in the list');
      assert.equal(draft.SamverkaGuideStatus, 'utkast');
      const steps = JSON.parse(draft.SamverkaGuideSteps);
      assert.deepEqual(steps.map((s) => s.title), ['Logga in i beställningen', 'Välj storlek', 'Hämta kläderna']);
      assert.deepEqual(steps[0].image, { url: '/sites/gemensamt/SiteAssets/Guider/bestallning.png', alt: 'Startsidan med länken Beställning markerad' });
      assert.match(steps[1].html, new RegExp(word));
      assert.equal(steps[2].video.url, '/sites/gemensamt/SiteAssets/Guider/forradet.mp4');
      assert.equal(steps[2].video.captionsUrl, '/sites/gemensamt/SiteAssets/Guider/forradet.vtt');
      assert.equal(steps.filter((s) => JSON.stringify(s).includes(word)).length, 1, 'the word is in step two only');

      // Sara, a reader in Vetlanda, searches for the word: the draft is not there.
      assert.deepEqual(await search(reader.page, word), []);
      await reader.page.locator(SEARCH).getByText('Inga träffar.', { exact: false }).waitFor();

      // Johan publishes, with the keyboard.
      await tabTo(page, named('Publicera'), { back: true });
      await page.keyboard.press('Enter');
      await part.getByText('Guiden är publicerad.').waitFor({ timeout: 20000 });
      const [published] = await storedGuides(title);
      assert.equal(published.Id, draft.Id, 'the same item, not a second one');
      assert.equal(published.SamverkaGuideStatus, 'publicerad');

      // Sara searches again: the guide, and only it, is found by the word from step two.
      const rp = reader.page;
      await rp.reload();
      assert.deepEqual(await search(rp, word), [title]);
      await rp.locator(`${SEARCH} article h3 button`).first().click();
      const dialog = rp.getByRole('dialog', { name: title });
      await dialog.getByText('Steg 1 av 3').waitFor({ timeout: 20000 });
      await dialog.getByRole('heading', { name: /Logga in i beställningen/ }).waitFor();
      assert.equal(await dialog.locator('img').getAttribute('alt'), 'Startsidan med länken Beställning markerad');
      await dialog.getByRole('button', { name: 'Nästa' }).click();
      await dialog.getByText('Steg 2 av 3').waitFor();
      await dialog.getByRole('heading', { name: /Välj storlek/ }).waitFor();
      await dialog.getByText(word, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Nästa' }).click();
      await dialog.getByText('Steg 3 av 3').waitFor();
      await dialog.getByRole('heading', { name: /Hämta kläderna/ }).waitFor();
      const track = dialog.locator('video track[kind="captions"]');
      assert.match(await track.getAttribute('src'), /\/sites\/gemensamt\/SiteAssets\/Guider\/forradet\.vtt$/);
      assert.equal(await dialog.getByRole('button', { name: 'Nästa' }).isDisabled(), true, 'step three is the last');
    } finally {
      await editor.context.close();
      await reader.context.close();
    }
  });

  test('Johan and Karin edit one guide at once: the stale save is refused (412), names who and when, keeps the text; "Hämta deras version" loads theirs, "Behåll mina ändringar" saves on top', async () => {
    const title = `Byt lösenord i Lönesystemet ${Date.now().toString(36)}`;
    const original = [{ title: 'Öppna Lönesystemet', html: '<p>Logga in.</p>' }, { title: 'Välj nytt lösenord', html: '<p>Skriv det två gånger.</p>' }];
    const created = await rest(`${GUIDES}/items`, {
      body: {
        Title: title, SamverkaGuideSummary: 'Första sammanfattningen', SamverkaGuideSteps: JSON.stringify(original), SamverkaGuideStepCount: 2,
        SamverkaGuideCategory: 'IT', SamverkaMunicipality: ['alla'], SamverkaGuideStatus: 'utkast'
      }
    });
    assert.equal(created.status, 201, created.text);
    const item = async () => {
      const r = await rest(`${GUIDES}/items(${created.json.Id})?$select=Title,SamverkaGuideSummary,SamverkaGuideSteps,Modified,Editor/Title&$expand=Editor`);
      assert.equal(r.status, 200, r.text);
      return { ...r.json, etag: r.json['odata.etag'], steps: JSON.parse(r.json.SamverkaGuideSteps) };
    };

    /** The overview, the guide found by its title, Redigera. */
    const editGuide = async (part) => {
      await part.locator('tbody tr[data-guide-id]').first().waitFor({ timeout: 30000 });
      await part.getByLabel('Sök bland guiderna').fill(title);
      await part.getByRole('button', { name: `Redigera ${title}` }).click();
      await part.getByRole('heading', { name: `Redigera: ${title}` }).waitFor({ timeout: 20000 });
      await part.locator('[data-guide-status]').waitFor();
    };
    const openGuide = async (persona) => {
      const opened = await openPage(persona, 'guider');
      const part = opened.page.locator(EDITOR);
      await editGuide(part);
      return { ...opened, part };
    };
    const summary = (part) => part.getByLabel('Sammanfattning', { exact: true });
    const stepTitle = (part, i) => part.getByLabel('Rubrik', { exact: true }).nth(i);
    const saveDraft = async (part) => {
      await part.getByRole('button', { name: 'Spara utkast' }).click();
    };
    const saved = (part) => part.getByText(/Utkastet är sparat/).waitFor({ timeout: 20000 });
    const conflictBar = (part) => part.locator('[data-guide-conflict]');
    // A message bar's text: its icon (a glyph of Fluent's icon font, registered as SharePoint does) is decoration.
    const messageOf = async (bar) => (await bar.textContent()).replace(/[\uE000-\uF8FF]/g, '');

    const johan = await openGuide('johan');
    const karin = await openGuide('karin');
    // The saves as they went over the wire: SharePoint itself refuses the stale one.
    const karinsSaves = [];
    karin.page.on('response', (response) => {
      const request = response.request();
      if (request.method() === 'POST' && /\/items\(\d+\)$/.test(new URL(response.url()).pathname)) {
        karinsSaves.push({ status: response.status(), ifMatch: request.headers()['if-match'] });
      }
    });
    try {
      // Both started from the same version. Johan saves first.
      assert.equal(await summary(karin.part).inputValue(), 'Första sammanfattningen');
      await summary(johan.part).fill('Johans sammanfattning');
      await saveDraft(johan.part);
      await saved(johan.part);
      const afterJohan = await item();
      assert.equal(afterJohan.SamverkaGuideSummary, 'Johans sammanfattning');

      // Karin's copy is stale: her save is refused, she is told who saved and when, nothing is overwritten.
      await stepTitle(karin.part, 0).fill('Karins första steg');
      await summary(karin.part).fill('Karins sammanfattning');
      await saveDraft(karin.part);
      await conflictBar(karin.part).waitFor({ timeout: 20000 });
      assert.equal((await conflictBar(karin.part).textContent()).includes(
        `Johan Ek har sparat guiden ${stockholmMinute(afterJohan.Modified)}, efter att du började redigera. Inget har skrivits över.`), true,
      await conflictBar(karin.part).textContent());
      assert.deepEqual(await item(), afterJohan, 'the refused save changed nothing');
      assert.equal(karinsSaves.length, 1);
      assert.equal(karinsSaves[0].status, 412);
      assert.notEqual(karinsSaves[0].ifMatch, afterJohan.etag);
      // Her text is still in the form, and kept in the browser.
      assert.equal(await summary(karin.part).inputValue(), 'Karins sammanfattning');
      assert.equal(await stepTitle(karin.part, 0).inputValue(), 'Karins första steg');
      const kept = await karin.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samverka:guide-draft'))
        .map((k) => localStorage.getItem(k)).join('\n'));
      assert.match(kept, /Karins sammanfattning/);

      // The tab is reloaded: her refused edit is offered back, and restored it still starts from
      // the version she had, so saving it is refused again rather than written over Johan's.
      await karin.page.reload();
      await editGuide(karin.part);
      await karin.part.getByText(/^Du har osparade ändringar från/).waitFor();
      assert.equal(await summary(karin.part).inputValue(), 'Johans sammanfattning', 'the form opens with what is saved');
      await karin.part.getByRole('button', { name: 'Återställ' }).click();
      assert.equal(await summary(karin.part).inputValue(), 'Karins sammanfattning');
      assert.equal(await stepTitle(karin.part, 0).inputValue(), 'Karins första steg');
      await saveDraft(karin.part);
      await conflictBar(karin.part).waitFor({ timeout: 20000 });
      assert.deepEqual(karinsSaves.map((r) => r.status), [412, 412]);
      assert.deepEqual(await item(), afterJohan);

      // "Hämta deras version": Johan's version is in the form.
      await conflictBar(karin.part).getByRole('button', { name: 'Hämta deras version' }).click();
      await karin.part.getByText('Den senast sparade versionen är hämtad.').waitFor();
      assert.equal(await summary(karin.part).inputValue(), 'Johans sammanfattning');
      assert.equal(await stepTitle(karin.part, 0).inputValue(), 'Öppna Lönesystemet');
      assert.equal(await conflictBar(karin.part).count(), 0);

      // Karin writes on from Johan's version; Johan saves again meanwhile; Karin's save is refused again.
      await summary(karin.part).fill('Karins andra sammanfattning');
      await stepTitle(johan.part, 1).fill('Johans andra steg');
      await saveDraft(johan.part);
      await johan.part.getByText(/Utkastet är sparat/).waitFor({ timeout: 20000 });
      const beforeKeep = await item();
      assert.equal(beforeKeep.steps[1].title, 'Johans andra steg');
      await saveDraft(karin.part);
      await conflictBar(karin.part).waitFor({ timeout: 20000 });
      assert.match(await messageOf(conflictBar(karin.part)), /^Johan Ek har sparat guiden/);
      assert.equal(await summary(karin.part).inputValue(), 'Karins andra sammanfattning');

      // "Behåll mina ändringar": her version is saved on top of his, with his ETag; the list says she saved it.
      // The message takes focus, so it is read out; its choices are the next stops, and she chooses with the keyboard.
      await karin.page.waitForFunction(() => !!document.activeElement && document.activeElement.getAttribute('role') === 'status'
        && !!document.activeElement.querySelector('[data-guide-conflict]'));
      await tabTo(karin.page, named('Hämta deras version'), { max: 1 });
      await tabTo(karin.page, named('Behåll mina ändringar'), { max: 1 });
      await karin.page.keyboard.press('Enter');
      await saved(karin.part);
      const kept1 = await item();
      assert.equal(kept1.SamverkaGuideSummary, 'Karins andra sammanfattning');
      assert.equal(kept1.steps[1].title, 'Välj nytt lösenord', 'her whole version, as she saw it');
      assert.equal(kept1.Editor.Title, 'Karin Holm');
      assert.notEqual(kept1.etag, beforeKeep.etag);
      // Refused once more (412), then saved with the ETag of Johan's save, the one "Behåll mina ändringar" was shown.
      // What "Behåll mina ändringar" wrote over is not gone: the list keeps Johan's save as the version before hers.
      const versions = (await rest(`${GUIDES}/items(${created.json.Id})/versions`)).json.value;
      assert.equal(versions[0].Editor.LookupValue, 'Karin Holm');
      assert.equal(versions[1].Editor.LookupValue, 'Johan Ek');
      assert.equal(JSON.parse(versions[1].SamverkaGuideSteps)[1].title, 'Johans andra steg');
      assert.deepEqual(karinsSaves.slice(2).map((r) => r.status), [412, 204]);
      assert.equal(karinsSaves[3].ifMatch, beforeKeep.etag);
      assert.equal(await conflictBar(karin.part).count(), 0);
      assert.deepEqual(await karin.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samverka:guide-draft'))), [],
        'saved: nothing left in the browser to offer back');

      // She holds the new ETag: her next save goes through without a conflict.
      await summary(karin.part).fill('Karins tredje sammanfattning');
      await saveDraft(karin.part);
      await karin.part.getByText(/Utkastet är sparat/).waitFor({ timeout: 20000 });
      const afterKarin = await item();
      assert.equal(afterKarin.SamverkaGuideSummary, 'Karins tredje sammanfattning');
      assert.notEqual(afterKarin.etag, kept1.etag);

      // Now Johan's copy is stale: he is told Karin saved it, and loads hers.
      await summary(johan.part).fill('Johans sena ändring');
      await saveDraft(johan.part);
      await conflictBar(johan.part).waitFor({ timeout: 20000 });
      assert.match(await messageOf(conflictBar(johan.part)), new RegExp(`^Karin Holm har sparat guiden ${stockholmMinute(afterKarin.Modified)}`));
      assert.equal(await summary(johan.part).inputValue(), 'Johans sena ändring');
      assert.deepEqual(await item(), afterKarin);
      await conflictBar(johan.part).getByRole('button', { name: 'Hämta deras version' }).click();
      await johan.part.getByText('Den senast sparade versionen är hämtad.').waitFor();
      assert.equal(await summary(johan.part).inputValue(), 'Karins tredje sammanfattning');
    } finally {
      await johan.context.close();
      await karin.context.close();
    }
  });
});

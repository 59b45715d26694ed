// End to end: Guideredigeraren in the workbench against the local tenant (seed 42) in Chromium.
// An editor writes a guide with the keyboard, is refused publishing until the picture has alt
// text and the film captions, saves a draft and publishes; what the list then holds is read from
// the tenant itself. A reader gets a message and no actions. axe-clean on the page and in Teams.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { useStack, axeViolations, output } from './support.mjs';

const GUIDES = "/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items";

const stack = useStack({ seed: 42 });

async function guidesAs(token) {
  const response = await fetch(new URL(`${GUIDES}?$select=Id,Title,SamverkaGuideStatus,SamverkaGuideSteps&$top=5000`, stack.tenant.url),
    { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  assert.equal(response.status, 200);
  return (await response.json()).value;
}

async function open(persona, query = {}) {
  const context = await stack.browser.newContext({ viewport: { width: 1366, height: 1000 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const params = new URLSearchParams({ persona, page: 'guider', view: 'sharepoint', ...query });
  await page.goto(`${stack.workbench.url}?${params}`);
  return { page, context };
}

async function stepTitles(part) {
  return part.getByLabel('Rubrik', { exact: true }).evaluateAll((inputs) => inputs.map((i) => i.value));
}

/** CRC-32 of a PNG chunk's type and data. */
function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A PNG of one colour (8-bit RGB): small in bytes whatever its size in pixels. */
function solidPng(width, height, [r, g, b]) {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Width and height of a PNG. */
function pngSize(buffer) {
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('Guideredigeraren in the workbench', () => {
  test('Johan writes a two-step guide with the keyboard, is told every problem, saves a draft and publishes', async () => {
    const { page, context } = await open('johan');
    const title = `Ansök om flexledighet ${Date.now()}`;
    try {
      const part = page.locator('[data-webpart="guide-editor"]');
      await part.locator('tbody tr[data-guide-id]').first().waitFor({ timeout: 30000 });
      const newButton = part.getByRole('button', { name: 'Ny guide' });
      await newButton.focus();
      await page.keyboard.press('Enter');
      await part.getByRole('heading', { name: 'Ny guide' }).waitFor();

      await part.getByLabel('Titel', { exact: true }).focus();
      await page.keyboard.type(title);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Så ansöker du om flexledighet.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Ledighet och frånvaro');

      // Step 1: heading and text with bold (Ctrl+B) typed in the text area.
      await part.getByLabel('Rubrik', { exact: true }).first().focus();
      await page.keyboard.type('Fyll i blanketten');
      const text = part.getByRole('textbox', { name: 'Text' }).first();
      await text.focus();
      await page.keyboard.type('Skriv ');
      await page.keyboard.press('Control+b');
      await page.keyboard.type('Flexfältet');
      await page.keyboard.press('Control+b');
      await page.keyboard.type(' i rutan.');
      await part.getByLabel('Bild (adress)').first().fill('/sites/gemensamt/SiteAssets/Guider/blankett.png');

      // Step 2, added with the keyboard; focus lands in its heading.
      await part.getByRole('button', { name: 'Lägg till steg' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Öppna portalen');
      await part.getByLabel('Film (länk till SharePoint eller Stream)').nth(1).fill('/sites/gemensamt/SiteAssets/Guider/portalen.mp4');
      assert.deepEqual(await stepTitles(part), ['Fyll i blanketten', 'Öppna portalen']);

      // Alt+Up on step 2's heading moves it first; focus follows it.
      await part.getByLabel('Rubrik', { exact: true }).nth(1).focus();
      await page.keyboard.press('Alt+ArrowUp');
      assert.deepEqual(await stepTitles(part), ['Öppna portalen', 'Fyll i blanketten']);
      assert.equal(await page.evaluate(() => document.activeElement.value), 'Öppna portalen');
      await part.getByText('Steg 2 är nu steg 1.').waitFor();

      // Publishing is refused with every problem named, each a link to its field.
      await part.getByRole('button', { name: 'Publicera' }).click();
      const problems = part.locator('[data-guide-problems]');
      await problems.waitFor();
      assert.deepEqual(await problems.locator('li').allTextContents(), [
        'Filmen i steg 1 saknar textning.',
        'Bilden i steg 2 saknar alternativtext.'
      ]);
      await problems.getByRole('link', { name: 'Bilden i steg 2 saknar alternativtext.' }).click();
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-invalid')), 'true');
      assert.deepEqual(await axeViolations(page), []);
      assert.equal((await guidesAs('johan')).filter((g) => g.Title === title).length, 0, 'nothing saved by a refused publish');

      // A draft is saved as it is; readers do not get it.
      await part.getByRole('button', { name: 'Spara utkast' }).click();
      await part.getByText(/Utkastet är sparat/).waitFor({ timeout: 20000 });
      const draft = (await guidesAs('johan')).filter((g) => g.Title === title);
      assert.equal(draft.length, 1);
      assert.equal(draft[0].SamverkaGuideStatus, 'utkast');
      const steps = JSON.parse(draft[0].SamverkaGuideSteps);
      assert.deepEqual(steps.map((s) => s.title), ['Öppna portalen', 'Fyll i blanketten']);
      assert.match(steps[1].html, /<(strong|b)>Flexfältet<\/(strong|b)>/);
      assert.equal(steps[1].image.url, '/sites/gemensamt/SiteAssets/Guider/blankett.png');

      // Alt text and captions: now it publishes.
      await part.getByLabel('Bildens alternativtext').nth(1).fill('Blanketten med flexfältet markerat');
      await part.getByLabel('Textning (adress till en WebVTT-fil)').first().fill('/sites/gemensamt/SiteAssets/Guider/portalen.vtt');
      await part.getByRole('button', { name: 'Publicera' }).click();
      await part.getByText('Guiden är publicerad.').waitFor({ timeout: 20000 });
      const published = (await guidesAs('johan')).filter((g) => g.Title === title);
      assert.equal(published.length, 1, 'the same item, not a second one');
      assert.equal(published[0].Id, draft[0].Id);
      assert.equal(published[0].SamverkaGuideStatus, 'publicerad');
      const final = JSON.parse(published[0].SamverkaGuideSteps);
      assert.equal(final[0].video.captionsUrl, '/sites/gemensamt/SiteAssets/Guider/portalen.vtt');
      assert.equal(final[1].image.alt, 'Blanketten med flexfältet markerat');
      // Saved: nothing is left in the browser to offer back.
      assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samverka:guide-draft'))), []);
      await page.screenshot({ path: path.join(output, 'guide-editor-form.png') });

      // Back in the overview the guide is listed as published.
      await part.getByRole('button', { name: 'Tillbaka till guiderna' }).click();
      await part.getByLabel('Sök bland guiderna').fill(title);
      const row = part.locator('tbody tr[data-guide-id]');
      await row.first().waitFor();
      assert.equal(await row.count(), 1);
      assert.equal(await row.first().getAttribute('data-status'), 'publicerad');
    } finally {
      await context.close();
    }
  });

  test('Johan uploads a small picture (progress shown, alt text required to publish) and a large one, scaled to 1600 px before upload', async () => {
    const { page, context } = await open('johan');
    const title = `Guide med bilder ${Date.now()}`;
    try {
      const part = page.locator('[data-webpart="guide-editor"]');
      await part.locator('tbody tr[data-guide-id]').first().waitFor({ timeout: 30000 });
      await part.getByRole('button', { name: 'Ny guide' }).click();
      await part.getByRole('heading', { name: 'Ny guide' }).waitFor();
      await part.getByLabel('Titel', { exact: true }).fill(title);
      await part.getByLabel('Sammanfattning', { exact: true }).fill('Två bilder.');
      await part.getByLabel('Kategori', { exact: true }).fill('IT');
      await part.getByLabel('Rubrik', { exact: true }).first().fill('Liten bild');
      // Whether a progress indicator was ever shown: the upload of a small file is quick.
      await page.evaluate(() => {
        window.__progressSeen = false;
        new MutationObserver(() => {
          if (document.querySelector('[data-upload="picture"] [role="progressbar"]')) window.__progressSeen = true;
        }).observe(document.body, { childList: true, subtree: true });
      });

      // A small PNG is uploaded as it is and its address filled in.
      const small = solidPng(64, 48, [0, 94, 115]);
      await part.locator('[data-upload="picture"] input[type="file"]').first().setInputFiles({ name: 'liten.png', mimeType: 'image/png', buffer: small });
      await part.getByText(/^Bilden .*liten\.png är uppladdad och adressen ifylld\.$/).waitFor({ timeout: 20000 });
      assert.equal(await page.evaluate(() => window.__progressSeen), true, 'a progress indicator was shown');
      assert.equal(await part.getByText(/förminskades/).count(), 0, 'a small picture is not scaled');
      const smallUrl = await part.getByLabel('Bild (adress)').first().inputValue();
      assert.match(smallUrl, /\/sites\/gemensamt\/Guidebilder\/.*liten\.png$/);
      const smallBack = await fetch(smallUrl, { headers: { Authorization: 'Bearer sara' } });
      assert.equal(smallBack.status, 200);
      assert.deepEqual(Buffer.from(await smallBack.arrayBuffer()), small, 'the library holds the file as chosen');

      // A step with a picture and no alt text cannot be published.
      await part.getByRole('button', { name: 'Publicera' }).click();
      const problems = part.locator('[data-guide-problems]');
      await problems.waitFor();
      assert.deepEqual(await problems.locator('li').allTextContents(), ['Bilden i steg 1 saknar alternativtext.']);

      // A large one: scaled in the browser before it is sent, and the editor is told to what size.
      await part.getByRole('button', { name: 'Lägg till steg' }).click();
      await part.getByLabel('Rubrik', { exact: true }).nth(1).fill('Stor bild');
      const large = solidPng(3200, 2000, [200, 60, 20]);
      await part.locator('[data-upload="picture"] input[type="file"]').nth(1).setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: large });
      await part.getByText('Bilden förminskades till 1600 × 1000 px.').waitFor({ timeout: 30000 });
      await part.getByText(/^Bilden .*stor\.png är uppladdad och adressen ifylld\.$/).waitFor({ timeout: 30000 });
      const largeUrl = await part.getByLabel('Bild (adress)').nth(1).inputValue();
      const largeBack = Buffer.from(await (await fetch(largeUrl, { headers: { Authorization: 'Bearer sara' } })).arrayBuffer());
      assert.deepEqual(pngSize(largeBack), { width: 1600, height: 1000 }, 'the library holds the scaled picture');

      await part.getByLabel('Bildens alternativtext').first().fill('En blå ruta');
      await part.getByLabel('Bildens alternativtext').nth(1).fill('En röd ruta');
      await part.getByRole('button', { name: 'Publicera' }).click();
      await part.getByText('Guiden är publicerad.').waitFor({ timeout: 20000 });
      const steps = JSON.parse((await guidesAs('johan')).find((g) => g.Title === title).SamverkaGuideSteps);
      assert.deepEqual(steps.map((step) => step.image && step.image.alt), ['En blå ruta', 'En röd ruta']);
      assert.ok(steps[1].image.url.endsWith(largeUrl.slice(largeUrl.indexOf('/sites/'))));
    } finally {
      await context.close();
    }
  });

  test('Sara, a reader, gets a short message and no actions', async () => {
    const { page, context } = await open('sara');
    try {
      const part = page.locator('[data-webpart="guide-editor"]');
      await part.getByText('Guideredigeraren är bara för redaktörer.').waitFor({ timeout: 30000 });
      assert.equal(await part.getByRole('button').count(), 0);
      // The message bar's icon is drawn: the workbench registers Fluent UI's icons as SharePoint does.
      const icon = part.locator('[data-icon-name]').first();
      assert.ok((await icon.textContent()).length > 0, 'the icon has its glyph');
      assert.ok(await page.waitForFunction(async () => {
        await document.fonts.ready;
        return [...document.fonts].some((f) => /FabricMDL2Icons/.test(f.family) && f.status === 'loaded');
      }, undefined, { timeout: 10000 }), 'the icon font is loaded');
      assert.equal(await part.locator('table').count(), 0);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });

  for (const theme of ['default', 'dark', 'contrast']) {
    test(`the overview and the form have no WCAG 2.1 A/AA violations in Teams (${theme})`, async () => {
      const { page, context } = await open('johan', { view: 'teams', theme });
      try {
        const frame = await (await page.waitForSelector('iframe')).contentFrame();
        const part = frame.locator('[data-webpart="guide-editor"]');
        await part.locator('tbody tr[data-guide-id]').first().waitFor({ timeout: 30000 });
        assert.deepEqual(await axeViolations(frame, { iframes: false }), []);
        await part.getByRole('button', { name: 'Ny guide' }).click();
        await part.getByRole('heading', { name: 'Ny guide' }).waitFor();
        assert.deepEqual(await axeViolations(frame, { iframes: false }), []);
        await page.screenshot({ path: path.join(output, `guide-editor-teams-${theme}.png`) });
      } finally {
        await context.close();
      }
    });
  }
});

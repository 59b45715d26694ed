// End to end: Läsbekräftelser, the editors' view of must-read news in Städa innehåll. The local
// tenant (seed 42), the workbench and Chromium. Per confirms the news for Vetlanda's managers on
// the news page; Johan, the editor, then sees it counted. The item, its audience and who confirmed
// come from the tenant itself, not from numbers copied into the test.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useStack, axeViolations, output } from './support.mjs';

const stack = useStack({ seed: 42 });

async function tenantJson(relative, token, headers = {}) {
  const response = await fetch(new URL(relative, stack.tenant.url), { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...headers } });
  assert.equal(response.status, 200, `${relative} as ${token}`);
  return response.json();
}

/** The must-read news item for Vetlanda's managers, and the managers themselves, as the admin reads them. */
async function managersItem() {
  const config = JSON.parse((await tenantJson("/_api/web/GetStorageEntity('Samverka.TenantConfig')", 'admin')).Value);
  const managers = config.municipalities.find((m) => m.id === 'vetlanda').groups.managers.toLowerCase();
  const items = (await tenantJson("/sites/vetlanda/_api/web/lists/getByTitle('Site Pages')/items?$select=Id,Title,FileRef,SamverkaMustRead,OData__ModernAudienceAadObjectIds&$filter=PromotedState eq 2&$top=5000", 'admin')).value;
  const audience = (item) => (item.OData__ModernAudienceAadObjectIds || []).map((id) => id.toLowerCase());
  const forManagers = items.filter((i) => i.SamverkaMustRead === true && audience(i).length === 1 && audience(i)[0] === managers);
  assert.equal(forManagers.length, 1, 'the seed has one must-read news item for Vetlanda\'s managers');
  const people = (await tenantJson(`/v1.0/groups/${managers}/transitiveMembers/microsoft.graph.user?$count=true&$select=id,displayName,userPrincipalName&$top=999`,
    'admin', { ConsistencyLevel: 'eventual' })).value;
  return { item: forManagers[0], managers: people };
}

async function newContext() {
  return stack.browser.newContext({ viewport: { width: 1366, height: 1000 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
}

/** Per confirms the item on the news page, with the keyboard, as a reader does. */
async function perConfirms(fileRef) {
  const context = await newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${stack.workbench.url}?${new URLSearchParams({ persona: 'per', page: 'nyhet', item: fileRef })}`);
    const bar = page.getByRole('region', { name: 'Ska läsas' });
    await bar.waitFor({ timeout: 20000 });
    await bar.getByRole('button', { name: 'Jag har läst' }).focus();
    await page.keyboard.press('Enter');
    await bar.getByRole('status').filter({ hasText: 'Du bekräftade' }).waitFor({ timeout: 20000 });
  } finally {
    await context.close();
  }
}

const number = (text) => Number(text.replace(/\s/g, ''));

/** Opens Läsbekräftelser with the keyboard and waits for the items' table; returns the section. */
async function openSection(scope, page) {
  const section = scope.locator('[data-testid="must-read"]');
  const show = section.getByRole('button', { name: 'Visa läsbekräftelser' });
  await show.waitFor({ timeout: 30000 });
  await show.focus();
  await page.keyboard.press('Enter');
  await section.locator('[data-testid="must-read-items"]').waitFor({ timeout: 30000 });
  return section;
}

/** Opens the item's details (Visa) with the keyboard; returns the details. */
async function openDetails(section, page, title) {
  const row = section.locator('[data-testid="must-read-items"] tbody tr').filter({ has: page.locator(`th a:text-is("${title}")`) });
  await row.getByRole('button', { name: `Visa vilka som inte har bekräftat ${title}` }).focus();
  await page.keyboard.press('Enter');
  const detail = section.locator('[data-testid="must-read-detail"]');
  await detail.waitFor({ timeout: 20000 });
  return { row, detail };
}

describe('Läsbekräftelser in Städa innehåll', () => {
  test('Per confirms the managers\' item; Johan sees him counted, the units add up, and Påminn goes to exactly the rest', async () => {
    const { item, managers } = await managersItem();
    const per = managers.find((m) => m.userPrincipalName === 'per.sandberg@vetlanda.se');
    assert.ok(per, 'Per is one of Vetlanda\'s managers');
    await perConfirms(item.FileRef);

    const context = await newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${stack.workbench.url}?${new URLSearchParams({ persona: 'johan', page: 'stada', layout: 'list', view: 'sharepoint' })}`);
      const section = await openSection(page, page);
      const { row, detail } = await openDetails(section, page, item.Title);
      assert.ok(await detail.locator('h4').evaluate((el) => el === document.activeElement), 'focus moves to the details');

      // The row: "N av M (P %)", Per's confirmation among the N, the audience is the managers group.
      const confirmedText = await row.locator('[data-testid="confirmed"]').textContent();
      const [, confirmed, audience] = confirmedText.match(/^([\d\s]+) av ([\d\s]+) \(/).map((v, i) => (i ? number(v) : v));
      assert.equal(audience, managers.length, confirmedText);
      assert.ok(confirmed >= 1, confirmedText);

      // Per units: the parts add up to the row's audience and confirmed.
      const units = await detail.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      assert.ok(units.length >= 1);
      assert.equal(units.reduce((sum, u) => sum + number(u[1]), 0), audience, 'unit audiences add up');
      assert.equal(units.reduce((sum, u) => sum + number(u[2]), 0), confirmed, 'unit confirmations add up');

      // Not confirmed: not Per, another of the managers, as many as the audience less the confirmed.
      const pending = await detail.locator('[data-testid="not-confirmed"] li').allTextContents();
      assert.equal(pending.length, audience - confirmed);
      assert.ok(!pending.some((p) => p.startsWith(per.displayName)), `${per.displayName} has confirmed`);
      const names = new Set(managers.filter((m) => m.id !== per.id).map((m) => m.displayName));
      assert.ok(pending.some((p) => names.has(p.split(',')[0])), 'another Vetlanda manager has not confirmed');
      assert.ok((await detail.getByRole('heading', { name: `Har inte bekräftat (${pending.length})` }).count()) === 1);
      assert.deepEqual(await axeViolations(page), []);

      // Påminn, by the keyboard: the recipients are the not-confirmed, before anything is sent.
      const remind = detail.getByRole('button', { name: 'Påminn' });
      await remind.focus();
      await page.keyboard.press('Enter');
      const recipients = detail.locator('[data-testid="recipients"]');
      await recipients.waitFor();
      assert.equal(await recipients.textContent(), `Påminnelsen går till ${pending.length} ${pending.length === 1 ? 'person' : 'personer'} som inte har bekräftat.`);
      const before = (await tenantJson('/_emulator/sent-mail', 'admin')).value.length;
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: path.join(output, 'must-read-editors.png'), fullPage: false });

      await detail.getByRole('button', { name: 'Skicka påminnelse' }).click();
      await detail.getByText(/^Påminnelsen har skickats till/).waitFor({ timeout: 20000 });
      const mails = (await tenantJson('/_emulator/sent-mail', 'admin')).value.slice(before);
      const bcc = mails.flatMap((m) => m.bcc);
      assert.equal(bcc.length, pending.length, 'one mail address for each who has not confirmed');
      assert.ok(!bcc.includes(per.userPrincipalName), 'not to Per');
      assert.ok(mails.every((m) => m.from === 'johan.ek@vetlanda.se' && m.subject.includes(item.Title)), JSON.stringify(mails.map((m) => [m.from, m.subject])));
    } finally {
      await context.close();
    }
  });

  test('the section and the details have no WCAG 2.1 A/AA violations in a dark Teams tab', async () => {
    const { item } = await managersItem();
    const context = await newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL(`/teams?${new URLSearchParams({ persona: 'johan', page: 'stada', theme: 'dark' })}`, stack.workbench.url).href);
      const section = await openSection(page, page);
      assert.deepEqual(await axeViolations(page), []);
      await openDetails(section, page, item.Title);
      await section.getByRole('button', { name: 'Påminn' }).click();
      await section.locator('[data-testid="recipients"]').waitFor();
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });
});

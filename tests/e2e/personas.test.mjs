// End to end: who the workbench signs in as (seed 42, Chromium). Any person the local tenant seeded
// can be used with `?persona=upn:<address>`, as the tenant's own tokens allow: the suite bar shows
// their name and municipality, the hub is theirs and the web part reads as them. An address that is
// nobody gets a message saying so instead of the page, never Anna's page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useStack, axeViolations } from './support.mjs';

const stack = useStack({ seed: 42 });

async function open(persona, query = {}) {
  const context = await stack.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  const params = new URLSearchParams({ persona, layout: 'list', view: 'sharepoint', ...query });
  await page.goto(`${stack.workbench.url}?${params}`);
  return { page, context };
}

/** A seeded person who is none of the personas: in Vetlanda, still employed. */
function seededPerson() {
  const person = stack.tenant.tenant.store.users().find((u) => u.personaKey === null && u.accountEnabled && u.municipalityId === 'vetlanda');
  assert.ok(person, 'the seed has people besides the personas');
  return person;
}

/** The name of a municipality's hub, as the tenant configuration tells it. */
async function hubName(municipalityId) {
  const response = await fetch(new URL("/_api/web/GetStorageEntity('Samverka.TenantConfig')", stack.tenant.url), { headers: { Authorization: 'Bearer anna', Accept: 'application/json' } });
  assert.equal(response.status, 200);
  const config = JSON.parse((await response.json()).Value);
  return config.municipalities.find((m) => m.id === municipalityId).name;
}

describe('Who the workbench signs in as', () => {
  test('a seeded person who is no persona: their name and municipality in the suite bar, their hub, news read as them', async () => {
    const person = seededPerson();
    const { page, context } = await open(`upn:${person.userPrincipalName}`);
    try {
      const signedIn = page.getByTestId('signed-in');
      await signedIn.waitFor({ timeout: 20000 });
      assert.equal(await signedIn.locator('.sp-suitebar__name').textContent(), person.displayName);
      assert.equal(await signedIn.locator('.sp-suitebar__place').textContent(), person.companyName);
      assert.doesNotMatch(await page.locator('.sp-suitebar').textContent(), /Anna Lindqvist/);
      // The switcher names them too, selected.
      const chosen = await page.getByTestId('persona').evaluate((select) => select.options[select.selectedIndex].textContent);
      assert.match(chosen, new RegExp(`^${person.displayName} – `));
      // The services use their token: the hub navigation is their municipality's and the news load.
      const expectedHub = await hubName(person.municipalityId);
      await page.locator('.sp-hubnav__title', { hasText: expectedHub }).waitFor({ timeout: 20000 });
      await page.locator('[data-webpart="targeted-news"] section h3 a').first().waitFor({ timeout: 30000 });
      // As a Teams tab: the tab's page is theirs too.
      await page.goto(new URL(`/teams?${new URLSearchParams({ persona: `upn:${person.userPrincipalName}`, page: 'news' })}`, stack.workbench.url).href);
      await page.locator('section h3 a').first().waitFor({ timeout: 30000 });
      assert.match(await page.title(), new RegExp(`\\(${person.displayName}\\)$`));
    } finally {
      await context.close();
    }
  });

  test('a listed persona signs in as before: Per Sandberg, Vetlanda', async () => {
    const { page, context } = await open('per');
    try {
      const signedIn = page.getByTestId('signed-in');
      await signedIn.waitFor({ timeout: 20000 });
      assert.equal(await signedIn.locator('.sp-suitebar__name').textContent(), 'Per Sandberg');
      assert.equal(await signedIn.locator('.sp-suitebar__place').textContent(), 'Vetlanda');
      assert.equal(await page.getByTestId('persona').inputValue(), 'per');
      await page.locator('[data-webpart="targeted-news"] section h3 a').first().waitFor({ timeout: 30000 });
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });

  test('an address that is nobody: a message in Swedish instead of the page (SharePoint page and Teams frame), and no Anna', async () => {
    const nobody = 'ingen.alls@vetlanda.se';
    assert.equal(stack.tenant.tenant.store.users().some((u) => u.userPrincipalName.toLowerCase() === nobody), false);
    const { page, context } = await open(`upn:${nobody}`);
    try {
      const problem = page.getByRole('alert');
      await problem.waitFor({ timeout: 20000 });
      assert.equal(await problem.textContent(), `Ingen person med e-post ${nobody} finns i demotenanten.`);
      assert.equal(await page.locator('.sp-suitebar').count(), 0);
      // The switcher keeps the address as chosen, not Anna.
      assert.equal(await page.getByTestId('persona').inputValue(), `upn:${nobody}`);
      assert.equal(await page.getByTestId('persona').evaluate((select) => select.options[select.selectedIndex].textContent), `upn:${nobody} (finns inte)`);
      assert.equal(await page.locator('[data-webpart]').count(), 0);
      assert.deepEqual(await axeViolations(page), []);

      // Chosen as a Teams tab: the same message in place of the frame, and in the tab's own page.
      await page.goto(`${stack.workbench.url}?${new URLSearchParams({ persona: `upn:${nobody}`, view: 'teams', theme: 'dark' })}`);
      await page.getByRole('alert').waitFor({ timeout: 20000 });
      assert.equal(await page.getByRole('alert').textContent(), `Ingen person med e-post ${nobody} finns i demotenanten.`);
      assert.equal(await page.locator('iframe').count(), 0);
      await page.goto(new URL(`/teams?${new URLSearchParams({ persona: `upn:${nobody}`, theme: 'dark' })}`, stack.workbench.url).href);
      await page.getByRole('alert').waitFor({ timeout: 20000 });
      assert.equal(await page.getByRole('alert').textContent(), `Ingen person med e-post ${nobody} finns i demotenanten.`);
    } finally {
      await context.close();
    }
  });
});

// End to end for `npm run setup` (issue 7): an empty local tenant, the real command as an admin
// runs it (a child process, as `npm run setup` does), and the workbench in Chromium before and
// after: the web parts work on the tenant the command set up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { useStack, root, output } from './support.mjs';

const run = promisify(execFile);

const stack = useStack({ empty: true });

async function setup(...extra) {
  const { stdout } = await run(process.execPath, ['scripts/setup.mjs', '--tenant', stack.tenant.url, '--config', 'setup/municipalities.example.json', ...extra], { cwd: root, maxBuffer: 10 * 1024 * 1024 });
  return stdout;
}

/** The news web part's text for a persona, and every failed request the page made. */
async function newsPart(persona) {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  const failed = [];
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
  await page.goto(`${stack.workbench.url}?persona=${persona}&view=sharepoint&layout=list`);
  // Either state of the news web part: its empty list, or its message that the configuration is missing.
  await page.waitForFunction(() => /Det finns inga nyheter|Organisationens inställningar för intranätet/.test(document.body.innerText), null, { timeout: 20000 });
  const text = (await page.innerText('body')).replace(/\s+/g, ' ');
  await page.screenshot({ path: path.join(output, `setup-${persona}.png`) });
  await context.close();
  return { text, failed };
}

test('the empty tenant has no Samverka until the setup has run: the web part says so', async () => {
  const { text } = await newsPart('anna');
  assert.match(text, /Organisationens inställningar för intranätet saknas eller är felaktiga/);
});

test('--dry-run prints the plan and changes nothing; the run sets the tenant up; a second run changes nothing', async () => {
  const plan = await setup('--dry-run');
  assert.match(plan, /^Plan for http:\/\/127\.0\.0\.1:\d+: \d+ steps, \d+ to create, 0 to update, 1 already in place(, 1 skipped)?\.$/m);
  assert.match(plan, /^ {2}\+ create {2}hub site \/sites\/eksjo: register as hub site$/m);
  assert.match(plan, /^ {2}\+ create {2}"Samverka-sida" on Site Pages of \/sites\/eksjo: allow content types, add "Samverka-sida", 12 columns \(SamverkaOwner, [^)]*SamverkaBoostUntil, SamverkaMustRead, SamverkaReadBy, [^)]*SamverkaCopiedAt, SamverkaSourceKey\)$/m);
  assert.match(plan, /^ {2}\+ create {2}read access to \/sites\/vetlanda for the other municipalities' communicators \("Eksjö – Kommunikation", "Sävsjö – Kommunikation"\): give 2 groups the role Read$/m);
  assert.match(plan, /^ {2}- Search schema \(no API\): [^\n]*Set-PnPSearchConfiguration -Scope Subscription -Path setup\/search-configuration\.xml/m);
  assert.match(plan, /Dry run: nothing was changed\./);
  assert.equal(stack.tenant.tenant.store.groups().length, 0);

  const done = await setup();
  assert.match(done, /^Done: \d+ steps changed the tenant, [12] were already in place\.$/m);
  assert.match(done, /An admin must approve these API permissions/);

  const again = await setup();
  assert.match(again, /Nothing to change: all \d+ steps are already in place\./);
});

test('the workbench works on the tenant the command set up', async () => {
  for (const [persona, sources] of [['anna', ['Eksjö', 'Gemensamt']], ['maria', ['Sävsjö', 'Vetlanda', 'Gemensamt']]]) {
    const { text, failed } = await newsPart(persona);
    assert.match(text, /Det finns inga nyheter till dig just nu/, `${persona}: a new intranet has no news yet`);
    for (const source of sources) assert.ok(text.includes(source), `${persona} reads ${source}`);
    assert.deepEqual(failed.filter((f) => !/\/photo\//.test(f)), [], `${persona}: no failed requests`);
  }
});

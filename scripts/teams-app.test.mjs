// The Teams app's version follows the solution's, so "Sync to Teams" sees every release as new.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSolutionVersion, teamsManifest, teamsVersionOf, validateTeamsManifest } from './teams-app.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

test('the Teams version is the first three numbers of the solution version', () => {
  assert.equal(teamsVersionOf('0.1.0.0'), '0.1.0');
  assert.equal(teamsVersionOf('2.10.3.0'), '2.10.3');
});

test('a solution version that raises only the fourth number is refused: Teams would see no new version', () => {
  assert.throws(() => teamsVersionOf('1.2.0.1'), /changes only the fourth number.*raise one of the first three/);
});

test('a solution version that is not four numbers is refused', () => {
  for (const bad of ['1.2.0', '1.2.0.0.0', '1.02.0.0', 'v1.2.0.0', '', undefined]) {
    assert.throws(() => teamsVersionOf(bad), /is not four numbers/, String(bad));
  }
});

test('the packed manifest carries the version of config/package-solution.json and follows the schema', async () => {
  const solution = JSON.parse(readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')).solution;
  assert.equal(readSolutionVersion(), solution.version);
  const manifest = teamsManifest();
  assert.equal(manifest.version, solution.version.split('.').slice(0, 3).join('.'));
  assert.deepEqual(await validateTeamsManifest(manifest), []);
  // A new release changes the Teams version with it.
  assert.equal(teamsManifest('3.4.5.0').version, '3.4.5');
  assert.equal(teamsManifest('3.4.5.0').id, manifest.id);
});

test('the source manifest has no version of its own to fall out of step', () => {
  const source = JSON.parse(readFileSync(path.join(root, 'teams', 'app', 'manifest.json'), 'utf8'));
  assert.equal('version' in source, false);
});

test('each personal tab is a web part of ours that lists Teams as a personal app among its hosts; the guide editor is one', () => {
  const manifests = new Map();
  const dir = path.join(root, 'src', 'webparts');
  for (const name of readdirSync(dir)) {
    for (const file of readdirSync(path.join(dir, name)).filter((f) => f.endsWith('.manifest.json'))) {
      // The web part manifests carry comments (JSON with comments, as SPFx writes them).
      const text = readFileSync(path.join(dir, name, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
      const manifest = JSON.parse(text);
      manifests.set(manifest.id, manifest);
    }
  }
  const tabs = teamsManifest().staticTabs;
  for (const tab of tabs) {
    const webPart = manifests.get(tab.entityId);
    assert.ok(webPart, `${tab.name} is one of our web parts`);
    assert.ok(webPart.supportedHosts.includes('TeamsPersonalApp'), `${webPart.alias} supports TeamsPersonalApp`);
    assert.match(tab.contentUrl, new RegExp(`componentId=${tab.entityId}%26`));
  }
  const editor = [...manifests.values()].find((m) => m.alias === 'GuideEditorWebPart');
  assert.ok(tabs.some((tab) => tab.entityId === editor.id && tab.name === 'Guideredigeraren'));
});

// Opens the .sppkg that `npm run package` built with the SPFx toolchain and checks what a tenant
// admin will upload: the web parts and their hosts, the must-read application customizer and its
// tenant-wide entry, the Teams app and its version, the API permission requests, and that its
// features provision no columns, content types or lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { teamsVersionOf, validateTeamsManifest } from '../../scripts/teams-app.mjs';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sppkgPath = path.join(root, 'sharepoint/solution/samverka.sppkg');

const REQUIRED_HOSTS = ['SharePointWebPart', 'TeamsPersonalApp', 'TeamsTab'];

function attr(xml, name) {
  const m = xml.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? m[1] : undefined;
}
function decodeXml(s) {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
function pngSize(buf) {
  assert.equal(buf.toString('ascii', 1, 4), 'PNG', 'icon is a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
/** The Graph scopes listed in src/services/graphScopes.ts (the single list of what the code needs). */
function requiredScopes() {
  const source = readFileSync(path.join(root, 'src/services/graphScopes.ts'), 'utf8');
  return [...source.matchAll(/scope: '([^']+)'/g)].map((m) => m[1]).sort();
}
// Drops line and block comments outside strings (SPFx manifests are JSON with comments).
function stripJsonComments(text) {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else {
      out += c;
    }
  }
  return out;
}
/** Every component manifest under src/<folder> (webparts, extensions). */
function sourceManifests(folder) {
  const dir = path.join(root, 'src', folder);
  return readdirSync(dir).flatMap((name) =>
    readdirSync(path.join(dir, name))
      .filter((f) => f.endsWith('.manifest.json'))
      .map((f) => JSON.parse(stripJsonComments(readFileSync(path.join(dir, name, f), 'utf8'))))
  );
}
/** Every web part manifest in the source tree. */
function sourceWebParts() {
  return sourceManifests('webparts');
}
/** Every extension manifest in the source tree (the must-read application customizer). */
function sourceExtensions() {
  return sourceManifests('extensions');
}
/** Each ClientSideComponentInstance of the package's features, with its attributes, and the feature's file. */
async function componentInstances(zip) {
  const found = [];
  for (const rels of Object.keys(zip.files).filter((f) => /^_rels\/feature_[^/]+\.xml\.rels$/.test(f))) {
    const xml = await zip.file(rels).async('string');
    for (const m of xml.matchAll(/Type="[^"]*\/feature-elementmanifest" Target="\/([^"]+)"/g)) {
      const elements = await zip.file(m[1]).async('string');
      for (const instance of elements.matchAll(/<ClientSideComponentInstance\s([^>]*)>/g)) {
        const attributes = Object.fromEntries([...instance[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], decodeXml(a[2])]));
        found.push({ file: m[1], attributes });
      }
    }
  }
  return found;
}

const zipPromise = (async () => {
  assert.ok(existsSync(sppkgPath), 'run `npm run package` first: sharepoint/solution/samverka.sppkg is missing');
  return JSZip.loadAsync(readFileSync(sppkgPath));
})();

test('the package deploys tenant-wide and asks for exactly the Graph scopes the code uses', async () => {
  const zip = await zipPromise;
  const app = await zip.file('AppManifest.xml').async('string');
  assert.equal(attr(app, 'SkipFeatureDeployment'), 'true', 'tenant-wide deployment, so web parts can be added to Teams');
  assert.equal(attr(app, 'IsClientSideSolution'), 'true');
  const requests = [...app.matchAll(/<WebApiPermissionRequest ResourceId="([^"]+)" Scope="([^"]+)"/g)].map((m) => ({ resource: m[1], scope: m[2] }));
  assert.ok(requests.every((r) => r.resource === 'Microsoft Graph'), 'only Microsoft Graph is asked for');
  assert.deepEqual(requests.map((r) => r.scope).sort(), requiredScopes());
});

// Tenant-wide deployment ignores feature elements (https://learn.microsoft.com/en-us/sharepoint/dev/spfx/tenant-scoped-deployment),
// and on a site where the app is installed they would collide with the columns `npm run setup` created.
test('the package\'s features carry only the web parts and the customizer: no columns, content types or lists to provision', async () => {
  const zip = await zipPromise;
  const featureRels = Object.keys(zip.files).filter((f) => /^_rels\/feature_[^/]+\.xml\.rels$/.test(f));
  assert.ok(featureRels.length >= 1, 'the package has a feature (it carries the web parts)');
  const webPartIds = new Set(sourceWebParts().map((m) => m.id));
  const components = new Set();
  for (const rels of featureRels) {
    const xml = await zip.file(rels).async('string');
    const targets = [...xml.matchAll(/<Relationship Type="([^"]+)" Target="\/([^"]+)"/g)].map((m) => ({ type: m[1].split('/').pop(), target: m[2] }));
    assert.deepEqual(targets.filter((t) => t.type === 'feature-elementfile' || t.type === 'feature-upgradeaction'), [], `${rels}: no element files or upgrade actions`);
    for (const { target } of targets.filter((t) => t.type === 'feature-elementmanifest')) {
      const elements = await zip.file(target).async('string');
      const kinds = [...elements.matchAll(/<Elements[^>]*>|<(\w+)[\s>/]/g)].map((m) => m[1]).filter(Boolean);
      // ClientSideComponentInstance: the customizer's tenant-wide entry (checked below), which provisions nothing on a site.
      assert.deepEqual([...new Set(kinds)].filter((k) => k !== 'ClientSideComponent' && k !== 'Module' && k !== 'ClientSideComponentInstance'), [], `${target} holds client-side components only`);
      // SPFx adds an empty module for the web part gallery; a module with files would provision them.
      for (const m of elements.matchAll(/<Module\s([^>]*)>([\s\S]*?)<\/Module>|<Module\s([^>]*)\/>/g)) {
        assert.match(m[1] ?? m[3], /\sUrl="_catalogs\/wp"/, `${target}: a module only for the web part gallery`);
        assert.equal((m[2] ?? '').trim(), '', `${target}: the module provisions no files`);
      }
      for (const m of elements.matchAll(/<ClientSideComponent [^>]*Id="([^"]+)"/g)) components.add(m[1]);
    }
  }
  const extensionIds = sourceExtensions().map((m) => m.id);
  assert.deepEqual([...components].sort(), [...webPartIds, ...extensionIds].sort(), 'the features carry exactly our web parts and extensions');
});

// Tenant Wide Deployment of SharePoint Framework Extensions
// (https://learn.microsoft.com/en-us/sharepoint/dev/spfx/extensions/basics/tenant-wide-deployment-extensions):
// with skipFeatureDeployment, the app catalog reads a feature's ClientSideInstance.xml and adds its
// entry to the Tenant Wide Extensions list, which switches the customizer on across the tenant.
test('the must-read application customizer is in the package, with its tenant-wide entry', async () => {
  const zip = await zipPromise;
  const customizers = sourceExtensions().filter((m) => m.extensionType === 'ApplicationCustomizer');
  assert.deepEqual(customizers.map((m) => m.alias), ['MustReadApplicationCustomizer']);
  const [customizer] = customizers;
  const app = await zip.file('AppManifest.xml').async('string');
  assert.equal(attr(app, 'SkipFeatureDeployment'), 'true', 'a ClientSideInstance is read only for tenant-wide deployment');

  const componentFile = Object.keys(zip.files).find((f) => f.endsWith(`/Extension_${customizer.id}.xml`));
  assert.ok(componentFile, 'the customizer\'s component is in a feature');
  const packaged = JSON.parse(decodeXml(attr(await zip.file(componentFile).async('string'), 'ComponentManifest')));
  assert.equal(packaged.componentType, 'Extension');
  assert.equal(packaged.extensionType, 'ApplicationCustomizer');
  const entry = packaged.loaderConfig.scriptResources[packaged.loaderConfig.entryModuleId];
  assert.ok(zip.file(`ClientSideAssets/${entry.path}`), `its entry bundle ${entry.path} is in the package`);

  const instances = await componentInstances(zip);
  assert.equal(instances.length, 1, 'one tenant-wide entry');
  const [{ file, attributes }] = instances;
  assert.match(file, /\/ClientSideInstance\.xml$/);
  assert.equal(attributes.ComponentId, customizer.id);
  assert.equal(attributes.Location, 'ClientSideExtension.ApplicationCustomizer');
  assert.ok(attributes.Title, 'a title for the Tenant Wide Extensions list');
  assert.equal(attributes.Properties, '{}', 'Properties is required, and the customizer takes none');
  // Every site: news live on the hubs and the shared site whatever their template; a customizer runs per site, not per list.
  assert.equal(attributes.WebTemplateId, undefined);
  assert.equal(attributes.ListTemplateId, undefined);
});

test('every web part is in the package with the SharePoint and Teams hosts', async () => {
  const zip = await zipPromise;
  const files = Object.keys(zip.files).filter((f) => /\/WebPart_[^/]+\.xml$/.test(f));
  const packaged = await Promise.all(files.map(async (f) => {
    const xml = await zip.file(f).async('string');
    return JSON.parse(decodeXml(attr(xml, 'ComponentManifest')));
  }));
  const expected = sourceWebParts();
  assert.ok(expected.length >= 1);
  assert.deepEqual(packaged.map((m) => m.id).sort(), expected.map((m) => m.id).sort());
  for (const manifest of packaged) {
    for (const host of REQUIRED_HOSTS) {
      assert.ok(manifest.supportedHosts.includes(host), `${manifest.alias} declares ${host}`);
    }
    const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
    assert.equal(entry.type, 'path');
    assert.ok(zip.file(`ClientSideAssets/${entry.path}`), `${manifest.alias}: its entry bundle ${entry.path} is in the package`);
    assert.ok(manifest.preconfiguredEntries[0].title.default, `${manifest.alias} has a title for the toolbox`);
  }
});

test('the Teams app in the package follows Microsoft\'s manifest schema and points at our web parts', async () => {
  const zip = await zipPromise;
  const teamsZipFile = zip.file('ClientSideAssets/TeamsSPFxApp.zip');
  assert.ok(teamsZipFile, 'ClientSideAssets/TeamsSPFxApp.zip is in the package');
  const teamsZip = await JSZip.loadAsync(await teamsZipFile.async('nodebuffer'));
  const manifest = JSON.parse(await teamsZip.file('manifest.json').async('string'));

  assert.deepEqual(await validateTeamsManifest(manifest), []);
  // "Sync to Teams" takes a release as new only when the Teams app's version is higher.
  const app = await zip.file('AppManifest.xml').async('string');
  assert.equal(manifest.version, teamsVersionOf(attr(app, 'Version')), 'the Teams app has the solution\'s version');

  const color = pngSize(await teamsZip.file(manifest.icons.color).async('nodebuffer'));
  assert.deepEqual(color, { width: 192, height: 192 });
  const outline = pngSize(await teamsZip.file(manifest.icons.outline).async('nodebuffer'));
  assert.deepEqual(outline, { width: 32, height: 32 });

  const webPartIds = new Set(sourceWebParts().map((m) => m.id));
  assert.ok(manifest.staticTabs.length >= 1, 'a personal app');
  for (const tab of manifest.staticTabs) {
    assert.ok(tab.scopes.includes('personal'));
    assert.ok(webPartIds.has(tab.entityId), `personal tab ${tab.name} is one of our web parts`);
    assert.match(tab.contentUrl, new RegExp(`componentId=${tab.entityId}`));
  }
  assert.ok(manifest.configurableTabs.length >= 1, 'a channel tab');
  for (const tab of manifest.configurableTabs) {
    assert.ok(tab.scopes.includes('team'));
    const id = tab.configurationUrl.match(/componentId=([0-9a-f-]{36})/)[1];
    assert.ok(webPartIds.has(id), 'the channel tab hosts one of our web parts');
  }
  assert.equal(manifest.webApplicationInfo.id, '00000003-0000-0ff1-ce00-000000000000', 'SharePoint Online signs the tab in');
});

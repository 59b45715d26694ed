import * as fs from 'fs';
import * as path from 'path';
import { readProvisioningAssets } from './provisioningAssets';
import { CONFIRMATION_LIST, PAGE_BUCKET_FIELD, READER_FIELD } from '../src/core/readConfirmation';
import { SUMMARY_LIBRARY, SUMMARY_LIBRARY_URL } from '../src/core/confirmationSummary';
import { addressedByTitle } from './steps';

/**
 * The element files of sharepoint/assets, in name order as the setup command reads them: the one
 * definition of the columns, content types and lists, which the setup creates and the package
 * does not carry.
 */
const ROOT = path.resolve(__dirname, '..');
const ASSETS = path.join(ROOT, 'sharepoint', 'assets');
const FILES = fs.readdirSync(ASSETS).filter(n => n.endsWith('.xml')).sort();
const assets = readProvisioningAssets(FILES.map(name => ({ name, text: fs.readFileSync(path.join(ASSETS, name), 'utf8') })));

/** What content health, news boosting, must-read news, borrowing and sending news read or write on a page (src/services). */
const PAGE_COLUMNS = ['SamverkaOwner', 'SamverkaReviewDate', 'SamverkaExpires', 'SamverkaBoostUntil', 'SamverkaMustRead', 'SamverkaReadBy',
  'SamverkaSourceUrl', 'SamverkaSourceMunicipality', 'SamverkaSourceModified', 'SamverkaCopiedBy', 'SamverkaCopiedAt', 'SamverkaSourceKey'];

describe('sharepoint/assets', () => {
  it('has no problems: every binding names a list the assets create or Site Pages, columns come before the content types that use them', () => {
    expect(assets.problems).toEqual([]);
  });

  it('binds "Samverka-sida", with every column a page carries, to Site Pages', () => {
    const page = assets.contentTypes.find(ct => ct.name === 'Samverka-sida');
    expect(page).toBeDefined();
    expect(page && page.id.startsWith('0x0101009D1CB255DA76424F860D91F20E6C4118')).toBe(true); // a Site Page
    expect(page && page.fieldNames).toEqual(expect.arrayContaining(PAGE_COLUMNS));
    expect(assets.libraries).toEqual([expect.objectContaining({ title: 'Site Pages', contentTypeIds: [page && page.id] })]);
  });

  it('defines each column a content type refers to exactly once, with one id per name', () => {
    const names = assets.fields.map(f => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(assets.fields.map(f => f.id)).size).toBe(names.length);
    for (const ct of assets.contentTypes) {
      for (const name of ct.fieldNames) {
        expect(`${ct.name}: ${names.includes(name) ? name : `${name} (undefined)`}`).toBe(`${ct.name}: ${name}`);
      }
    }
  });

  it('gives each FieldRef the id of the column it names', () => {
    for (const file of FILES) {
      const text = fs.readFileSync(path.join(ASSETS, file), 'utf8');
      for (const ref of text.matchAll(/<FieldRef ID="\{([^}]+)\}" Name="([^"]+)"/g)) {
        const field = assets.fields.find(f => f.name === ref[2]);
        expect(`${file} ${ref[2]} ${field && field.id}`).toBe(`${file} ${ref[2]} ${ref[1].toLowerCase()}`);
      }
    }
  });

  it('defines every column before the first content type that refers to it, in the order setup reads the files', () => {
    const order: string[] = [];
    for (const file of FILES) {
      const text = fs.readFileSync(path.join(ASSETS, file), 'utf8');
      for (const m of text.matchAll(/<Field\s[^>]*?\sName="([^"]+)"|<ContentType\s[^>]*?\sName="([^"]+)"/g)) {
        order.push(m[1] ? `field ${m[1]}` : `type ${m[2]}`);
      }
    }
    for (const ct of assets.contentTypes) {
      const at = order.indexOf(`type ${ct.name}`);
      for (const name of ct.fieldNames) {
        const defined = order.indexOf(`field ${name}`);
        expect(`${ct.name} after ${name}: ${defined >= 0 && defined < at}`).toBe(`${ct.name} after ${name}: true`);
      }
    }
  });

  it('defines "Läsbekräftelser": readers read and write only their own items, out of search, found by indexed columns, no unique column', () => {
    const list = assets.lists.find(l => l.title === CONFIRMATION_LIST);
    expect(list).toBeDefined();
    expect([list && list.readSecurity, list && list.writeSecurity, list && list.noCrawl]).toEqual([2, 2, true]);
    const fields = (list && list.fields) || [];
    expect(fields.filter(f => f.indexed).map(f => f.name).sort()).toEqual([PAGE_BUCKET_FIELD, READER_FIELD].sort());
    // SharePoint refuses unique values in a list whose readers see only their own items (emulator/CONTRACT.md).
    expect(fields.filter(f => /EnforceUniqueValues="TRUE"/i.test(f.schemaXml))).toEqual([]);
    expect(assets.fields.map(f => [f.name, f.type])).toEqual(expect.arrayContaining([['SamverkaMustRead', 'Boolean'], ['SamverkaReadBy', 'DateTime']]));
  });

  it('defines the editors\' summary library: a document library at the address the service writes to, out of search, not in the navigation', () => {
    const library = assets.lists.find(l => l.title === SUMMARY_LIBRARY);
    expect(library).toEqual(expect.objectContaining({ url: SUMMARY_LIBRARY_URL, templateType: 101, noCrawl: true, schemaSource: 'must-read-summary.xml', fields: [] }));
    expect(library && library.onQuickLaunch).toBeUndefined();
    // Its item-level settings are SharePoint's defaults: who opens it is the library's own permissions (setup/steps.ts).
    expect([library && library.readSecurity, library && library.writeSecurity]).toEqual([undefined, undefined]);
    // Its address is not the one SharePoint makes of its title: setup creates it with its Url.
    expect(library && addressedByTitle(library)).toBe(false);
    expect(assets.lists.filter(l => l !== library).map(l => [l.title, addressedByTitle(l)]).filter(([, byTitle]) => !byTitle)).toEqual([]);
  });

  it('gives every person column List="UserInfo", as SharePoint\'s own person columns have it', () => {
    const people = assets.fields.filter(f => f.type === 'User' || f.type === 'UserMulti');
    expect(people.map(f => f.name)).toContain('SamverkaOwner');
    for (const f of people) {
      expect(`${f.name} ${f.schemaXml.match(/ List="([^"]*)"/)?.[1]}`).toBe(`${f.name} UserInfo`);
    }
  });
});

describe('the package', () => {
  const solution = JSON.parse(fs.readFileSync(path.join(ROOT, 'config', 'package-solution.json'), 'utf8')).solution;

  // Tenant-wide deployment ignores feature elements; installed on one site, they would collide with the columns setup made.
  // The one element manifest is the customizer's ClientSideInstance.xml, which tenant-wide deployment reads into the
  // Tenant Wide Extensions list; it is kept out of sharepoint/assets and holds nothing but that entry.
  it('deploys tenant-wide and carries no element files but the customizer\'s tenant-wide entry, so nothing is provisioned a second time', () => {
    expect(solution.skipFeatureDeployment).toBe(true);
    const manifests: string[] = [];
    for (const feature of solution.features || []) {
      const assets = feature.assets || {};
      expect(Object.keys(assets).filter(k => k !== 'elementManifests')).toEqual([]);
      manifests.push(...(assets.elementManifests || []));
    }
    expect(manifests).toEqual(['../tenant-wide/ClientSideInstance.xml']);
    const instance = fs.readFileSync(path.join(ROOT, 'sharepoint', 'tenant-wide', 'ClientSideInstance.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const elements = Array.from(instance.matchAll(/<(\w+)[\s>]/g)).map(m => m[1]);
    expect(elements).toEqual(['Elements', 'ClientSideComponentInstance']);
  });

  // One version per release (README, "Versions"): the feature's moves with the solution's.
  it('gives its feature the solution\'s version', () => {
    expect((solution.features || []).map((f: { version?: string }) => f.version)).toEqual((solution.features || []).map(() => solution.version));
  });
});

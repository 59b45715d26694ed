import * as fs from 'fs';
import * as path from 'path';
import { readProvisioningAssets } from './provisioningAssets';

/**
 * The feature's own element files (sharepoint/assets), as the .sppkg carries them and the setup
 * command reads them: one definition of the columns the web parts read and write on Site Pages.
 */
const ASSETS = path.resolve(__dirname, '..', '..', 'sharepoint', 'assets');
const assets = readProvisioningAssets(fs.readdirSync(ASSETS).filter(n => n.endsWith('.xml')).map(name => ({ name, text: fs.readFileSync(path.join(ASSETS, name), 'utf8') })));

/** What content health, news boosting and borrowing read or write on a page (src/services). */
const PAGE_COLUMNS = ['SamverkaOwner', 'SamverkaReviewDate', 'SamverkaExpires', 'SamverkaBoostUntil',
  'SamverkaSourceUrl', 'SamverkaSourceMunicipality', 'SamverkaSourceModified', 'SamverkaCopiedBy', 'SamverkaCopiedAt'];

describe('sharepoint/assets', () => {
  it('has no problems: every binding names a list the feature creates or Site Pages', () => {
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
    for (const file of fs.readdirSync(ASSETS).filter(n => n.endsWith('.xml'))) {
      const text = fs.readFileSync(path.join(ASSETS, file), 'utf8');
      for (const ref of text.matchAll(/<FieldRef ID="\{([^}]+)\}" Name="([^"]+)"/g)) {
        const field = assets.fields.find(f => f.name === ref[2]);
        expect(`${file} ${ref[2]} ${field && field.id}`).toBe(`${file} ${ref[2]} ${ref[1].toLowerCase()}`);
      }
    }
  });
});

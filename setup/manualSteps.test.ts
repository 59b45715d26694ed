import * as fs from 'fs';
import * as path from 'path';
import { parseXml, type XmlElement } from './provisioningAssets';
import { manualSteps, SEARCH_CONFIGURATION_FILE, SEARCH_MAPPINGS } from './manualSteps';

/** The search configuration an admin imports: the four mappings the search and news web parts rely on. */

const ROOT = path.resolve(__dirname, '..');
const xml = fs.readFileSync(path.join(ROOT, SEARCH_CONFIGURATION_FILE), 'utf8');

function all(elements: XmlElement[], name: string): XmlElement[] {
  return elements.flatMap(e => [...(e.name.replace(/^.*:/, '') === name ? [e] : []), ...all(e.children, name)]);
}

const text = (e: XmlElement | undefined): string => (e ? e.outerXml.replace(/^<[^>]*>|<\/[^>]*>$/g, '') : '');
const child = (e: XmlElement, name: string): XmlElement | undefined => e.children.find(c => c.name.replace(/^.*:/, '') === name);

describe('setup/search-configuration.xml', () => {
  const root = parseXml(xml);

  it('is a search configuration (the root SharePoint exports and imports)', () => {
    expect(root.map(e => e.name)).toEqual(['SearchConfigurationSettings']);
    expect(root[0].attributes.xmlns).toBe('http://schemas.datacontract.org/2004/07/Microsoft.Office.Server.Search.Portability');
  });

  it('maps each crawled property to its refinable managed property, and nothing else', () => {
    const mappings = all(root, 'Mappings').flatMap(m => all(m.children, 'KeyValueOfstringMappingInfoy6h3NzC8')).map(kv => {
      const v = child(kv, 'Value') as XmlElement;
      return { crawledProperty: text(child(v, 'CrawledPropertyName')), pid: Number(text(child(v, 'ManagedPid'))) };
    });
    expect(mappings).toEqual(SEARCH_MAPPINGS.map(m => ({ crawledProperty: m.crawledProperty, pid: m.pid })));
  });

  it('overrides the mappings of exactly those managed properties', () => {
    const overridden = all(root, 'Overrides').flatMap(o => all(o.children, 'KeyValueOfstringOverrideInfoy6h3NzC8'))
      .map(kv => Number(text(child(child(kv, 'Value') as XmlElement, 'ManagedPid'))));
    expect(overridden).toEqual(SEARCH_MAPPINGS.map(m => m.pid));
  });

  it('numbers RefinableString1nn as SharePoint Online does (1000000900 + nn − 100)', () => {
    for (const m of SEARCH_MAPPINGS) {
      expect(m.pid).toBe(1000000900 + Number(m.managedProperty.replace('RefinableString', '')) - 100);
    }
  });

  it('is printed as a manual step, with the admin site of the tenant', () => {
    const [step] = manualSteps('https://hoglandet.sharepoint.com');
    expect(step).toContain('Set-PnPSearchConfiguration -Scope Subscription -Path setup/search-configuration.xml');
    expect(step).toContain('https://hoglandet-admin.sharepoint.com');
    for (const m of SEARCH_MAPPINGS) {
      expect(step).toContain(`${m.crawledProperty} → ${m.managedProperty}`);
    }
  });
});

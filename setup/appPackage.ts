import { promises as fsp } from 'fs';
import JSZip from 'jszip';
import { parseXml, type XmlElement } from './provisioningAssets';

/**
 * What the setup command needs to know of the .sppkg: its identity, version, the API permissions
 * it asks for, and whether its features would provision anything besides the web parts.
 */
export interface AppPackage {
  fileName: string;
  content: Buffer;
  title: string;
  productId: string;
  version: string;
  skipFeatureDeployment: boolean;
  permissionRequests: Array<{ resource: string; scope: string }>;
  /** What the package's features would provision besides the web parts (e.g. `Field`, `ContentType`, `element file x.xml`); empty for a package of this version. */
  featureElements: string[];
}

/**
 * SPFx writes each web part and extension as a ClientSideComponent and an empty module for the web
 * part gallery; the must-read customizer's ClientSideInstance.xml is a ClientSideComponentInstance of
 * an application customizer, which tenant-wide deployment turns into a Tenant Wide Extensions entry.
 */
function isWebPartElement(element: XmlElement): boolean {
  if (element.name === 'ClientSideComponent') {
    return true;
  }
  if (element.name === 'ClientSideComponentInstance') {
    return element.attributes.Location === 'ClientSideExtension.ApplicationCustomizer' && element.children.length === 0;
  }
  return element.name === 'Module' && element.attributes.Url === '_catalogs/wp' && element.children.length === 0;
}

async function featureElementsOf(zip: JSZip): Promise<string[]> {
  const found = new Set<string>();
  const rels = Object.keys(zip.files).filter(name => /^_rels\/feature_[^/]+\.xml\.rels$/i.test(name));
  for (const name of rels) {
    const relationships = parseXml(await zip.files[name].async('string')).flatMap(r => r.children).filter(r => r.name === 'Relationship');
    for (const r of relationships) {
      const type = (r.attributes.Type || '').split('/').pop();
      const target = (r.attributes.Target || '').replace(/^\//, '');
      if (type === 'feature-elementfile' || type === 'feature-upgradeaction') {
        found.add(`${type === 'feature-elementfile' ? 'element file' : 'upgrade action'} ${target.split('/').pop()}`);
      } else if (type === 'feature-elementmanifest') {
        const file = zip.file(target);
        const roots = file ? parseXml(await file.async('string')) : [];
        for (const element of roots.flatMap(root => root.children)) {
          if (!isWebPartElement(element)) {
            found.add(element.name);
          }
        }
      }
    }
  }
  return Array.from(found);
}

export async function readAppPackage(path: string): Promise<AppPackage> {
  const content = await fsp.readFile(path);
  const zip = await JSZip.loadAsync(content);
  const entry = Object.keys(zip.files).find(name => name.toLowerCase() === 'appmanifest.xml');
  if (!entry) {
    throw new Error(`${path} has no AppManifest.xml: is it an SPFx package?`);
  }
  const roots = parseXml(await zip.files[entry].async('string'));
  const app = roots.find(r => r.name === 'App');
  if (!app || !app.attributes.ProductID || !app.attributes.Version) {
    throw new Error(`${path}: AppManifest.xml names no ProductID or Version`);
  }
  const find = (name: string, within = app.children): typeof app.children => within.flatMap(c => (c.name === name ? [c] : find(name, c.children)));
  return {
    fileName: path.split(/[\\/]/).pop() || 'samverka.sppkg',
    content,
    title: app.attributes.Name || '',
    productId: app.attributes.ProductID.toLowerCase(),
    version: app.attributes.Version,
    skipFeatureDeployment: app.attributes.SkipFeatureDeployment === 'true',
    permissionRequests: find('WebApiPermissionRequest').map(r => ({ resource: r.attributes.ResourceId || '', scope: r.attributes.Scope || '' })),
    featureElements: await featureElementsOf(zip)
  };
}

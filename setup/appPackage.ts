import { promises as fsp } from 'fs';
import JSZip from 'jszip';
import { parseXml } from '../src/core/provisioningAssets';

/** What the setup command needs to know of the .sppkg: its identity, version and the API permissions it asks for. */
export interface AppPackage {
  fileName: string;
  content: Buffer;
  title: string;
  productId: string;
  version: string;
  skipFeatureDeployment: boolean;
  permissionRequests: Array<{ resource: string; scope: string }>;
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
    permissionRequests: find('WebApiPermissionRequest').map(r => ({ resource: r.attributes.ResourceId || '', scope: r.attributes.Scope || '' }))
  };
}

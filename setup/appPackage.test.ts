import { promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { readAppPackage } from './appPackage';

/**
 * What setup reads of a .sppkg before deploying it, on packages written here in the shape
 * `gulp package-solution` gives them: a feature with its relationships and element manifests.
 */

const FEATURE = '82b86404-cce5-42b9-adc4-2fe81851c1e2';
const WEB_PART = `<?xml version="1.0" encoding="utf-8"?><Elements xmlns="http://schemas.microsoft.com/sharepoint/"><ClientSideComponent Name="Sök" Id="8e434caf-d8c5-4d69-9fee-664e109fbdde" ComponentManifest="{}" Type="WebPart"></ClientSideComponent><Module Name="Sök" Url="_catalogs/wp" List="113"></Module></Elements>`;
const INSTANCE = `<?xml version="1.0" encoding="utf-8"?><Elements xmlns="http://schemas.microsoft.com/sharepoint/"><ClientSideComponentInstance Title="Samverka: Läs och bekräfta" Location="ClientSideExtension.ApplicationCustomizer" ComponentId="72cb223d-fd56-481b-a09e-bb2888924a70" Properties="{}"></ClientSideComponentInstance></Elements>`;
const COLUMNS = `<?xml version="1.0" encoding="utf-8"?><Elements xmlns="http://schemas.microsoft.com/sharepoint/"><Field ID="{8be1e076-bcd6-4191-bec4-416ce4921e57}" Name="SamverkaOwner" Type="User" List="UserInfo" /><ContentType ID="0x0100AB" Name="Samverka-sida"><FieldRefs><FieldRef ID="{8be1e076-bcd6-4191-bec4-416ce4921e57}" Name="SamverkaOwner" /></FieldRefs></ContentType></Elements>`;

async function sppkg(name: string, parts: { manifests: Record<string, string>; elementFiles?: string[] }): Promise<string> {
  const zip = new JSZip();
  zip.file('AppManifest.xml', '<?xml version="1.0" encoding="utf-8"?><App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="Samverka" ProductID="DB827069-6171-4BE0-BB41-667BC2DCCAA1" SharePointMinVersion="16.0.0.0" IsClientSideSolution="true" Version="1.2.0.0" SkipFeatureDeployment="true"><Properties><Title>Samverka</Title></Properties>' +
    '<WebApiPermissionRequests><WebApiPermissionRequest ResourceId="Microsoft Graph" Scope="User.Read" /></WebApiPermissionRequests></App>');
  const relationships = [
    ...Object.keys(parts.manifests).map((file, i) => `<Relationship Type="http://schemas.microsoft.com/sharepoint/2012/app/relationships/feature-elementmanifest" Target="/${FEATURE}/${file}" Id="m${i}"></Relationship>`),
    ...(parts.elementFiles || []).map((file, i) => `<Relationship Type="http://schemas.microsoft.com/sharepoint/2012/app/relationships/feature-elementfile" Target="/${FEATURE}/${file}" Id="f${i}"></Relationship>`)
  ];
  zip.file(`_rels/feature_${FEATURE}.xml.rels`, `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.microsoft.com/sharepoint/2012/app/relationships/partconfiguration" Target="/feature_${FEATURE}.xml.config.xml" Id="r1"></Relationship>${relationships.join('')}</Relationships>`);
  for (const [file, text] of Object.entries(parts.manifests)) {
    zip.file(`${FEATURE}/${file}`, text);
  }
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'sppkg-'));
  const file = path.join(dir, name);
  await fsp.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

describe('readAppPackage', () => {
  it('reads identity, version and permission requests, and finds nothing but web parts in a package of this version', async () => {
    const pkg = await readAppPackage(await sppkg('samverka.sppkg', { manifests: { 'WebPart_8e434caf.xml': WEB_PART } }));
    expect(pkg).toEqual(expect.objectContaining({
      fileName: 'samverka.sppkg',
      productId: 'db827069-6171-4be0-bb41-667bc2dccaa1',
      version: '1.2.0.0',
      skipFeatureDeployment: true,
      permissionRequests: [{ resource: 'Microsoft Graph', scope: 'User.Read' }],
      featureElements: []
    }));
  });

  it('names what a feature would provision besides the web parts: columns, content types, element files', async () => {
    const pkg = await readAppPackage(await sppkg('old.sppkg', {
      manifests: { 'WebPart_8e434caf.xml': WEB_PART, 'content-health.xml': COLUMNS },
      elementFiles: ['schema.xml']
    }));
    expect(pkg.featureElements).toEqual(['Field', 'ContentType', 'element file schema.xml']);
  });

  it('takes the application customizer\'s tenant-wide entry as no provisioning, and a custom action as one', async () => {
    const pkg = await readAppPackage(await sppkg('customizer.sppkg', { manifests: { 'WebPart_8e434caf.xml': WEB_PART, 'ClientSideInstance.xml': INSTANCE } }));
    expect(pkg.featureElements).toEqual([]);
    const other = INSTANCE.replace('ClientSideExtension.ApplicationCustomizer', 'ClientSideExtension.ListViewCommandSet');
    const action = '<?xml version="1.0" encoding="utf-8"?><Elements xmlns="http://schemas.microsoft.com/sharepoint/"><CustomAction Title="x" Location="ClientSideExtension.ApplicationCustomizer" ClientSideComponentId="72cb223d-fd56-481b-a09e-bb2888924a70" /></Elements>';
    const withOthers = await readAppPackage(await sppkg('others.sppkg', { manifests: { 'ClientSideInstance.xml': other, 'elements.xml': action } }));
    expect(withOthers.featureElements).toEqual(['ClientSideComponentInstance', 'CustomAction']);
  });

  it('counts a module that deploys files as provisioning', async () => {
    const withFile = WEB_PART.replace('<Module Name="Sök" Url="_catalogs/wp" List="113"></Module>', '<Module Name="Sidor" Url="SitePages"><File Url="Start.aspx" /></Module>');
    const pkg = await readAppPackage(await sppkg('module.sppkg', { manifests: { 'WebPart_8e434caf.xml': withFile } }));
    expect(pkg.featureElements).toEqual(['Module']);
  });
});

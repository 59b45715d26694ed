// Validates teams/app/manifest.json against Microsoft's Teams manifest schema and packs it with its
// icons into teams/TeamsSPFxApp.zip, which `gulp package-solution` puts into the .sppkg as is.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');
const { AppManifestUtils } = require('@microsoft/app-manifest');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const teamsDir = path.join(root, 'teams');
const sourceDir = path.join(teamsDir, 'app');

/** Returns the schema failures of a Teams manifest (an empty list when it is valid). */
export async function validateTeamsManifest(manifest) {
  const version = manifest.manifestVersion;
  const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  return AppManifestUtils.validateAgainstSchema(manifest, schema);
}

export async function buildTeamsApp() {
  const manifest = JSON.parse(readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8'));
  const failures = await validateTeamsManifest(manifest);
  if (failures.length > 0) {
    throw new Error(`teams/app/manifest.json does not follow the Teams manifest schema:\n${failures.join('\n')}`);
  }
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file(manifest.icons.color, readFileSync(path.join(sourceDir, manifest.icons.color)));
  zip.file(manifest.icons.outline, readFileSync(path.join(sourceDir, manifest.icons.outline)));
  const out = path.join(teamsDir, 'TeamsSPFxApp.zip');
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildTeamsApp().then(
    (out) => console.log(`Teams app written: ${path.relative(root, out)}`),
    (err) => {
      console.error(err.message);
      process.exit(1);
    }
  );
}

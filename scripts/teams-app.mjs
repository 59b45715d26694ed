// Validates teams/app/manifest.json against Microsoft's Teams manifest schema and packs it with its
// icons into teams/TeamsSPFxApp.zip, which `gulp package-solution` puts into the .sppkg as is.
// The Teams app's version is the solution's (config/package-solution.json): "Sync to Teams"
// replaces the app in Teams only when its version is higher than the one already there.
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

/**
 * The Teams app version (MAJOR.MINOR.PATCH, semver) of an SPFx solution version (four numbers).
 * A release that only raised the fourth number would reach Teams with the version it already has,
 * so such a solution version is refused rather than silently not synced.
 */
export function teamsVersionOf(solutionVersion) {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(String(solutionVersion));
  if (!m) {
    throw new Error(`config/package-solution.json: the solution version "${solutionVersion}" is not four numbers such as 1.2.0.0.`);
  }
  if (m[4] !== '0') {
    throw new Error(`config/package-solution.json: the solution version ${solutionVersion} changes only the fourth number, which the Teams app version (${m[1]}.${m[2]}.${m[3]}) does not have: raise one of the first three and keep the fourth 0, so "Sync to Teams" picks the release up.`);
  }
  return `${m[1]}.${m[2]}.${m[3]}`;
}

/** The manifest as it goes into the package: teams/app/manifest.json with the solution's version. */
export function teamsManifest(solutionVersion = readSolutionVersion()) {
  const source = JSON.parse(readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8'));
  const { $schema, manifestVersion, ...rest } = source;
  if ('version' in rest) {
    throw new Error('teams/app/manifest.json has a "version" of its own: remove it, the Teams app takes the solution\'s version from config/package-solution.json.');
  }
  return { $schema, manifestVersion, version: teamsVersionOf(solutionVersion), ...rest };
}

export function readSolutionVersion() {
  return JSON.parse(readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')).solution.version;
}

export async function buildTeamsApp() {
  const manifest = teamsManifest();
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
    (out) => console.log(`Teams app written: ${path.relative(root, out)} (version ${teamsManifest().version})`),
    (err) => {
      console.error(err.message);
      process.exit(1);
    }
  );
}

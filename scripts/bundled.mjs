// The admin commands (setup, check-tenant) are TypeScript that imports the same src/core and
// src/services modules as the web parts. Bundled with esbuild on each run (a fraction of a second)
// into temp/setup, then loaded.
import { build } from 'esbuild';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` (relative to the project) and returns its exports. */
export async function loadBundled(entry, outName) {
  const outfile = path.join(root, 'temp', 'setup', outName);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    // CommonJS with everything bundled: @pnp/* are ES modules without an exports map (their
    // directory imports do not resolve in Node), jszip is CommonJS.
    format: 'cjs',
    target: 'node22',
    logLevel: 'warning'
  });
  return createRequire(import.meta.url)(outfile);
}

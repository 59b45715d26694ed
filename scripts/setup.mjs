// `npm run setup -- --tenant <url> --config <file> [--dry-run]`: the admin's setup command
// (setup/cli.ts). The TypeScript is bundled with esbuild on each run (a fraction of a second),
// as it imports the same src/core and src/services modules as the web parts.
import { build } from 'esbuild';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'temp', 'setup', 'cli.cjs');
await build({
  entryPoints: [path.join(root, 'setup', 'cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  // CommonJS with everything bundled: @pnp/* are ES modules without an exports map (their
  // directory imports do not resolve in Node), jszip is CommonJS.
  format: 'cjs',
  target: 'node22',
  logLevel: 'warning'
});
const { main } = createRequire(import.meta.url)(outfile);
process.exitCode = await main(process.argv.slice(2), root);

// `npm run check-tenant -- --tenant <url> --token <token> --graph-token <token>`: whether a tenant
// answers every read of the web parts (setup/checkTenantCli.ts). Bundled with esbuild on each run,
// as scripts/setup.mjs does, since it runs the same src/services modules as the web parts.
import { build } from 'esbuild';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'temp', 'setup', 'check-tenant.cjs');
await build({
  entryPoints: [path.join(root, 'setup', 'checkTenantCli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  // CommonJS with everything bundled: @pnp/* are ES modules without an exports map.
  format: 'cjs',
  target: 'node22',
  logLevel: 'warning'
});
const { main } = createRequire(import.meta.url)(outfile);
process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text)
});

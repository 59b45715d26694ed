// `npm run check-tenant -- --tenant <url> --token <token> --graph-token <token>`: whether a tenant
// answers every read of the web parts (setup/checkTenantCli.ts), through the web parts' own services.
import { loadBundled } from './bundled.mjs';

const { main } = await loadBundled('setup/checkTenantCli.ts', 'check-tenant.cjs');
process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  out: text => process.stdout.write(text),
  err: text => process.stderr.write(text)
});

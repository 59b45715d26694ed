// `npm run setup -- --tenant <url> --config <file> [--dry-run]`: the admin's setup command (setup/cli.ts).
import { loadBundled, root } from './bundled.mjs';

const { main } = await loadBundled('setup/cli.ts', 'cli.cjs');
process.exitCode = await main(process.argv.slice(2), root);

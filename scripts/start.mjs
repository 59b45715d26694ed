// `npm start`: the local tenant with its seeded demo data, and the workbench page that renders
// the web parts against it with the same service code that runs in SharePoint and Teams.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startTenant } from '../emulator/server.ts';
import { startWorkbench } from '../workbench/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT || '4400' },
    'tenant-port': { type: 'string', default: process.env.TENANT_PORT || '4401' },
    seed: { type: 'string', default: '42' },
    news: { type: 'string' },
    // Läs och bekräfta at scale: `--people 10000 --must-read-items 50` (the items keep the tenant in memory).
    people: { type: 'string' },
    'must-read-items': { type: 'string' },
    'in-memory': { type: 'boolean', default: false },
    // A tenant with only the root site, the app catalog and the people, for `npm run setup` (kept in memory).
    empty: { type: 'boolean', default: false }
  }
});

const dataDir = path.join(root, '.data');
mkdirSync(dataDir, { recursive: true });

const tenant = await startTenant({
  port: Number(values['tenant-port']),
  seed: Number(values.seed),
  news: values.news ? Number(values.news) : undefined,
  empty: values.empty,
  people: values.people ? Number(values.people) : undefined,
  mustReadItems: values['must-read-items'] ? Number(values['must-read-items']) : undefined,
  dbPath: values['in-memory'] || values.empty || values['must-read-items'] ? undefined : path.join(dataDir, `tenant-seed${values.seed}.sqlite`)
});
const workbench = await startWorkbench({ tenantUrl: tenant.url, port: Number(values.port) });

console.log(`Local tenant:  ${tenant.url}  (SharePoint under /sites/..., Graph under /v1.0)`);
console.log(`Workbench:     ${workbench.url}`);
console.log('Stop with Ctrl+C.');

const stop = async () => {
  await workbench.close();
  await tenant.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

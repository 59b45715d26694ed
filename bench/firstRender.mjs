// What each component's first render downloads from the ship build: its entry, its strings and
// every chunk its own code asks for until it shows its content. Measured by loading the
// component from the .sppkg in Chromium (bench/shipHost.js stands in for SharePoint's page and
// loader) against the local tenant, recording every script the page fetches, until the web part
// shows what the bench's budget row waits for (tests/support/webPartLoaded.mjs). Counted: our
// files only (entry, strings, chunks: our code, PnPjs, Fluent UI, DOMPurify, ...). Not counted:
// React, ReactDOM and the @microsoft/sp-* libraries, which SharePoint's page provides (the
// manifest lists them as components, not as our files). Each file is gzipped on its own (level 9),
// as it travels.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startWorkbench } from '../workbench/serve.mjs';
import { loadingTexts, webPartLoadState } from '../tests/support/webPartLoaded.mjs';
import { SEARCH_QUERIES } from './pages.mjs';

const require = createRequire(import.meta.url);
const JSZip = require('jszip');
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/** Budget: Targeted news, the hub start page's web part, in KB gzipped (1 KB = 1,024 bytes). */
export const FIRST_RENDER_BUDGET = { alias: 'TargetedNewsWebPart', gzippedKB: 45 };

/**
 * One first render per component: who, what its zone is, what it must show to count as loaded,
 * and what SharePoint would give it (properties, the page's web, for the customizer its page).
 */
export const FIRST_RENDERS = [
  {
    alias: 'TargetedNewsWebPart', label: 'Targeted news', webPart: 'targeted-news', persona: 'erik',
    properties: { title: '', layout: 'list', itemCount: 20, sources: [] }, content: 'li h3', min: 20
  },
  {
    alias: 'PersonalDashboardWebPart', label: 'Min sida', webPart: 'personal-dashboard', persona: 'erik',
    content: '[data-section="profile"] h1, [data-section="calendar"], [data-section="news"], [data-section="documents"]', min: 4
  },
  {
    alias: 'SearchWebPart', label: 'Sök', webPart: 'search', persona: 'anna', query: { q: SEARCH_QUERIES[0].text },
    content: '[role="status"]', contentText: 'träff', min: 1
  },
  { alias: 'ContentHealthWebPart', label: 'Städa innehåll', webPart: 'content-health', persona: 'johan', content: 'table caption', min: 1 },
  { alias: 'ContentReuseWebPart', label: 'Samverka', webPart: 'content-reuse', persona: 'johan', content: 'form select option', min: 1 },
  { alias: 'GuideEditorWebPart', label: 'Guideredigeraren', webPart: 'guide-editor', persona: 'johan', content: 'tbody tr[data-guide-id]', min: 1 },
  // On a must-read news page of Vetlanda, for Per, a manager there: the bar asks him to confirm.
  { alias: 'MustReadApplicationCustomizer', label: 'Läs och bekräfta (customizer)', webPart: 'must-read', persona: 'per', mustReadPage: '/sites/vetlanda', content: '[data-must-read]', min: 1 }
];

export const kb = (bytes) => Math.round(bytes / 102.4) / 10;

/** The component manifests and script files of a package. */
export async function readPackage(sppkg) {
  const zip = await JSZip.loadAsync(readFileSync(sppkg));
  const manifests = [];
  for (const name of Object.keys(zip.files).filter((f) => /\/(WebPart|Extension)_[^/]+\.xml$/.test(f))) {
    const xml = await zip.file(name).async('string');
    manifests.push(JSON.parse(xml.match(/ComponentManifest="([^"]*)"/)[1]
      .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')));
  }
  const scripts = new Map();
  for (const name of Object.keys(zip.files).filter((f) => /^ClientSideAssets\/[^/]+\.js$/.test(f))) {
    scripts.set(path.basename(name), await zip.file(name).async('nodebuffer'));
  }
  return { manifests, scripts };
}

const JS = 'text/javascript; charset=utf-8';

function hostFiles(pkg) {
  const files = new Map();
  files.set('/react.js', { contents: readFileSync(path.join(root, 'node_modules/react/umd/react.production.min.js')), type: JS });
  files.set('/react-dom.js', { contents: readFileSync(path.join(root, 'node_modules/react-dom/umd/react-dom.production.min.js')), type: JS });
  files.set('/ship-host.js', { contents: readFileSync(path.join(here, 'shipHost.js')), type: JS });
  for (const [name, contents] of pkg.scripts) files.set(`/ship/${name}`, { contents, type: JS });
  for (const manifest of pkg.manifests) {
    const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${manifest.alias}</title>
<script>window.FabricConfig = { fontBaseUrl: '' };</script>
<script type="application/json" id="component">${JSON.stringify({ manifest }).replace(/</g, '\\u003c')}</script>
<script src="/react.js"></script><script src="/react-dom.js"></script></head>
<body><main><div id="zone"></div></main><script src="/ship-host.js"></script></body></html>`;
    files.set(`/host/${manifest.id}`, { contents: Buffer.from(html), type: 'text/html; charset=utf-8' });
  }
  return files;
}

/** The newest must-read news page of a hub, as the customizer's page context names it. */
async function mustReadPage(tenant, persona, hubPath) {
  const get = async (url) => {
    const response = await fetch(new URL(url, tenant.url), { headers: { authorization: `Bearer ${persona}`, accept: 'application/json;odata=nometadata' } });
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return response.json();
  };
  const newest = await get(`${hubPath}/_api/web/lists/getByTitle('Site%20Pages')/items?$select=FileRef&$filter=SamverkaMustRead%20eq%201%20and%20PromotedState%20eq%202&$orderby=FirstPublishedDate%20desc&$top=1`);
  const fileRef = newest.value[0].FileRef;
  const [site, list, item] = await Promise.all([
    get(`${hubPath}/_api/site?$select=Id`),
    get(`${hubPath}/_api/web/lists/getByTitle('Site%20Pages')?$select=Id`),
    get(`${hubPath}/_api/web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(fileRef)}')/listItemAllFields?$select=Id`)
  ]);
  return { siteId: String(site.Id), listId: String(list.Id), listUrl: `${hubPath}/SitePages`, itemId: Number(item.Id) };
}

/**
 * Loads each component of the package once, cold, and returns per component the files its first
 * render fetched (before it showed its content) and their sizes, minified and gzipped.
 */
export async function measureFirstRenders({ sppkg, tenant, browser, only = null }) {
  const pkg = await readPackage(sppkg);
  const server = await startWorkbench({ tenantUrl: tenant.url, port: 0, build: { files: hostFiles(pkg) } });
  const loading = loadingTexts(root);
  const rows = [];
  try {
    for (const spec of FIRST_RENDERS.filter((r) => !only || only.includes(r.alias))) {
      const manifest = pkg.manifests.find((m) => m.alias === spec.alias);
      if (!manifest) {
        rows.push({ alias: spec.alias, label: spec.label, missing: true });
        continue;
      }
      // Who SharePoint's page context says the user is: the tenant's own answer for the persona.
      const me = await (await fetch(new URL('/v1.0/me?$select=displayName,mail,userPrincipalName', tenant.url), { headers: { authorization: `Bearer ${spec.persona}` } })).json();
      const params = new URLSearchParams({
        persona: spec.persona,
        zone: spec.webPart,
        properties: JSON.stringify(spec.properties || {}),
        user: JSON.stringify({ loginName: `i:0#.f|membership|${me.userPrincipalName}`, displayName: me.displayName, email: me.mail }),
        ...(spec.query || {})
      });
      if (spec.mustReadPage) {
        params.set('web', spec.mustReadPage);
        params.set('page', JSON.stringify(await mustReadPage(tenant, spec.persona, spec.mustReadPage)));
      }
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
      const page = await context.newPage();
      const fetched = [];
      let shown = false;
      const after = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!url.pathname.startsWith('/ship/')) return;
        (shown ? after : fetched).push(path.basename(url.pathname));
      });
      try {
        await page.goto(`${server.url}host/${manifest.id}?${params}`);
        const handle = await page.waitForFunction(([check, args]) => {
          const hostState = window.__shipHost;
          if (hostState && hostState.state === 'failed') return `failed: ${hostState.error}`;
          return new Function(`return (${check})`)()(args);
        }, [webPartLoadState.toString(), { webPart: spec.webPart, loading, content: spec.content, contentText: spec.contentText, min: spec.min }],
        { polling: 'raf', timeout: 30000 });
        const state = await handle.jsonValue();
        shown = true;
        if (state !== 'loaded') throw new Error(`${spec.label} (${spec.persona}) did not load from the package: ${state}`);
        // What the page still fetches right after it shows (a prefetch, a second step) is listed apart.
        await page.waitForTimeout(500);
      } finally {
        await context.close();
      }
      const files = [...new Set(fetched)].map((name) => {
        const contents = pkg.scripts.get(name);
        return { file: name, minifiedBytes: contents.length, gzippedBytes: gzipSync(contents, { level: 9 }).length };
      });
      const sum = (key) => files.reduce((total, f) => total + f[key], 0);
      rows.push({
        alias: spec.alias, label: spec.label, persona: spec.persona,
        files, minifiedBytes: sum('minifiedBytes'), gzippedBytes: sum('gzippedBytes'),
        minifiedKB: kb(sum('minifiedBytes')), gzippedKB: kb(sum('gzippedBytes')),
        afterFirstRender: [...new Set(after)]
      });
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** Over budget: the rows of the first-render bytes that break it (empty: within). */
export function firstRenderOverBudget(rows) {
  return rows.filter((r) => r.alias === FIRST_RENDER_BUDGET.alias && !r.missing && r.gzippedKB > FIRST_RENDER_BUDGET.gzippedKB)
    .map((r) => `${r.label}: ${r.gzippedKB} KB gzipped, budget ${FIRST_RENDER_BUDGET.gzippedKB}`);
}


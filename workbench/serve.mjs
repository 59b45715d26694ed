// The local workbench: builds workbench/src with esbuild (in memory) and serves it, proxying the
// SharePoint and Graph addresses to the local tenant so the page and the services share one origin
// (the same relative addresses as on a SharePoint page, and no CORS preflights).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { spfxLocStringsPlugin } from './locStringsPlugin.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/** Paths that belong to the tenant: SharePoint sites and web, Graph, the emulator's admin API. */
const TENANT_PATHS = /^\/(sites\/|_api\/|_layouts\/|v1\.0\/|_emulator\/)/;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
};

/**
 * Builds the workbench bundle (React, Fluent UI by path, the services and the web part's view)
 * into memory. Returns { files: Map<urlPath, { contents, type }>, bytes } for startWorkbench.
 */
export async function buildWorkbench({ minify = true } = {}) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { workbench: path.join(here, 'src', 'index.tsx') },
    outdir: path.join(here, 'dist', 'assets'),
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari15'],
    minify,
    sourcemap: 'linked',
    legalComments: 'none',
    tsconfig: path.join(here, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': JSON.stringify(minify ? 'production' : 'development') },
    loader: { '.svg': 'dataurl', '.png': 'dataurl' },
    plugins: [spfxLocStringsPlugin({ root })],
    logLevel: 'silent'
  });

  const files = new Map();
  const assets = path.join(here, 'dist');
  for (const file of result.outputFiles) {
    const urlPath = '/' + path.relative(assets, file.path).split(path.sep).join('/');
    files.set(urlPath, { contents: Buffer.from(file.contents), type: CONTENT_TYPES[path.extname(file.path)] || 'application/octet-stream' });
  }
  for (const page of ['index.html', 'teams.html']) {
    files.set(`/${page}`, { contents: readFileSync(path.join(here, 'public', page)), type: CONTENT_TYPES['.html'] });
  }
  const bytes = files.get('/assets/workbench.js').contents.length;
  return { files, bytes };
}

function proxy(request, response, tenant) {
  const upstream = http.request({
    hostname: tenant.hostname,
    port: tenant.port,
    method: request.method,
    path: request.url,
    // The Host header stays the workbench's: the tenant writes absolute URLs (web URLs, paging
    // links, images) for the host it was addressed as, so they point back through this proxy.
    headers: request.headers
  }, (answer) => {
    response.writeHead(answer.statusCode || 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', (error) => {
    if (!response.headersSent) {
      response.writeHead(502, { 'content-type': 'application/json' });
    }
    response.end(JSON.stringify({ error: { code: 'tenantUnreachable', message: error.message } }));
  });
  request.pipe(upstream);
}

/** Fluent UI's icon font (`/fonts/fabric-icons-….woff`), as the workbench registers it (bootstrap.ts). */
const ICON_FONTS = path.join(root, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
function iconFont(pathname) {
  const match = /^\/fonts\/(fabric-icons[\w-]*\.woff)$/.exec(pathname);
  const file = match ? path.join(ICON_FONTS, match[1]) : '';
  return file && existsSync(file) ? { type: 'font/woff', contents: readFileSync(file) } : undefined;
}

/**
 * A news page opened in the browser (a link in the feed, Min sida or Sök: `/sites/x/SitePages/y.aspx`),
 * where SharePoint would render the page: the workbench's page view of it (`page=nyhet`), as the
 * person and language of the page the link was on (its address, in the Referer). Requests of the
 * services (REST, JSON) still go to the local tenant.
 */
function pageOpenedInBrowser(request, url) {
  const accept = String(request.headers.accept || '');
  if (request.method !== 'GET' || !/text\/html/.test(accept) || !/^\/sites\/[^/]+\/SitePages\/[^/]+\.aspx$/i.test(url.pathname)) {
    return undefined;
  }
  const from = new URLSearchParams(request.headers.referer ? new URL(request.headers.referer).search : '');
  const params = new URLSearchParams({ page: 'nyhet', item: decodeURIComponent(url.pathname) });
  for (const key of ['persona', 'lang']) {
    if (from.get(key)) params.set(key, from.get(key));
  }
  // A link without a referrer (rel="noreferrer"): the persona the workbench last signed in.
  const cookie = /(?:^|;\s*)samverka-workbench-persona=([^;]*)/.exec(String(request.headers.cookie || ''));
  if (!params.get('persona') && cookie) params.set('persona', decodeURIComponent(cookie[1]));
  return `/?${params}`;
}

/**
 * Serves the workbench on 127.0.0.1:port (0: any free port) in front of the local tenant at tenantUrl.
 * Pass `build` (from buildWorkbench) to reuse a bundle across servers, as the browser tests do.
 */
export async function startWorkbench({ tenantUrl, port = 0, build } = {}) {
  if (!tenantUrl) {
    throw new Error('startWorkbench needs the tenantUrl of a running local tenant.');
  }
  const tenant = new URL(tenantUrl);
  const { files } = build || await buildWorkbench();
  const sockets = new Set();

  const server = http.createServer((request, response) => {
    const url = new URL(request.url || '/', 'http://workbench');
    const opened = pageOpenedInBrowser(request, url);
    if (opened) {
      response.writeHead(302, { location: opened, 'cache-control': 'no-store' });
      response.end();
      return;
    }
    if (TENANT_PATHS.test(url.pathname)) {
      proxy(request, response, tenant);
      return;
    }
    const file = files.get(url.pathname === '/' ? '/index.html' : url.pathname === '/teams' ? '/teams.html' : url.pathname) || iconFont(url.pathname);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'content-length': file.contents.length, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : file.contents);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    })
  };
}

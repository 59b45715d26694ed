// What both benchmarks need: the median of repeated runs, Chromium, and the local tenant's count
// of the requests a page made.
import { chromium } from 'playwright-core';

export const median = (xs) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}

export async function tenantRequests(tenant) {
  const body = await (await fetch(new URL('/_emulator/requests', tenant.url))).json();
  return Array.isArray(body) ? body : body.value || body.requests || [];
}

export async function clearRequests(tenant) {
  await fetch(new URL('/_emulator/requests', tenant.url), { method: 'DELETE' });
}

/**
 * What a page asked the tenant: round trips, SharePoint REST and Graph requests, search requests
 * (one per POST /search/query, also inside a $batch) and profile photos. Banner images and the
 * tenant's own admin endpoints do not count.
 */
export function countRequests(entries) {
  const own = entries.filter((e) => !e.path.startsWith('/_emulator') && !/\/SiteAssets\//i.test(e.path));
  const isSearch = (p) => /\/search\/query/.test(p);
  let search = 0;
  for (const e of own) {
    if (isSearch(e.path)) search++;
    for (const inner of e.inner || []) if (isSearch(inner.path)) search++;
  }
  return {
    roundTrips: own.length,
    sharePoint: own.filter((e) => /\/_api\//.test(e.path)).length,
    graph: own.filter((e) => /^\/v1\.0\//.test(e.path)).length,
    search,
    photos: own.filter((e) => /\/photo\/\$value/.test(e.path)).length
  };
}

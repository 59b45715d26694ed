import { createServices } from '../../src/services/factory';
import { createNaiveNewsService } from '../../bench/naiveNewsService';
import type { Services } from '../../src/services/factory';

/** Which news service the page uses: ours, or the benchmark's naive baseline (`?news=naive`). */
export type WorkbenchNewsService = 'samverka' | 'naive';

export function readNewsService(search: string): WorkbenchNewsService {
  return new URLSearchParams(search).get('news') === 'naive' ? 'naive' : 'samverka';
}

/**
 * The same factory the web part uses in SharePoint, connected to the local tenant. The workbench
 * server proxies the tenant's addresses, so the base URL is the page's own origin.
 * With `naive`, only the news service is swapped for the baseline that `npm run bench` compares
 * against; it is never used on a real page.
 */
export function createWorkbenchServices(persona: string, news: WorkbenchNewsService = 'samverka'): Services {
  const services = createServices({ kind: 'local', baseUrl: window.location.origin, token: persona });
  return news === 'naive' ? { ...services, news: createNaiveNewsService(services) } : services;
}

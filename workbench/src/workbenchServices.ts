import type { SamverkaServices } from '../../src/core/ports';
import type { Connection } from '../../src/services/connection';
import * as naiveNews from '../../bench/naiveNews';
import * as news from '../../src/wiring/news';
import { personaMail } from './personas';

/** Which news service the page uses: ours, or the benchmark's naive baseline (`?news=naive`). */
export type WorkbenchNewsService = 'samverka' | 'naive';

export function readNewsService(search: string): WorkbenchNewsService {
  return new URLSearchParams(search).get('news') === 'naive' ? 'naive' : 'samverka';
}

/**
 * The workbench's connection to the local tenant as a persona. The workbench server proxies the
 * tenant's addresses, so the base URL is the page's own origin. In SharePoint and Teams the page
 * context tells the user's address; here the persona does.
 */
export function workbenchConnection(persona: string): Connection {
  return { kind: 'local', baseUrl: window.location.origin, token: persona, userMail: personaMail(persona) };
}

/**
 * Targeted news as the web part wires it in SharePoint, on the workbench's connection. With
 * `naive`, the news service is the baseline that `npm run bench` compares against; it is never
 * used on a real page.
 */
export function createWorkbenchServices(persona: string, service: WorkbenchNewsService = 'samverka'): SamverkaServices {
  const connection = workbenchConnection(persona);
  return service === 'naive' ? naiveNews.wire(connection) : news.wire(connection);
}

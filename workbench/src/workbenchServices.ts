import type { Connection } from '../../src/services/connection';
import { personaMail } from './personas';

/**
 * The workbench's connection to the local tenant as a persona. The workbench server proxies the
 * tenant's addresses, so the base URL is the page's own origin. In SharePoint and Teams the page
 * context tells the user's address; here the persona does.
 */
export function workbenchConnection(persona: string): Connection {
  return { kind: 'local', baseUrl: window.location.origin, token: persona, userMail: personaMail(persona) };
}

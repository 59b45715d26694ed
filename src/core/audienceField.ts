/**
 * A page's audience field (`_ModernAudienceTargetUserField`) as SharePoint stores it: site principals
 * made from the Entra groups' claims. What a send writes (reuse) and what Läs och bekräfta's report
 * reads back. Pure: the services do the requests.
 */
import { normalizeGroupId } from './tenantConfig';

/** SharePoint's claim of an Entra security group, what `web/ensureuser` takes to make it a site principal. */
export function groupClaim(groupId: string): string {
  return `c:0t.c|tenant|${normalizeGroupId(groupId)}`;
}

/**
 * The site principal ids SharePoint stored in a page's audience field (`OData__ModernAudienceTargetUserFieldId`:
 * an array, verbose `{ results }`, or null when empty), to compare with what was written.
 */
export function audiencePrincipalIdsOf(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : [];
  return list.map(Number).filter(n => Number.isInteger(n));
}

/** A principal of a page's audience field (`_ModernAudienceTargetUserField`, expanded): its name and its claim. */
export interface AudiencePrincipal {
  title: string;
  /** The login name in the site's user information list (`Name`): a group's claim. */
  loginName: string;
}

/**
 * The principals of an expanded audience field as SharePoint returns a multi-user field: an array
 * of user information list items (verbose: `{ results: [...] }`); none when it is empty or null.
 */
export function audiencePrincipalsOf(value: unknown): AudiencePrincipal[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : [];
  return list.filter((p): p is Record<string, unknown> => !!p && typeof p === 'object').map(p => ({
    title: typeof p.Title === 'string' ? p.Title : '',
    loginName: typeof p.Name === 'string' ? p.Name : ''
  }));
}

const GROUP_CLAIM = /^c:0(?:t\.c\|tenant|o\.c\|federateddirectoryclaimprovider)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * The Entra group id in a group's claim: a security group's (`c:0t.c|tenant|<id>`, what a send
 * ensures) or a Microsoft 365 group's members (`c:0o.c|federateddirectoryclaimprovider|<id>`, what
 * SharePoint's own audience picker may store). Anything else (a person, a group's owners `<id>_o`): null.
 */
export function groupIdOfClaim(loginName: string): string | null {
  const match = GROUP_CLAIM.exec(loginName.trim());
  return match ? normalizeGroupId(match[1]) : null;
}

/** Whether a page's audience field holds exactly the principals written to it (in any order). */
export function sameAudience(written: readonly number[], stored: readonly number[]): boolean {
  const a = Array.from(new Set(written)).sort((x, y) => x - y);
  const b = Array.from(new Set(stored)).sort((x, y) => x - y);
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

import type { Group, User } from '@microsoft/microsoft-graph-types';
import type { CurrentUser } from '../core/ports';

/**
 * The signed-in person as Microsoft Graph tells them: the requests and how their answers are
 * read, in one place for the user context and for the dashboard's first batch.
 */

export const PROFILE_URL = '/me?$select=id,displayName,mail,userPrincipalName,jobTitle,department,officeLocation';
/** Groups only (the cast leaves out directory roles and administrative units); 999 is Graph's largest page. */
export const GROUPS_URL = '/me/transitiveMemberOf/microsoft.graph.group?$select=id,displayName&$top=999';

/** A page of transitiveMemberOf cast to groups, as Graph's types describe it. */
export interface GroupsPage {
  value?: Group[];
  '@odata.nextLink'?: unknown;
}

/** The person of a `/me` answer (everything of CurrentUser but their groups). */
export function userOfProfile(me: User): Omit<CurrentUser, 'groupIds'> {
  return {
    id: String(me.id),
    displayName: text(me.displayName) || '',
    // Guests and some accounts have no mail; the UPN is the address they sign in with.
    mail: text(me.mail) || text(me.userPrincipalName) || '',
    userPrincipalName: text(me.userPrincipalName),
    jobTitle: text(me.jobTitle),
    department: text(me.department),
    officeLocation: text(me.officeLocation)
  };
}

/** The groups of one page of transitiveMemberOf, ids in lower case. */
export function groupsOfPage(page: GroupsPage): Array<{ id: string; displayName: string }> {
  const groups: Array<{ id: string; displayName: string }> = [];
  for (const group of page.value || []) {
    if (typeof group.id === 'string') {
      groups.push({ id: group.id.toLowerCase(), displayName: typeof group.displayName === 'string' ? group.displayName : '' });
    }
  }
  return groups;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The people of audience groups as Graph lists them (`transitiveMembers/microsoft.graph.user`),
 * each person once: what Läs och bekräfta's report and Samverka's reach count.
 */
import { homeMunicipality } from './membership';
import type { TenantConfig } from './municipality';

/** A user of an audience group, as Graph's transitiveMembers/microsoft.graph.user gives them ('' for what was not selected). */
export interface AudienceMember {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string;
  /** Graph's department: the unit the person works in, empty when the directory has none. */
  department: string;
}

/** A group's users, transitively, as Graph addresses them (an OData cast: advanced query parameters needed). */
export function groupUsersPath(groupId: string): string {
  return `/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user`;
}

/**
 * The people of several groups, each once (by user id; Graph gives the same id in every group
 * a person is in), in the order first met.
 */
export function uniqueMembers(groups: ReadonlyArray<readonly AudienceMember[]>): AudienceMember[] {
  const seen: Record<string, true> = {};
  const out: AudienceMember[] = [];
  for (const members of groups) {
    for (const member of members) {
      const key = member.id.toLowerCase();
      if (key && !seen[key]) {
        seen[key] = true;
        out.push(member);
      }
    }
  }
  return out;
}

/** The municipality a member belongs to by the e-mail domain of their address (or, without one, their sign-in name). */
export function memberMunicipalityId(config: TenantConfig, member: AudienceMember): string | null {
  const home = homeMunicipality(config, member.mail || member.userPrincipalName);
  return home ? home.id : null;
}

import { normalizeGroupId } from './tenantConfig';

/** Anything that can be audience targeted: SharePoint stores the audiences as Entra group ids. */
export interface AudienceTargeted {
  audienceIds: readonly string[];
}

/**
 * The audience rule of SharePoint's audience targeting: an item without audiences is for
 * everyone who may read it; otherwise it is for members of any of its audience groups.
 * This filters what is shown; it is not security (permissions are applied by SharePoint).
 */
export function isVisibleTo(item: AudienceTargeted, groupIds: readonly string[] | ReadonlySet<string>): boolean {
  if (item.audienceIds.length === 0) {
    return true;
  }
  const groups = isSet(groupIds) ? groupIds : toGroupSet(groupIds);
  return item.audienceIds.some(id => groups.has(normalizeGroupId(id)));
}

function isSet(value: readonly string[] | ReadonlySet<string>): value is ReadonlySet<string> {
  return typeof (value as ReadonlySet<string>).has === 'function';
}

/** A user's transitive groups as a set, for repeated checks (ids lower-cased, as isVisibleTo expects of a set). */
export function toGroupSet(groupIds: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const id of groupIds) {
    set.add(normalizeGroupId(id));
  }
  return set;
}

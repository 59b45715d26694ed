import { createHash } from 'node:crypto';
import type { TenantStore } from '../../db/tenant-store.ts';
import type { UserRecord } from '../../db/records.ts';
import type { EntitySchema, SearchDocument } from '../schema.ts';

/**
 * People in search: Graph's `person` entity over every employee of the directory. Graph answers
 * people searches with prefix and fuzzy matching of names by itself; here free-text words match
 * whole words, and `word*` prefixes, which the client sends for what the user types.
 */

export interface PersonHitData {
  user: UserRecord;
  municipalities: string[];
}

/** Whether the directory has a photo of a user: deterministic, roughly two in five, and Anna and Maria. */
export function hasPhoto(user: UserRecord): boolean {
  if (user.personaKey === 'anna' || user.personaKey === 'maria') return true;
  if (user.personaKey) return false;
  return createHash('sha1').update(`photo:${user.id}`).digest()[0] < 102;
}

export const PERSON_SCHEMA: EntitySchema<PersonHitData> = {
  entityType: 'person',
  // Graph pages people 25 at a time at most.
  maxPageSize: 25,
  defaultOrder: { name: 'displayName', descending: false },
  properties: [
    { name: 'displayName', type: 'text', fullText: true, rankWeight: 6, sortable: true },
    { name: 'givenName', type: 'text', fullText: true, rankWeight: 3 },
    { name: 'surname', type: 'text', fullText: true, rankWeight: 4 },
    { name: 'jobTitle', type: 'text', fullText: true, rankWeight: 2 },
    { name: 'department', type: 'text', fullText: true, rankWeight: 1 },
    { name: 'officeLocation', type: 'text', fullText: true, rankWeight: 1 },
    { name: 'companyName', type: 'text', fullText: true, rankWeight: 1 },
    { name: 'userPrincipalName', type: 'keyword' },
    { name: 'mail', type: 'keyword', fullText: true },
  ],
  resource(doc) {
    const u = doc.data.user;
    const phones = [
      ...(u.businessPhone ? [{ type: 'business', number: u.businessPhone }] : []),
      ...(u.mobilePhone ? [{ type: 'mobile', number: u.mobilePhone }] : []),
    ];
    return {
      '@odata.type': '#microsoft.graph.person',
      id: u.id,
      displayName: u.displayName,
      givenName: u.givenName,
      surname: u.surname,
      jobTitle: u.jobTitle,
      department: u.department,
      officeLocation: u.officeLocation,
      companyName: u.companyName,
      userPrincipalName: u.userPrincipalName,
      imAddress: `sip:${u.userPrincipalName}`,
      personNotes: '',
      isFavorite: false,
      personType: { class: 'Person', subclass: 'OrganizationUser' },
      phones,
      emailAddresses: [{ address: u.mail, rank: 1 }],
    };
  },
};

export function crawlPeople(store: TenantStore): SearchDocument<PersonHitData>[] {
  const names = new Map((store.db.prepare('SELECT id, name FROM municipalities').all() as Array<{ id: string; name: string }>).map((r) => [r.id, r.name]));
  const employments = store.db.prepare('SELECT DISTINCT municipality_id AS m FROM employments WHERE user_id = ? ORDER BY is_primary DESC');
  const everyone = store.groups().filter((g) => g.kind === 'root').map((g) => g.id);
  return store.users().map((user) => {
    const municipalityIds = (employments.all(user.id) as Array<{ m: string }>).map((r) => r.m);
    const municipalities = (municipalityIds.length > 0 ? municipalityIds : [user.municipalityId]).map((id) => names.get(id) ?? id);
    return {
      key: user.id,
      acl: everyone,
      values: {
        displayName: user.displayName,
        givenName: user.givenName,
        surname: user.surname,
        jobTitle: user.jobTitle,
        department: user.department,
        officeLocation: user.officeLocation,
        // Everyone working for two municipalities is found by either name.
        companyName: municipalities.join(' '),
        userPrincipalName: user.userPrincipalName,
        mail: user.mail,
      },
      data: { user, municipalities },
    };
  });
}

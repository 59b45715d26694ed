/** Rows of the tenant database as the handlers use them. */

export interface UserRecord {
  id: string;
  userPrincipalName: string;
  mail: string;
  givenName: string;
  surname: string;
  displayName: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  companyName: string;
  businessPhone: string;
  mobilePhone: string;
  municipalityId: string;
  managerId: string | null;
  isManager: boolean;
  personaKey: string | null;
  spId: number;
  /** Graph's accountEnabled (false for people who have left). */
  accountEnabled: boolean;
}

export interface GroupRecord {
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  kind: string;
  municipalityId: string | null;
  spId: number;
}

export interface SiteRecord {
  id: string;
  webId: string;
  /** Server-relative path: "/" or "/sites/eksjo". */
  path: string;
  title: string;
  description: string;
  municipalityId: string | null;
  created: string;
}

export interface ListRecord {
  id: string;
  siteId: string;
  title: string;
  /** Server-relative URL of the list's root folder. */
  url: string;
  template: number;
  description: string;
  created: string;
}

export interface ListItemRecord {
  id: number;
  uniqueId: string;
  /** REST field values; URL values are server-relative. */
  fields: Record<string, unknown>;
}

export interface StorageEntityRecord {
  key: string;
  value: string;
  description: string;
  comment: string;
}

export type SiteRole = 'owner' | 'member' | 'visitor';

import type { ValueKind } from '../odata/filter.ts';

/** The fields of the lists the local tenant serves, by REST name, and how each is typed. */

export type FieldType =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Boolean'
  | 'DateTime'
  | 'URL'
  | 'MultiText'
  | 'LookupIds'
  | 'User'
  | 'Guid'
  | 'ContentTypeId';

export interface FieldDefinition {
  /** Name in REST payloads (fields starting with "_" get SharePoint's "OData_" prefix). */
  name: string;
  /** Other names a request may use for the field. */
  aliases?: readonly string[];
  type: FieldType;
  /** Left out of responses to requests without $select (as SharePoint does for FileRef). */
  notInDefaultView?: boolean;
  /** For a User field (expandable with $expand): the field holding the user's principal id. */
  idField?: string;
  /** A multi-user field: its id field holds an array of site principal ids (people or groups). */
  multi?: boolean;
}

const COMMON_FIELDS: readonly FieldDefinition[] = [
  { name: 'Id', aliases: ['ID'], type: 'Counter' },
  { name: 'Title', type: 'Text' },
  { name: 'ContentTypeId', type: 'ContentTypeId' },
  { name: 'Created', type: 'DateTime' },
  { name: 'Modified', type: 'DateTime' },
  { name: 'AuthorId', type: 'Number' },
  { name: 'EditorId', type: 'Number' },
  { name: 'Author', type: 'User', idField: 'AuthorId', notInDefaultView: true },
  { name: 'Editor', type: 'User', idField: 'EditorId', notInDefaultView: true },
  { name: 'GUID', type: 'Guid' },
  // The item's (a page's: its file's) unique id, as search gives it (UniqueId): only when $select names it.
  { name: 'UniqueId', type: 'Guid', notInDefaultView: true },
  { name: 'OData__UIVersionString', aliases: ['_UIVersionString'], type: 'Text' },
  { name: 'FileRef', type: 'Text', notInDefaultView: true },
  { name: 'FileLeafRef', type: 'Text', notInDefaultView: true },
];

/**
 * The site columns of content health (sharepoint/assets/elements.xml): owner (a person field:
 * SamverkaOwnerId holds the principal id, $expand=SamverkaOwner the user), review date and
 * expiry date. On Site Pages; a list that adds the content type gets them too.
 */
export const CONTENT_HEALTH_FIELDS: readonly FieldDefinition[] = [
  { name: 'SamverkaOwnerId', type: 'Number' },
  { name: 'SamverkaOwner', type: 'User', idField: 'SamverkaOwnerId', notInDefaultView: true },
  { name: 'SamverkaReviewDate', type: 'DateTime' },
  { name: 'SamverkaExpires', type: 'DateTime' },
];

export const SITE_PAGES_FIELDS: readonly FieldDefinition[] = [
  ...COMMON_FIELDS,
  { name: 'Description', type: 'Note' },
  { name: 'PromotedState', type: 'Number' },
  { name: 'FirstPublishedDate', type: 'DateTime' },
  { name: 'BannerImageUrl', type: 'URL' },
  { name: 'OData__ModernAudienceAadObjectIds', aliases: ['_ModernAudienceAadObjectIds'], type: 'MultiText' },
  { name: 'OData__ModernAudienceTargetUserFieldId', aliases: ['_ModernAudienceTargetUserFieldId'], type: 'LookupIds' },
  // The audience's principals (groups, from ensureuser of their claims), with $expand.
  { name: 'OData__ModernAudienceTargetUserField', aliases: ['_ModernAudienceTargetUserField'], type: 'User', idField: 'OData__ModernAudienceTargetUserFieldId', multi: true, notInDefaultView: true },
  { name: 'SamverkaBoostUntil', type: 'DateTime' },
  ...CONTENT_HEALTH_FIELDS,
  // Läs och bekräfta (sharepoint/assets/must-read.xml): must-read, and by when.
  { name: 'SamverkaMustRead', type: 'Boolean' },
  { name: 'SamverkaReadBy', type: 'DateTime' },
  { name: 'CanvasContent1', type: 'Note' },
  { name: 'PageLayoutType', type: 'Text' },
  // A news link (repost page, emulator/sharepoint/reuse.ts): the page it points to. Its type is not
  // documented; taken as multiple lines of text (the stricter reading): not filterable, not indexable.
  { name: 'OData__OriginalSourceUrl', aliases: ['_OriginalSourceUrl'], type: 'Note', notInDefaultView: true },
  // A borrowed copy (sharepoint/assets/reuse.xml): where it came from and when.
  { name: 'SamverkaSourceUrl', type: 'Note', notInDefaultView: true },
  { name: 'SamverkaSourceMunicipality', type: 'Text', notInDefaultView: true },
  { name: 'SamverkaSourceModified', type: 'DateTime', notInDefaultView: true },
  { name: 'SamverkaCopiedBy', type: 'Text', notInDefaultView: true },
  { name: 'SamverkaCopiedAt', type: 'DateTime', notInDefaultView: true },
  // A news link sent by Samverka (sharepoint/assets/reuse.xml): the key of the page it links to, indexed.
  { name: 'SamverkaSourceKey', type: 'Text', notInDefaultView: true },
];

/**
 * The guide list 'Guider' (sharepoint/assets/elements.xml; emulator/seed/guides.ts). Owner and
 * review date are content health's site columns.
 */
export const GUIDE_FIELDS: readonly FieldDefinition[] = [
  ...COMMON_FIELDS,
  { name: 'SamverkaGuideSummary', type: 'Note' },
  { name: 'SamverkaGuideSteps', type: 'Note' },
  { name: 'SamverkaGuideStepCount', type: 'Number' },
  { name: 'SamverkaGuideCategory', type: 'Text' },
  // MultiChoice: a guide for one, several or all ('alla') municipalities; an array in JSON, { results } in verbose.
  { name: 'SamverkaMunicipality', type: 'MultiText' },
  { name: 'SamverkaForvaltning', type: 'Text' },
  { name: 'SamverkaGuideKeywords', type: 'Note' },
  ...CONTENT_HEALTH_FIELDS,
  // The guide editor (issue 13): draft or published (a Choice column; no value is published).
  { name: 'SamverkaGuideStatus', type: 'Text' },
  // A copy of a guide: where it came from, as a borrowed page keeps it (sharepoint/assets/reuse.xml).
  { name: 'SamverkaSourceUrl', type: 'Note', notInDefaultView: true },
  { name: 'SamverkaSourceMunicipality', type: 'Text', notInDefaultView: true },
  { name: 'SamverkaSourceModified', type: 'DateTime', notInDefaultView: true },
  { name: 'SamverkaCopiedBy', type: 'Text', notInDefaultView: true },
  { name: 'SamverkaCopiedAt', type: 'DateTime', notInDefaultView: true },
];

/**
 * Content reuse (sharepoint/assets/reuse.xml; emulator/sharepoint/reuse.ts): the offers of news
 * between municipalities ('Erbjudanden') and the record of every send, offer and answer
 * ('Samverkanslogg'), both on the shared site. People are UPNs in text columns.
 */
export const OFFER_FIELDS: readonly FieldDefinition[] = [
  ...COMMON_FIELDS,
  { name: 'SamverkaSourceUrl', type: 'Note' },
  { name: 'SamverkaSourceDescription', type: 'Note' },
  { name: 'SamverkaSourceImageUrl', type: 'Note' },
  { name: 'SamverkaFromMunicipality', type: 'Text' },
  { name: 'SamverkaToMunicipality', type: 'Text' },
  { name: 'SamverkaAudienceIds', type: 'Note' },
  { name: 'SamverkaOfferStatus', type: 'Text' },
  { name: 'SamverkaOfferedBy', type: 'Text' },
  { name: 'SamverkaAnsweredBy', type: 'Text' },
  { name: 'SamverkaAnsweredAt', type: 'DateTime' },
  { name: 'SamverkaAnswerReason', type: 'Note' },
  { name: 'SamverkaRepostUrl', type: 'Note' },
];

export const REUSE_LOG_FIELDS: readonly FieldDefinition[] = [
  ...COMMON_FIELDS,
  { name: 'SamverkaAction', type: 'Text' },
  { name: 'SamverkaActor', type: 'Text' },
  { name: 'SamverkaSourceUrl', type: 'Note' },
  { name: 'SamverkaFromMunicipality', type: 'Text' },
  { name: 'SamverkaToMunicipality', type: 'Text' },
  { name: 'SamverkaTargetUrl', type: 'Note' },
  { name: 'SamverkaAudienceIds', type: 'Note' },
  { name: 'SamverkaDetails', type: 'Note' },
];

/**
 * 'Läsbekräftelser' on the shared site (sharepoint/assets/must-read-list.xml): who confirmed reading
 * which page (the reader's UPN, and the page key with the reader's bucket); when is Created.
 */
export const CONFIRMATION_FIELDS: readonly FieldDefinition[] = [
  ...COMMON_FIELDS,
  { name: 'SamverkaReader', type: 'Text' },
  { name: 'SamverkaPageBucket', type: 'Text' },
];

/** Fields of a list by its template: 119 is a Site Pages library; others get the common fields. */
export function listFields(template: number, url?: string): readonly FieldDefinition[] {
  if (url && /\/Lists\/L(ä|a)sbekr(ä|a)ftelser$/i.test(url)) return CONFIRMATION_FIELDS;
  if (url && /\/Lists\/Guider$/i.test(url)) return GUIDE_FIELDS;
  if (url && /\/Lists\/Erbjudanden$/i.test(url)) return OFFER_FIELDS;
  if (url && /\/Lists\/Samverkanslogg$/i.test(url)) return REUSE_LOG_FIELDS;
  return template === 119 ? SITE_PAGES_FIELDS : COMMON_FIELDS;
}

export function findField(fields: readonly FieldDefinition[], name: string): FieldDefinition | undefined {
  const lower = name.toLowerCase();
  return fields.find((f) => f.name.toLowerCase() === lower || f.aliases?.some((a) => a.toLowerCase() === lower));
}

export function valueKind(type: FieldType): ValueKind {
  switch (type) {
    case 'Counter':
    case 'Number':
    case 'LookupIds':
      return 'number';
    case 'DateTime':
      return 'date';
    case 'Boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/** Entity type name of a list's items in REST ("SP.Data.SitePagesItem"). */
export function itemEntityType(listUrl: string): string {
  const folder = listUrl.split('/').pop() ?? 'List';
  return `SP.Data.${folder.replace(/[^A-Za-z0-9]/g, '')}Item`;
}

import type { TenantStore } from '../../db/tenant-store.ts';
import type { UserRecord } from '../../db/records.ts';
import { htmlToText } from '../text.ts';
import type { EntitySchema, PropertyDefinition, SearchDocument } from '../schema.ts';
import { LIST_ITEM_SCHEMA } from './site-pages.ts';
import type { PageHitData } from './site-pages.ts';
import { buildExternalGuides, GUIDE_CONNECTION_ID, GUIDE_LIST_TITLE } from '../../seed/guides.ts';
import type { GuideStepSeed } from '../../seed/guides.ts';

/**
 * Guides in search. The list's guides are listItem documents with the managed properties a
 * tenant gets from the list's site columns: SharePoint's automatic ones (…OWSTEXT, …OWSMTXT,
 * …OWSNMBR, …OWSDATE, …OWSUSER) for query and display, and the refinable properties the admin
 * maps the columns to (README, search schema) for refiners:
 *   RefinableString110 ← ows_SamverkaGuideCategory, RefinableString111 ← ows_SamverkaMunicipality,
 *   RefinableString112 ← ows_SamverkaForvaltning.
 * The external guide system's guides are externalItem documents of the connection
 * 'kunskapsbanken', with the schema properties a connector registers (lower-camel names).
 */

export const GUIDE_PROPERTIES: readonly PropertyDefinition[] = [
  { name: 'SamverkaGuideSummaryOWSMTXT', type: 'text', fullText: true, rankWeight: 2 },
  { name: 'SamverkaGuideStepCountOWSNMBR', type: 'number' },
  { name: 'SamverkaGuideKeywordsOWSMTXT', type: 'text', fullText: true, rankWeight: 3 },
  { name: 'SamverkaGuideCategoryOWSTEXT', type: 'text' },
  // A multi-choice site column: SharePoint's automatic property is …OWSCHCM, multi-valued.
  { name: 'SamverkaMunicipalityOWSCHCM', type: 'keyword', multi: true },
  { name: 'SamverkaForvaltningOWSTEXT', type: 'text' },
  { name: 'SamverkaReviewDateOWSDATE', type: 'date', sortable: true },
  { name: 'SamverkaOwnerOWSUSER', type: 'text' },
  { name: 'SamverkaGuideThumbnailOWSURLH', type: 'url' },
  // The guide editor's status column (Choice: utkast, publicerad); readers' queries leave drafts out.
  { name: 'SamverkaGuideStatusOWSCHCS', type: 'keyword' },
  { name: 'RefinableString110', type: 'keyword', sortable: true, refinable: true },
  // RefinableString00–199 are multi-valued: a guide for Eksjö and Vetlanda matches either and counts under each.
  { name: 'RefinableString111', type: 'keyword', multi: true, refinable: true },
  { name: 'RefinableString112', type: 'keyword', refinable: true },
  { name: 'ListUrl', type: 'url' },
];

/** The listItem schema with the guide columns (the same entity type, one index). */
export const GUIDE_LIST_ITEM_SCHEMA: EntitySchema<PageHitData> = { ...LIST_ITEM_SCHEMA, properties: GUIDE_PROPERTIES };

function owsUser(user: UserRecord): string {
  return `${user.mail} | ${user.displayName} | i:0#.f|membership|${user.userPrincipalName}`;
}

/** The values of the multi-choice municipality column (an array; a string in lists written before it was multi-valued). */
function municipalitiesOf(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : null;
}

function stepsText(steps: readonly GuideStepSeed[]): string {
  return steps.map((s) => `${s.title}. ${htmlToText(s.html)}`).join(' ');
}

export function crawlGuides(store: TenantStore): SearchDocument<PageHitData>[] {
  const documents: SearchDocument<PageHitData>[] = [];
  for (const site of store.sites()) {
    const list = store.listByTitle(site.id, GUIDE_LIST_TITLE);
    if (!list) continue;
    const acl = store.siteReaders(site.id);
    for (const item of store.listItems(list.id)) {
      const f = item.fields;
      const steps = JSON.parse(String(f.SamverkaGuideSteps ?? '[]')) as GuideStepSeed[];
      const owner = typeof f.SamverkaOwnerId === 'number' ? store.userBySpId(f.SamverkaOwnerId) : undefined;
      const dispForm = `${list.url}/DispForm.aspx?ID=${item.id}`;
      const thumbnail = steps.find((s) => s.image)?.image;
      documents.push({
        key: item.uniqueId,
        acl,
        body: stepsText(steps),
        values: {
          Title: f.Title as string,
          Path: dispForm,
          SPSiteURL: site.path,
          SPWebUrl: site.path,
          SiteTitle: site.title,
          SiteId: site.id,
          WebId: site.webId,
          ListId: list.id,
          ListUrl: list.url,
          ListItemId: item.id,
          UniqueId: item.uniqueId,
          Filename: f.FileLeafRef as string,
          FileExtension: null,
          FileType: null,
          ContentTypeId: f.ContentTypeId as string,
          contentclass: 'STS_ListItem_GenericList',
          Created: f.Created as string,
          LastModifiedTime: f.Modified as string,
          IsAudienceTargeted: false,
          Author: owner ? [owner.displayName] : null,
          AuthorOWSUSER: owner ? owsUser(owner) : null,
          EditorOWSUSER: owner ? owsUser(owner) : null,
          SamverkaGuideSummaryOWSMTXT: f.SamverkaGuideSummary as string,
          SamverkaGuideStepCountOWSNMBR: steps.length,
          SamverkaGuideKeywordsOWSMTXT: f.SamverkaGuideKeywords as string,
          SamverkaGuideCategoryOWSTEXT: f.SamverkaGuideCategory as string,
          SamverkaMunicipalityOWSCHCM: municipalitiesOf(f.SamverkaMunicipality),
          SamverkaForvaltningOWSTEXT: f.SamverkaForvaltning as string,
          SamverkaReviewDateOWSDATE: f.SamverkaReviewDate as string,
          SamverkaOwnerOWSUSER: owner ? owsUser(owner) : null,
          SamverkaGuideStatusOWSCHCS: typeof f.SamverkaGuideStatus === 'string' ? f.SamverkaGuideStatus : null,
          SamverkaGuideThumbnailOWSURLH: thumbnail ? `${thumbnail.url}, ${thumbnail.alt}` : null,
          RefinableString110: f.SamverkaGuideCategory as string,
          RefinableString111: municipalitiesOf(f.SamverkaMunicipality),
          RefinableString112: f.SamverkaForvaltning as string,
        },
        data: {
          siteId: site.id,
          webId: site.webId,
          sitePath: site.path,
          listId: list.id,
          itemId: item.id,
          uniqueId: item.uniqueId,
          created: f.Created as string,
          modified: f.Modified as string,
          fileRef: dispForm,
          author: owner ? { displayName: owner.displayName, mail: owner.mail } : undefined,
        },
      });
    }
  }
  return documents;
}

// External guides (Graph connector)

export interface ExternalHitData {
  connectionId: string;
  itemId: string;
}

export const EXTERNAL_ITEM_SCHEMA: EntitySchema<ExternalHitData> = {
  entityType: 'externalItem',
  maxPageSize: 500,
  defaultOrder: { name: 'lastModifiedDateTime', descending: true },
  properties: [
    { name: 'title', type: 'text', fullText: true, rankWeight: 4, sortable: true },
    { name: 'summary', type: 'text', fullText: true, rankWeight: 2 },
    { name: 'keywords', type: 'text', multi: true, fullText: true, rankWeight: 3 },
    { name: 'category', type: 'keyword', refinable: true },
    { name: 'municipality', type: 'keyword', refinable: true },
    { name: 'steps', type: 'keyword' },
    { name: 'stepCount', type: 'number' },
    { name: 'thumbnailUrl', type: 'url' },
    { name: 'url', type: 'url' },
    { name: 'owner', type: 'text' },
    { name: 'lastModifiedDateTime', type: 'date', sortable: true },
    /** Which connection the item belongs to: `contentSources` restricts by it. */
    { name: 'ConnectionId', type: 'keyword' },
  ],
  resource(doc) {
    return { '@odata.type': '#microsoft.graph.externalConnectors.externalItem', id: doc.data.itemId };
  },
};

export function crawlExternalGuides(store: TenantStore): SearchDocument<ExternalHitData>[] {
  const seed = Number(store.meta('seed') ?? 42);
  // The connector's items are granted to everyone in the organisation (the roots of every municipality).
  const acl = store.groups().filter((g) => g.kind === 'root').map((g) => g.id);
  return buildExternalGuides(seed).map((g) => ({
    key: g.id,
    acl,
    body: stepsText(g.steps),
    values: {
      title: g.title,
      summary: g.summary,
      keywords: g.keywords,
      category: g.category,
      municipality: g.municipality,
      steps: JSON.stringify(g.steps),
      stepCount: g.steps.length,
      thumbnailUrl: g.steps.find((s) => s.image)?.image?.url ?? null,
      url: g.url,
      owner: g.owner,
      lastModifiedDateTime: g.lastModified,
      ConnectionId: GUIDE_CONNECTION_ID,
    },
    data: { connectionId: GUIDE_CONNECTION_ID, itemId: g.id },
  }));
}

import type { TenantStore } from '../../db/tenant-store.ts';
import type { UserRecord } from '../../db/records.ts';
import { buildDocuments, MIME_TYPES } from '../../seed/documents.ts';
import type { SeedDocument } from '../../seed/documents.ts';
import type { EntitySchema, SearchDocument } from '../schema.ts';
import { LIST_ITEM_SCHEMA } from './site-pages.ts';
import type { PageHitData } from './site-pages.ts';

/**
 * driveItem documents: the files of every site's document library, with the managed properties
 * SharePoint search gives documents, and the driveItem resource Graph search returns for them.
 */

/** Content type id of a plain document (the SharePoint "Document" content type). */
export const DOCUMENT_CONTENT_TYPE = '0x0101';

export const DRIVE_ITEM_SCHEMA: EntitySchema<SeedDocument> = {
  entityType: 'driveItem',
  maxPageSize: 500,
  defaultOrder: { name: 'LastModifiedTime', descending: true },
  properties: [
    { name: 'Title', type: 'text', fullText: true, rankWeight: 4, sortable: true },
    { name: 'Filename', type: 'keyword', sortable: true },
    { name: 'FileExtension', type: 'keyword', refinable: true },
    { name: 'FileType', type: 'keyword', refinable: true },
    { name: 'SecondaryFileExtension', type: 'keyword' },
    { name: 'Path', type: 'url', sortable: true },
    { name: 'ParentLink', type: 'url' },
    { name: 'SPSiteURL', type: 'url' },
    { name: 'SPWebUrl', type: 'url' },
    { name: 'SiteTitle', type: 'text', sortable: true },
    { name: 'SiteName', type: 'url', refinable: true },
    { name: 'SiteId', type: 'keyword' },
    { name: 'WebId', type: 'keyword' },
    { name: 'ListId', type: 'keyword' },
    { name: 'ListItemId', type: 'number', sortable: true },
    { name: 'UniqueId', type: 'keyword' },
    { name: 'DriveId', type: 'keyword' },
    { name: 'ContentTypeId', type: 'keyword', refinable: true },
    { name: 'contentclass', type: 'keyword', refinable: true },
    { name: 'IsDocument', type: 'boolean' },
    { name: 'Size', type: 'number', sortable: true, refinable: true },
    { name: 'Created', type: 'date', sortable: true, refinable: true },
    { name: 'LastModifiedTime', type: 'date', sortable: true, refinable: true },
    { name: 'Write', type: 'date', sortable: true, refinable: true },
    { name: 'Author', type: 'text', multi: true, fullText: true, sortable: true },
    { name: 'CreatedBy', type: 'text', fullText: true },
    { name: 'ModifiedBy', type: 'text', fullText: true },
    { name: 'AuthorOWSUSER', type: 'text' },
    { name: 'EditorOWSUSER', type: 'text' },
    { name: 'SharedWithUsersOWSUSER', type: 'text', multi: true },
  ],
  resource(doc: SearchDocument<SeedDocument>, origin: string): Record<string, unknown> {
    const d = doc.data;
    const hostname = new URL(origin).hostname;
    const siteUrl = `${origin}${d.sitePath}`;
    const identity = (u: UserRecord): Record<string, unknown> => ({ user: { displayName: u.displayName, email: u.mail } });
    return {
      '@odata.type': '#microsoft.graph.driveItem',
      id: d.id,
      name: d.name,
      webUrl: `${origin}${encodeURI(d.path)}`,
      size: d.size,
      createdDateTime: d.created,
      lastModifiedDateTime: d.modified,
      createdBy: identity(d.createdBy),
      lastModifiedBy: identity(d.modifiedBy),
      fileSystemInfo: { createdDateTime: d.created, lastModifiedDateTime: d.modified },
      file: { mimeType: MIME_TYPES[d.kind] },
      parentReference: {
        driveId: d.driveId,
        driveType: 'documentLibrary',
        id: d.listId,
        siteId: `${hostname},${d.siteId},${d.webId}`,
        sharepointIds: { listId: d.listId, listItemId: String(d.listItemId), listItemUniqueId: d.id, siteId: d.siteId, siteUrl, webId: d.webId },
      },
    };
  },
};

/** SharePoint's user field format in search: "mail | display name | claims". */
function owsUser(user: UserRecord): string {
  return `${user.mail} | ${user.displayName} | i:0#.f|membership|${user.userPrincipalName}`;
}

export function crawlDriveItems(store: TenantStore): SearchDocument<SeedDocument>[] {
  return buildDocuments(store).map((d) => ({ key: d.id, acl: d.acl, values: documentValues(d), data: d }));
}

/**
 * A file of a document library is a list item too: a listItem search finds it with
 * `contentclass` STS_ListItem_DocumentLibrary and returns its managed properties in `fields`
 * (https://learn.microsoft.com/graph/search-concept-aggregation, example 1: a listItem search
 * aggregated by contentclass has the bucket STS_ListItem_DocumentLibrary; search API overview,
 * get selected properties: "to retrieve an extended property on a file, specify the listItem type").
 * The listItem schema gains the document properties (IsDocument, ModifiedBy, ParentLink, Size, …).
 */
export const DOCUMENT_LIST_ITEM_SCHEMA: EntitySchema<PageHitData> = { ...LIST_ITEM_SCHEMA, properties: DRIVE_ITEM_SCHEMA.properties };

export function crawlDocumentListItems(store: TenantStore): SearchDocument<PageHitData>[] {
  return buildDocuments(store).map((d) => ({
    key: d.id,
    acl: d.acl,
    values: documentValues(d),
    data: {
      siteId: d.siteId,
      webId: d.webId,
      sitePath: d.sitePath,
      listId: d.listId,
      itemId: d.listItemId,
      uniqueId: d.id,
      created: d.created,
      modified: d.modified,
      fileRef: d.path,
      author: { displayName: d.createdBy.displayName, mail: d.createdBy.mail },
      editor: { displayName: d.modifiedBy.displayName, mail: d.modifiedBy.mail },
    },
  }));
}

function documentValues(d: SeedDocument): SearchDocument['values'] {
  return {
    Title: d.name.replace(/\.[^.]+$/, ''),
    Filename: d.name,
    FileExtension: d.kind,
    FileType: d.kind,
    SecondaryFileExtension: d.kind,
    Path: d.path,
    ParentLink: d.folderPath,
    SPSiteURL: d.sitePath,
    SPWebUrl: d.sitePath,
    SiteTitle: d.siteTitle,
    SiteName: d.sitePath,
    SiteId: d.siteId,
    WebId: d.webId,
    ListId: d.listId,
    ListItemId: d.listItemId,
    UniqueId: d.id,
    DriveId: d.driveId,
    ContentTypeId: `${DOCUMENT_CONTENT_TYPE}00`,
    contentclass: 'STS_ListItem_DocumentLibrary',
    IsDocument: true,
    Size: d.size,
    Created: d.created,
    LastModifiedTime: d.modified,
    Write: d.modified,
    Author: [...new Set([d.createdBy.displayName, d.modifiedBy.displayName])],
    CreatedBy: d.createdBy.displayName,
    ModifiedBy: d.modifiedBy.displayName,
    AuthorOWSUSER: owsUser(d.createdBy),
    EditorOWSUSER: owsUser(d.modifiedBy),
    SharedWithUsersOWSUSER: d.sharedWith.length > 0 ? d.sharedWith.map(owsUser) : null,
  };
}

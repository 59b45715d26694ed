import type { TenantStore } from '../../db/tenant-store.ts';
import type { UserRecord } from '../../db/records.ts';
import { htmlToText } from '../text.ts';
import { isDraft } from '../../sharepoint/versions.ts';
import type { EntitySchema, SearchDocument } from '../schema.ts';

/**
 * listItem documents for the pages of every site's Site Pages library, with the managed
 * properties SharePoint search gives modern pages (crawled and auto-created ones alike).
 */

export interface PageHitData {
  siteId: string;
  webId: string;
  sitePath: string;
  listId: string;
  itemId: number;
  uniqueId: string;
  created: string;
  modified: string;
  fileRef: string;
  author?: { displayName: string; mail: string };
  /** Who changed it last, when not the author (a document's editor). */
  editor?: { displayName: string; mail: string };
}

export const LIST_ITEM_SCHEMA: EntitySchema<PageHitData> = {
  entityType: 'listItem',
  maxPageSize: 500,
  defaultOrder: { name: 'LastModifiedTime', descending: true },
  properties: [
    { name: 'Title', type: 'text', fullText: true, rankWeight: 4, sortable: true },
    { name: 'Description', type: 'text', fullText: true, rankWeight: 2 },
    { name: 'Path', type: 'url', sortable: true },
    { name: 'SPSiteURL', type: 'url' },
    { name: 'SPWebUrl', type: 'url' },
    { name: 'SiteName', type: 'url', refinable: true },
    { name: 'SiteTitle', type: 'text', sortable: true },
    { name: 'SiteId', type: 'keyword' },
    { name: 'WebId', type: 'keyword' },
    { name: 'ListId', type: 'keyword' },
    { name: 'ListItemId', type: 'number', sortable: true },
    { name: 'UniqueId', type: 'keyword' },
    { name: 'Filename', type: 'keyword', sortable: true },
    { name: 'FileExtension', type: 'keyword', refinable: true },
    { name: 'FileType', type: 'keyword', refinable: true },
    { name: 'ContentTypeId', type: 'keyword', refinable: true },
    { name: 'contentclass', type: 'keyword', refinable: true },
    { name: 'PromotedState', type: 'number', sortable: true },
    { name: 'FirstPublishedDate', type: 'date', sortable: true },
    { name: 'Created', type: 'date', sortable: true, refinable: true },
    { name: 'LastModifiedTime', type: 'date', sortable: true, refinable: true },
    { name: 'ModernAudienceAadObjectIds', type: 'keyword', multi: true },
    { name: 'IsAudienceTargeted', type: 'boolean' },
    { name: 'BannerImageUrlOWSURLH', type: 'url' },
    { name: 'SamverkaBoostUntilOWSDATE', type: 'date', sortable: true },
    { name: 'SamverkaExpiresOWSDATE', type: 'date', sortable: true },
    { name: 'SamverkaReviewDateOWSDATE', type: 'date', sortable: true },
    { name: 'SamverkaOwnerOWSUSER', type: 'text' },
    // Läs och bekräfta: auto-created managed properties of site columns are queryable and retrievable, not
    // sortable or refinable; taken as Microsoft words it, "all automatically created managed properties are of
    // type Text": a Yes/No column is the keyword "1" or "0" (so `:1` matches, `:true` does not).
    { name: 'SamverkaMustReadOWSBOOL', type: 'keyword' },
    { name: 'SamverkaReadByOWSDATE', type: 'date' },
    { name: 'Author', type: 'text', multi: true, fullText: true, sortable: true },
    { name: 'AuthorOWSUSER', type: 'text' },
    { name: 'EditorOWSUSER', type: 'text' },
    // A news link's source page (_OriginalSourceUrl, crawled as ows__OriginalSourceUrl): mapped by the admin (README).
    { name: 'RefinableString113', type: 'keyword', refinable: true },
  ],
  resource(doc: SearchDocument<PageHitData>, origin: string): Record<string, unknown> {
    const d = doc.data;
    const hostname = new URL(origin).hostname;
    const siteUrl = `${origin}${d.sitePath === '/' ? '' : d.sitePath}`;
    const identity = d.author ? { user: { displayName: d.author.displayName, email: d.author.mail } } : undefined;
    const editor = d.editor ? { user: { displayName: d.editor.displayName, email: d.editor.mail } } : identity;
    return {
      '@odata.type': '#microsoft.graph.listItem',
      id: d.uniqueId,
      createdDateTime: d.created,
      lastModifiedDateTime: d.modified,
      webUrl: `${origin}${encodeURI(d.fileRef)}`,
      ...(identity ? { createdBy: identity } : {}),
      ...(editor ? { lastModifiedBy: editor } : {}),
      parentReference: {
        id: d.listId,
        siteId: `${hostname},${d.siteId},${d.webId}`,
        sharepointIds: { listId: d.listId, listItemId: String(d.itemId), listItemUniqueId: d.uniqueId, siteId: d.siteId, siteUrl, webId: d.webId },
      },
    };
  },
};

/** SharePoint's user field format in search: "mail | display name | claims". */
function owsUser(user: UserRecord): string {
  return `${user.mail} | ${user.displayName} | i:0#.f|membership|${user.userPrincipalName}`;
}

export function crawlSitePages(store: TenantStore): SearchDocument<PageHitData>[] {
  const usersBySpId = new Map(store.users().map((u) => [u.spId, u]));
  const documents: SearchDocument<PageHitData>[] = [];
  for (const site of store.sites()) {
    const list = store.listByTitle(site.id, 'Site Pages');
    if (!list) continue;
    const acl = store.siteReaders(site.id);
    const siteUrl = site.path === '/' ? '/' : site.path;
    for (const item of store.listItems(list.id)) {
      // An unpublished page (a minor version, see sharepoint/content-health.ts) is not in the index.
      if (isDraft(item)) continue;
      const f = item.fields;
      const fileRef = String(f.FileRef);
      const fileName = String(f.FileLeafRef);
      const audiences = (f.OData__ModernAudienceAadObjectIds as string[] | null) ?? [];
      const banner = f.BannerImageUrl as { Url: string; Description: string } | null;
      const author = usersBySpId.get(f.AuthorId as number);
      const editor = usersBySpId.get(f.EditorId as number);
      const owner = typeof f.SamverkaOwnerId === 'number' ? usersBySpId.get(f.SamverkaOwnerId) : undefined;
      documents.push({
        key: item.uniqueId,
        acl,
        body: htmlToText(String(f.CanvasContent1 ?? '')),
        values: {
          Title: f.Title as string,
          Description: (f.Description as string) || null,
          Path: fileRef,
          SPSiteURL: siteUrl,
          SPWebUrl: siteUrl,
          SiteName: siteUrl,
          SiteTitle: site.title,
          SiteId: site.id,
          WebId: site.webId,
          ListId: list.id,
          ListItemId: item.id,
          UniqueId: item.uniqueId,
          Filename: fileName,
          FileExtension: 'aspx',
          FileType: 'aspx',
          ContentTypeId: f.ContentTypeId as string,
          contentclass: 'STS_ListItem_WebPageLibrary',
          PromotedState: f.PromotedState as number,
          FirstPublishedDate: f.FirstPublishedDate as string | null,
          Created: f.Created as string,
          LastModifiedTime: f.Modified as string,
          ModernAudienceAadObjectIds: audiences,
          IsAudienceTargeted: audiences.length > 0,
          BannerImageUrlOWSURLH: banner ? `${banner.Url}, ${banner.Description}` : null,
          SamverkaBoostUntilOWSDATE: f.SamverkaBoostUntil as string | null,
          SamverkaExpiresOWSDATE: (f.SamverkaExpires as string | null) ?? null,
          SamverkaReviewDateOWSDATE: (f.SamverkaReviewDate as string | null) ?? null,
          SamverkaOwnerOWSUSER: owner ? owsUser(owner) : null,
          SamverkaMustReadOWSBOOL: typeof f.SamverkaMustRead === 'boolean' ? (f.SamverkaMustRead ? '1' : '0') : null,
          SamverkaReadByOWSDATE: (f.SamverkaReadBy as string | null | undefined) ?? null,
          Author: author ? [author.displayName] : null,
          AuthorOWSUSER: author ? owsUser(author) : null,
          EditorOWSUSER: editor ? owsUser(editor) : null,
          RefinableString113: (f.OData__OriginalSourceUrl as string | null | undefined) ?? null,
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
          fileRef,
          author: author ? { displayName: author.displayName, mail: author.mail } : undefined,
        },
      });
    }
  }
  return documents;
}

import '@pnp/graph/search';
import type { SPFI } from '@pnp/sp';
import { SPQueryable, spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import { body } from '@pnp/queryable';
import type { ListItem, SearchHit, SearchRequest } from '@microsoft/microsoft-graph-types';
import {
  BorrowCandidate, BorrowedCopy, borrowedCopyOf, borrowKql, BorrowQuery, changeOf, copyFileName, PROVENANCE_COLUMNS, provenanceFields, SourceChange, SourceState
} from '../core/borrow';
import type { BorrowPreview, BorrowResult, IBorrowService } from '../core/borrowPorts';
import type { Municipality, TenantConfig } from '../core/municipality';
import { logFields, municipalityById, municipalityOfUrl, REUSE_LOG_LIST, ReuseAction, ReuseError, sameSource } from '../core/reuse';
import { failureCodeOf } from '../core/failures';
import { runSearch, searchCall } from './graphBatchCoalescer';
import { fieldOf } from './searchMapping';
import { canonicalPageUrl } from './newsMapping';
import type { ReuseDeps, ReuseService } from './reuseService';

const SITE_PAGES_LIST = 'Site Pages';
const COPY_SELECT = ['Id', 'Title', 'Description', 'FileRef', ...PROVENANCE_COLUMNS];

interface SourceItem extends SourceState {
  fileRef: string;
  text: string;
  html: string;
}

/**
 * Borrowing a page over SharePoint: browse with Graph search, copy with SharePoint's own file
 * copy (`SP.MoveCopyUtil.CopyFileByPath`, what PnPjs 4 `file.copyByPath()` posts) into the
 * hub's Site Pages, provenance in the copy's columns (MERGE), and every borrow, take and keep
 * recorded in 'Samverkanslogg'. Editing actions only where the user may publish (effective
 * permissions, as for sending).
 */
export class BorrowService implements IBorrowService {
  private readonly deps: ReuseDeps;
  private readonly reuse: ReuseService;

  public constructor(deps: ReuseDeps, reuse: ReuseService) {
    this.deps = deps;
    this.reuse = reuse;
  }

  public async browse(ownMunicipalityId: string, query: BorrowQuery): Promise<BorrowCandidate[]> {
    const config = await this.deps.tenantConfig.getConfig();
    const request: SearchRequest = {
      entityTypes: ['listItem'],
      query: { queryString: borrowKql(config.municipalities, ownMunicipalityId, query, this.deps.tenantUrl) },
      fields: ['Title', 'Description', 'Path', 'PromotedState', 'LastModifiedTime', 'FirstPublishedDate', 'SPSiteURL'],
      from: 0,
      size: 10,
      sortProperties: [{ name: 'LastModifiedTime', isDescending: true }]
    } as SearchRequest;
    const responses = this.deps.graphBatch
      ? await this.deps.graphBatch.run(searchCall(this.deps.graph, [request]))
      : await runSearch(this.deps.graph, [request], this.deps.policy);
    const container = responses[0] && responses[0].hitsContainers ? responses[0].hitsContainers[0] : undefined;
    const hits: SearchHit[] = container && container.hits ? container.hits : [];
    const found: BorrowCandidate[] = [];
    for (const hit of hits) {
      // A listItem hit: Graph's listItem properties, and the managed properties asked for in `fields`.
      const resource = (hit.resource || {}) as ListItem;
      const fields = resource.fields ? resource.fields as Record<string, unknown> : undefined;
      const path = String(fieldOf(fields, 'Path') || resource.webUrl || '');
      const page = { url: resource.webUrl || path, title: String(fieldOf(fields, 'Title') || path.split('/').pop() || '') };
      const municipality = municipalityOfUrl(config, page.url, this.deps.tenantUrl);
      if (!municipality || municipality.id === ownMunicipalityId) {
        continue;
      }
      found.push({
        url: canonicalPageUrl(page.url, this.deps.tenantUrl),
        title: page.title,
        description: String(fieldOf(fields, 'Description') || ''),
        municipalityId: municipality.id,
        kind: String(fieldOf(fields, 'PromotedState')) === '2' ? 'news' : 'page',
        modified: String(fieldOf(fields, 'LastModifiedTime') || '')
      });
    }
    return found;
  }

  public async preview(url: string): Promise<BorrowPreview> {
    const config = await this.deps.tenantConfig.getConfig();
    const source = await this.sourceItem(config, url);
    return { url: canonicalPageUrl(url, this.deps.tenantUrl), title: source.title, description: source.description, text: source.text, html: source.html, modified: source.modified, modifiedBy: source.modifiedBy };
  }

  public async borrow(url: string, toMunicipalityId: string): Promise<BorrowResult> {
    const config = await this.deps.tenantConfig.getConfig();
    const to = municipalityById(config, toMunicipalityId);
    const sourceUrl = canonicalPageUrl(url, this.deps.tenantUrl);
    const from = municipalityOfUrl(config, sourceUrl, this.deps.tenantUrl);
    if (!from) {
      throw new ReuseError('notFound');
    }
    if (from.id === to.id) {
      throw new ReuseError('sameMunicipality');
    }
    await this.requireEditor(to.id);
    const existing = (await this.copies(to)).filter(c => sameSource(c.sourceUrl, sourceUrl))[0];
    if (existing) {
      return { outcome: 'alreadyBorrowed', copyUrl: existing.url };
    }
    const source = await this.sourceItem(config, sourceUrl);
    const pagesFolder = `${to.hubPath.replace(/\/+$/, '')}/SitePages`;
    const tried: string[] = [];
    let destRef = '';
    for (let attempt = 0; attempt < 10 && !destRef; attempt++) {
      const name = copyFileName(sourceUrl, tried);
      tried.push(name);
      try {
        await this.copyFile(from, source.fileRef, `${pagesFolder}/${name}`, false);
        destRef = `${pagesFolder}/${name}`;
      } catch (error) {
        if ((error as { status?: number }).status !== 400) {
          throw error;
        }
      }
    }
    if (!destRef) {
      throw new ReuseError('notFound');
    }
    const copyId = await this.itemIdOf(to, destRef);
    const actor = await this.actor();
    await this.pages(to).items.getById(copyId).update(provenanceFields(sourceUrl, from.id, source.modified, actor, this.deps.now()));
    const copyUrl = canonicalPageUrl(destRef, this.deps.tenantUrl);
    await this.record(config, 'borrowed', actor, source.title, sourceUrl, from.id, to.id, copyUrl, '');
    return { outcome: 'borrowed', copyUrl };
  }

  public async changedCopies(municipalityId: string): Promise<SourceChange[]> {
    const config = await this.deps.tenantConfig.getConfig();
    const copies = await this.copies(municipalityById(config, municipalityId));
    const sources = await Promise.all(copies.map(c => this.sourceItem(config, c.sourceUrl).catch(() => null)));
    const changes: SourceChange[] = [];
    copies.forEach((copy, i) => {
      const source = sources[i];
      const change = source ? changeOf(copy, source) : null;
      if (change) {
        changes.push(change);
      }
    });
    return changes;
  }

  public async takeSource(municipalityId: string, copyId: number): Promise<void> {
    const { config, to, copy, source } = await this.copyAndSource(municipalityId, copyId);
    const from = municipalityById(config, copy.sourceMunicipalityId);
    const destRef = decodeURI(copy.url.slice(this.deps.tenantUrl.replace(/\/+$/, '').length));
    await this.copyFile(from, source.fileRef, destRef, true);
    // An overwrite brings the source's columns; the copy's provenance is written again.
    const copiedAt = Date.parse(copy.copiedAt);
    await this.pages(to).items.getById(copyId).update(provenanceFields(copy.sourceUrl, copy.sourceMunicipalityId, source.modified, copy.copiedBy, isNaN(copiedAt) ? this.deps.now() : new Date(copiedAt)));
    await this.record(config, 'tookSource', await this.actor(), source.title, copy.sourceUrl, copy.sourceMunicipalityId, to.id, copy.url, `Källan ändrad ${source.modified} av ${source.modifiedBy}`);
  }

  public async keepOurs(municipalityId: string, copyId: number): Promise<void> {
    const { config, to, copy, source } = await this.copyAndSource(municipalityId, copyId);
    await this.pages(to).items.getById(copyId).update({ SamverkaSourceModified: source.modified });
    await this.record(config, 'keptOurs', await this.actor(), copy.title, copy.sourceUrl, copy.sourceMunicipalityId, to.id, copy.url, `Källan ändrad ${source.modified} av ${source.modifiedBy}`);
  }

  private async copyAndSource(municipalityId: string, copyId: number): Promise<{ config: TenantConfig; to: Municipality; copy: BorrowedCopy; source: SourceItem }> {
    const config = await this.deps.tenantConfig.getConfig();
    const to = municipalityById(config, municipalityId);
    await this.requireEditor(to.id);
    const raw = await this.pages(to).items.select(...COPY_SELECT).filter(`Id eq ${Math.floor(copyId)}`).top(1)() as Array<Record<string, unknown>>;
    const copy = raw.length > 0 ? borrowedCopyOf(raw[0], ref => canonicalPageUrl(ref, this.deps.tenantUrl)) : null;
    if (!copy) {
      throw new ReuseError('notFound');
    }
    return { config, to, copy, source: await this.sourceItem(config, copy.sourceUrl) };
  }

  private async requireEditor(municipalityId: string): Promise<void> {
    if (!await this.reuse.canPublishIn(municipalityId)) {
      throw new ReuseError('notAllowed');
    }
  }

  private pages(municipality: Municipality): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.deps.sp(municipality.hubPath).web.lists.getByTitle(SITE_PAGES_LIST);
  }

  /**
   * The hub's borrowed copies: pages copied at any time (a range on the indexed SamverkaCopiedAt,
   * which passes SharePoint's list view threshold where `ne null` would scan the library).
   */
  private async copies(municipality: Municipality): Promise<BorrowedCopy[]> {
    const read = (sp: SPFI): Promise<Array<Record<string, unknown>>> => sp.web.lists.getByTitle(SITE_PAGES_LIST).items
      .select(...COPY_SELECT).filter(`SamverkaCopiedAt ge datetime'2000-01-01T00:00:00Z'`).top(500)();
    const raw = await (this.deps.spBatch ? this.deps.spBatch.read(municipality.hubPath, read) : read(this.deps.sp(municipality.hubPath)));
    return raw.map(r => borrowedCopyOf(r, ref => canonicalPageUrl(ref, this.deps.tenantUrl))).filter((c): c is BorrowedCopy => c !== null);
  }

  private async sourceItem(config: TenantConfig, url: string): Promise<SourceItem> {
    const municipality = municipalityOfUrl(config, url, this.deps.tenantUrl);
    if (!municipality) {
      throw new ReuseError('notFound');
    }
    const serverRelative = decodeURI(canonicalPageUrl(url, this.deps.tenantUrl).slice(this.deps.tenantUrl.replace(/\/+$/, '').length));
    const r = await this.itemOfFile(municipality, serverRelative, ['Id', 'Title', 'Description', 'FileRef', 'Modified', 'CanvasContent1', 'Editor/Title'], ['Editor']);
    const editor = r.Editor as { Title?: string } | undefined;
    const str = (v: unknown): string => (typeof v === 'string' ? v : '');
    return {
      fileRef: str(r.FileRef),
      title: str(r.Title),
      description: str(r.Description),
      modified: str(r.Modified),
      modifiedBy: editor && typeof editor.Title === 'string' ? editor.Title : '',
      html: str(r.CanvasContent1),
      text: str(r.CanvasContent1).replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim()
    };
  }

  /** SharePoint's copy of a file to another site, posted on the source's web as PnPjs 4 `copyByPath` does. */
  private async copyFile(from: Municipality, srcRef: string, destRef: string, overwrite: boolean): Promise<void> {
    const tenantUrl = this.deps.tenantUrl.replace(/\/+$/, '');
    const webUrl = `${tenantUrl}${from.hubPath === '/' ? '' : from.hubPath}`;
    await spPost(SPQueryable([this.deps.sp(from.hubPath).web, `${webUrl}/_api/SP.MoveCopyUtil.CopyFileByPath(overwrite=@a1)?@a1=${overwrite}`]), body({
      srcPath: { DecodedUrl: `${tenantUrl}${srcRef}` },
      destPath: { DecodedUrl: `${tenantUrl}${destRef}` },
      options: { KeepBoth: false, ResetAuthorAndCreatedOnCopy: true, ShouldBypassSharedLocks: true }
    }));
  }

  private async itemIdOf(municipality: Municipality, fileRef: string): Promise<number> {
    return (await this.itemOfFile(municipality, fileRef, ['Id'], [])).Id as number;
  }

  /**
   * A page's list item by its path, not by `$filter=FileRef eq …`: FileRef is not an indexed
   * column, so on a hub of more than 5,000 pages SharePoint refuses that filter (list view threshold).
   */
  private async itemOfFile(municipality: Municipality, serverRelative: string, fields: string[], expand: string[]): Promise<Record<string, unknown>> {
    try {
      return await this.deps.sp(municipality.hubPath).web.getFileByServerRelativePath(serverRelative).listItemAllFields
        .select(...fields).expand(...expand)() as Record<string, unknown>;
    } catch (error) {
      if (failureCodeOf(error) === 'notFound') {
        throw new ReuseError('notFound');
      }
      throw error;
    }
  }

  private async actor(): Promise<string> {
    return (await this.deps.userContext.getCurrentUser()).mail;
  }

  private async record(config: TenantConfig, action: ReuseAction, actor: string, title: string, sourceUrl: string, from: string, to: string, targetUrl: string, details: string): Promise<void> {
    await this.deps.sp(config.sharedSite.path).web.lists.getByTitle(REUSE_LOG_LIST).items.add(logFields({
      action, actor, title, sourceUrl, fromMunicipalityId: from, toMunicipalityId: to, targetUrl, audienceIds: [], details
    }));
  }
}


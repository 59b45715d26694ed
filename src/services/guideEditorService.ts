import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import type { IFileUploadProgressData } from '@pnp/sp/files';
import { canEditItems, type BasePermissions } from '../core/contentHealthPermissions';
import {
  draftOfItem, etagOf, GUIDE_DRAFT, GUIDE_EDITOR_EXPAND, GUIDE_EDITOR_SELECT, GUIDE_PUBLISHED, guideItemFields, municipalityText,
  parseMunicipalities, provenanceFields
} from '../core/guideEditor';
import type { GuideDraft, GuideOwner, GuideStatus, RawGuideItem } from '../core/guideEditor';
import { kqlSearchText } from '../core/searchQuery';
import {
  createGuideEditorError, GuideListEntry, GuideOverview, IGuideEditorService, LoadedGuide, NamedBlob, SavedGuide, UploadedGuideFile, UploadProgress
} from '../core/guideEditorPorts';
import {
  captionsFileProblem, GUIDE_PICTURE_LIBRARY, GUIDE_UPLOAD_CHUNK_BYTES, linkPolicyOf, pictureFileProblem, publishProblems, uploadFileName, uploadFraction
} from '../core/guideEditorValidation';
import { versionsNewestFirst } from '../core/guideVersions';
import type { GuideVersion, RawGuideVersion } from '../core/guideVersions';
import type { ITenantConfigService, IUserContextService } from '../core/ports';
import type { SamverkaGraph } from './graphClient';
import { searchCall } from './graphBatchCoalescer';
import { personOf } from './searchMapping';

/** The guide list of the shared site. */
export const GUIDE_EDITOR_LIST = 'Guider';
/** The overview reads the list in one request: a guide list holds hundreds, not thousands. */
const OVERVIEW_SIZE = 5000;
/** People offered at once in the owner field. */
const PEOPLE_SIZE = 8;
const OVERVIEW_SELECT = ['Id', 'Title', 'Modified', 'SamverkaGuideCategory', 'SamverkaMunicipality', 'SamverkaReviewDate', 'SamverkaGuideStatus',
  'SamverkaSourceUrl', 'SamverkaOwner/Title', 'SamverkaOwner/EMail'];

export interface GuideEditorDeps {
  sp(sitePath: string): SPFI;
  tenantUrl: string;
  tenantConfig: ITenantConfigService;
  userContext: IUserContextService;
  now: () => Date;
  /** A unique prefix for an uploaded file's name (default: the time and a random part, base 36). */
  unique?: () => string;
  /** Graph, for the owner field's people search; without it the field finds no one. */
  graph?: SamverkaGraph;
}

/**
 * The guide editor over SharePoint REST (issue 13): the list 'Guider' on the shared site. Who
 * may edit is the list's effective permissions (EditListItems, as content health decides it);
 * saves name the ETag they started from, so SharePoint refuses (412) a save on top of a newer
 * one and the editor is told who saved it and when.
 */
export class GuideEditorService implements IGuideEditorService {
  private readonly deps: GuideEditorDeps;

  public constructor(deps: GuideEditorDeps) {
    this.deps = deps;
  }

  public async overview(): Promise<GuideOverview> {
    const list = await this.list();
    const permissions = await list.getCurrentUserEffectivePermissions();
    if (!canEditItems(permissions as unknown as BasePermissions)) {
      return { mayEdit: false, guides: [] };
    }
    const raw = await list.items.select(...OVERVIEW_SELECT).expand('SamverkaOwner').top(OVERVIEW_SIZE)() as RawGuideItem[];
    const guides: GuideListEntry[] = raw.map(item => ({
      id: item.Id as number,
      title: item.Title || '',
      status: item.SamverkaGuideStatus === GUIDE_DRAFT ? GUIDE_DRAFT : GUIDE_PUBLISHED,
      category: item.SamverkaGuideCategory || '',
      municipalities: parseMunicipalities(item.SamverkaMunicipality),
      ownerName: (item.SamverkaOwner && item.SamverkaOwner.Title) || '',
      ownerEmail: (item.SamverkaOwner && item.SamverkaOwner.EMail) || '',
      modified: item.Modified || '',
      reviewDate: item.SamverkaReviewDate || null,
      sourceUrl: item.SamverkaSourceUrl || undefined
    }));
    return { mayEdit: true, guides };
  }

  public async load(id: number): Promise<LoadedGuide> {
    const raw = await (await this.list()).items.getById(id).select(...GUIDE_EDITOR_SELECT).expand(...GUIDE_EDITOR_EXPAND)() as RawGuideItem;
    return {
      id,
      draft: draftOfItem(raw),
      etag: etagOf(raw) || '*',
      modified: raw.Modified || '',
      modifiedBy: (raw.Editor && raw.Editor.Title) || ''
    };
  }

  public saveDraft(draft: GuideDraft, id?: number, etag?: string): Promise<SavedGuide> {
    return this.save(draft, GUIDE_DRAFT, id, etag);
  }

  public async publish(draft: GuideDraft, id?: number, etag?: string): Promise<SavedGuide> {
    const config = await this.deps.tenantConfig.getConfig();
    const problems = publishProblems(draft, linkPolicyOf(config, this.deps.tenantUrl));
    if (problems.length > 0) {
      throw createGuideEditorError('invalid', { problems });
    }
    return this.save(draft, GUIDE_PUBLISHED, id, etag);
  }

  public async copy(id: number): Promise<SavedGuide> {
    const source = await this.load(id);
    const actor = (await this.deps.userContext.getCurrentUser()).mail;
    const sourceUrl = `${this.deps.tenantUrl.replace(/\/+$/, '')}${await this.listUrl()}/DispForm.aspx?ID=${id}`;
    const draft: GuideDraft = { ...source.draft, status: GUIDE_DRAFT, provenance: undefined };
    const created = await this.save(draft, GUIDE_DRAFT);
    // A copy of a copy names the guide it was made from, as a borrowed page does.
    const fields = provenanceFields({
      sourceUrl, sourceMunicipality: municipalityText(source.draft.municipalities), sourceModified: source.modified,
      copiedBy: actor, copiedAt: this.deps.now().toISOString()
    });
    await (await this.list()).items.getById(created.id).update(fields, created.etag);
    return this.saved(created.id);
  }

  public async recycle(id: number): Promise<void> {
    await (await this.list()).items.getById(id).recycle();
  }

  public async findPeople(text: string): Promise<GuideOwner[]> {
    const typed = kqlSearchText(text);
    if (!this.deps.graph || typed === null || text.trim().length < 2) {
      return [];
    }
    const call = searchCall(this.deps.graph, [{ entityTypes: ['person'], query: { queryString: typed }, from: 0, size: PEOPLE_SIZE }]);
    const [response] = await call.direct!();
    const container = response && response.hitsContainers ? response.hitsContainers[0] : undefined;
    return (container && container.hits ? container.hits : []).map(personOf)
      .filter(person => person.email !== '')
      .map(person => ({ email: person.email, name: person.displayName || person.email }));
  }

  public async versions(id: number): Promise<GuideVersion[]> {
    const raw = await (await this.list()).items.getById(id).versions() as RawGuideVersion[];
    return versionsNewestFirst(raw);
  }

  /** List items have no RestoreByLabel (a file's): the version's values are saved again, as a new version. */
  public async restoreVersion(id: number, versionId: number, etag?: string): Promise<SavedGuide> {
    const version = (await this.versions(id)).find(v => v.versionId === versionId);
    if (!version) {
      throw Object.assign(new Error(`Guide ${id} has no version ${versionId}`), { status: 404 });
    }
    return version.draft.status === GUIDE_PUBLISHED ? this.publish(version.draft, id, etag) : this.saveDraft(version.draft, id, etag);
  }

  public uploadPicture(file: NamedBlob, onProgress?: UploadProgress): Promise<UploadedGuideFile> {
    return this.upload(file, 'picture', onProgress);
  }

  public uploadCaptions(file: NamedBlob, onProgress?: UploadProgress): Promise<UploadedGuideFile> {
    return this.upload(file, 'captions', onProgress);
  }

  /**
   * A file into the guide pictures library of the shared site, checked before anything is sent,
   * under a unique safe name, in slices (PnPjs addChunked: an empty file, then startUpload,
   * continueUpload, finishUpload), reporting 0, each slice sent, then 1 when SharePoint has saved it.
   */
  private async upload(file: NamedBlob, kind: 'picture' | 'captions', onProgress?: UploadProgress): Promise<UploadedGuideFile> {
    const facts = { name: file.name || '', type: file.type || '', size: file.size };
    const problem = kind === 'picture' ? pictureFileProblem(facts) : captionsFileProblem(facts);
    if (problem) {
      throw createGuideEditorError('invalidFile', { fileProblem: problem });
    }
    let reported = -1;
    const report = (fraction: number): void => {
      if (onProgress && fraction > reported) {
        reported = fraction;
        onProgress(fraction);
      }
    };
    const config = await this.deps.tenantConfig.getConfig();
    const site = config.sharedSite.path.replace(/\/+$/, '');
    const name = uploadFileName(facts, kind, this.unique());
    const web = this.deps.sp(site).web;
    report(0);
    try {
      const saved = await web.lists.getByTitle(GUIDE_PICTURE_LIBRARY).rootFolder.files.addChunked(name, file, {
        chunkSize: GUIDE_UPLOAD_CHUNK_BYTES,
        progress: (data: IFileUploadProgressData) => report(uploadFraction(data.offset, facts.size))
      });
      report(1);
      const path = saved.ServerRelativeUrl;
      return { url: `${this.deps.tenantUrl.replace(/\/+$/, '')}${path.split('/').map(encodeURIComponent).join('/')}`, name: saved.Name || name, size: facts.size };
    } catch (error) {
      if ((error as { status?: number }).status === 403) {
        throw createGuideEditorError('forbidden');
      }
      // An upload that failed half way leaves the empty file PnPjs began with: remove it (best effort).
      await web.getFileByServerRelativePath(`${site}/${GUIDE_PICTURE_LIBRARY}/${name}`).delete().catch(() => undefined);
      throw error;
    }
  }

  private unique(): string {
    if (this.deps.unique) {
      return this.deps.unique();
    }
    return `${this.deps.now().getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}`;
  }

  private async save(draft: GuideDraft, status: GuideStatus, id?: number, etag?: string): Promise<SavedGuide> {
    const list = await this.list();
    const fields = guideItemFields(await this.withOwnerId(draft), status);
    if (id === undefined) {
      const created = await list.items.add(fields) as RawGuideItem;
      return { id: created.Id as number, etag: etagOf(created) || '*', modified: created.Modified || '' };
    }
    try {
      await list.items.getById(id).update(fields, etag || '*');
    } catch (error) {
      if ((error as { status?: number }).status === 412) {
        const theirs = await this.load(id);
        throw createGuideEditorError('conflict', { conflict: { modifiedBy: theirs.modifiedBy, modified: theirs.modified, theirs } });
      }
      throw error;
    }
    return this.saved(id);
  }

  /** The new ETag and Modified after a save (SharePoint's MERGE answers 204 without a body). */
  private async saved(id: number): Promise<SavedGuide> {
    const raw = await (await this.list()).items.getById(id).select('Id', 'Modified')() as RawGuideItem;
    return { id, etag: etagOf(raw) || '*', modified: raw.Modified || '' };
  }

  /** The owner's site principal id: an owner chosen by e-mail address is ensured on the shared site first. */
  private async withOwnerId(draft: GuideDraft): Promise<GuideDraft> {
    if (!draft.owner || typeof draft.owner.id === 'number' || !draft.owner.email) {
      return draft;
    }
    const config = await this.deps.tenantConfig.getConfig();
    const user = await this.deps.sp(config.sharedSite.path).web.ensureUser(draft.owner.email);
    return { ...draft, owner: { ...draft.owner, id: user.Id } };
  }

  private async list(): Promise<ReturnType<SPFI['web']['lists']['getByTitle']>> {
    const config = await this.deps.tenantConfig.getConfig();
    return this.deps.sp(config.sharedSite.path).web.lists.getByTitle(GUIDE_EDITOR_LIST);
  }

  private async listUrl(): Promise<string> {
    const config = await this.deps.tenantConfig.getConfig();
    return `${config.sharedSite.path.replace(/\/+$/, '')}/Lists/Guider`;
  }
}


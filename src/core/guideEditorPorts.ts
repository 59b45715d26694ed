import type { GuideDraft, GuideMunicipalities, GuideOwner, GuideStatus } from './guideEditor';
import type { GuideFileProblem, GuideProblem } from './guideEditorValidation';
import type { GuideVersion } from './guideVersions';

/** A guide in the editor's overview. */
export interface GuideListEntry {
  id: number;
  title: string;
  status: GuideStatus;
  category: string;
  municipalities: GuideMunicipalities;
  ownerName: string;
  ownerEmail: string;
  modified: string;
  reviewDate: string | null;
  /** Set on copies: the source guide's address. */
  sourceUrl?: string;
}

export interface GuideOverview {
  /** Whether the user may edit the guide list (EditListItems): everyone else gets a message and no actions. */
  mayEdit: boolean;
  guides: GuideListEntry[];
}

/** A guide as loaded for editing, with what a later save must name. */
export interface LoadedGuide {
  id: number;
  draft: GuideDraft;
  /** The item's ETag: a save sends it as IF-MATCH. */
  etag: string;
  modified: string;
  modifiedBy: string;
}

export interface SavedGuide {
  id: number;
  etag: string;
  modified: string;
}

/** Someone saved the guide after it was loaded: who and when, for "load theirs" or "keep mine". */
export interface GuideConflict {
  modifiedBy: string;
  modified: string;
  /** Their version, to load or to save on top of (its ETag). */
  theirs: LoadedGuide;
}

/**
 * 'invalidFile': a picture or captions file refused before anything was sent (`fileProblem` says why);
 * 'forbidden': SharePoint refused the write (403), as for a reader.
 */
export type GuideEditorErrorCode = 'conflict' | 'invalid' | 'forbidden' | 'invalidFile';

export interface GuideEditorError extends Error {
  name: 'GuideEditorError';
  code: GuideEditorErrorCode;
  conflict?: GuideConflict;
  problems?: GuideProblem[];
  fileProblem?: GuideFileProblem;
}

export function createGuideEditorError(
  code: GuideEditorErrorCode, details: { conflict?: GuideConflict; problems?: GuideProblem[]; fileProblem?: GuideFileProblem } = {}
): GuideEditorError {
  const error = new Error(`Guide editor: ${code}`) as GuideEditorError;
  error.name = 'GuideEditorError';
  error.code = code;
  error.conflict = details.conflict;
  error.problems = details.problems;
  error.fileProblem = details.fileProblem;
  return error;
}

export function isGuideEditorError(error: unknown): error is GuideEditorError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'GuideEditorError';
}

/** A file in the guide pictures library, as an upload leaves it. */
export interface UploadedGuideFile {
  /** Absolute URL of the file, for a step's image.url or video.captionsUrl. */
  url: string;
  /** Its name in the library (unique, safe). */
  name: string;
  /** Bytes uploaded. */
  size: number;
}

/** An upload's progress, 0..1 (0 when it starts, 1 when the file is saved); never goes back. */
export type UploadProgress = (fraction: number) => void;

/** A file as the browser gives it (File), or any Blob with a name (a pasted picture, a scaled one). */
export type NamedBlob = Blob & { name: string };

export interface IGuideEditorService {
  /** The guides of the list, when the user may edit it; none (and mayEdit false) otherwise. */
  overview(): Promise<GuideOverview>;
  load(id: number): Promise<LoadedGuide>;
  /**
   * Saves as a draft (utkast). A new guide (no id) is created; an existing one is saved with
   * IF-MATCH: etag, and a newer save by someone else rejects with a 'conflict' error.
   */
  saveDraft(draft: GuideDraft, id?: number, etag?: string): Promise<SavedGuide>;
  /** Checks everything first ('invalid' with every problem), then saves as published. */
  publish(draft: GuideDraft, id?: number, etag?: string): Promise<SavedGuide>;
  /** A draft copy of a guide (any municipality's), keeping where it came from. */
  copy(id: number): Promise<SavedGuide>;
  /** To the site's recycle bin. */
  recycle(id: number): Promise<void>;
  /**
   * Uploads a step's picture (already scaled by the browser) to the guide pictures library. A file
   * that is not a picture, is empty or is over GUIDE_PICTURE_MAX_BYTES rejects with 'invalidFile'
   * before any request; a user who may not add files, with 'forbidden'.
   */
  uploadPicture(file: NamedBlob, onProgress?: UploadProgress): Promise<UploadedGuideFile>;
  /** As uploadPicture, for a film's WebVTT captions (.vtt, at most GUIDE_CAPTIONS_MAX_BYTES). */
  uploadCaptions(file: NamedBlob, onProgress?: UploadProgress): Promise<UploadedGuideFile>;
  /**
   * People whose name or address matches the words typed, for the owner field (Graph search of
   * people, People.Read: the request Sök already makes). Fewer than two characters: none.
   */
  findPeople(text: string): Promise<GuideOwner[]>;
  /** The guide's versions, newest first: the list keeps one at each save. */
  versions(id: number): Promise<GuideVersion[]>;
  /**
   * Writes an earlier version's values back as a new version, with IF-MATCH: etag like any save
   * (a newer save by someone else: 'conflict'). A published version is checked as publish checks.
   */
  restoreVersion(id: number, versionId: number, etag?: string): Promise<SavedGuide>;
}

import type { GuideDraft } from './guideEditor';

/**
 * Unsaved edits kept in the browser (localStorage), so a closed tab or a lost connection loses
 * nothing: one entry per user and guide (the list item id, or "new" for a guide not yet saved),
 * written as the editor types, offered back when the editor opens the guide again, removed
 * once the guide is saved.
 */

/** What the store needs of localStorage (a fake in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const LOCAL_DRAFT_PREFIX = 'samverka:guide-draft:v1:';

export interface LocalGuideDraft {
  draft: GuideDraft;
  /** When it was kept (ISO). */
  savedAt: string;
  /** The ETag of the stored guide the edit started from (undefined for a new guide). */
  baseEtag?: string;
}

/** "new", or the list item id. */
export type DraftKey = number | 'new';

export function localDraftKey(userId: string, guide: DraftKey): string {
  return `${LOCAL_DRAFT_PREFIX}${userId.toLowerCase()}:${guide}`;
}

export class LocalGuideDrafts {
  private readonly storage: DraftStorage;
  private readonly userId: string;
  private readonly now: () => Date;

  public constructor(storage: DraftStorage, userId: string, now: () => Date = () => new Date()) {
    this.storage = storage;
    this.userId = userId;
    this.now = now;
  }

  /** Keeps the edit; false when the browser refuses (storage full or off): the editor then warns. */
  public keep(guide: DraftKey, draft: GuideDraft, baseEtag?: string): boolean {
    const entry: LocalGuideDraft = { draft, savedAt: this.now().toISOString(), baseEtag };
    try {
      this.storage.setItem(localDraftKey(this.userId, guide), JSON.stringify(entry));
      return true;
    } catch {
      return false;
    }
  }

  /** The kept edit of a guide, to offer back; undefined when there is none or it cannot be read. */
  public find(guide: DraftKey): LocalGuideDraft | undefined {
    let text: string | null;
    try {
      text = this.storage.getItem(localDraftKey(this.userId, guide));
    } catch {
      return undefined;
    }
    if (!text) {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as LocalGuideDraft;
      return isLocalDraft(entry) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  /** After a save (or when the editor throws the kept edit away). */
  public clear(guide: DraftKey): void {
    try {
      this.storage.removeItem(localDraftKey(this.userId, guide));
    } catch {
      // nothing kept, nothing to clear
    }
  }
}

function isLocalDraft(value: unknown): value is LocalGuideDraft {
  const entry = value as LocalGuideDraft;
  return !!entry && typeof entry === 'object' && typeof entry.savedAt === 'string' && !!entry.draft && typeof entry.draft === 'object' &&
    typeof entry.draft.title === 'string' && Array.isArray(entry.draft.steps) && Array.isArray(entry.draft.keywords);
}

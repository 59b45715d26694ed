import { draftOfItem } from './guideEditor';
import type { GuideDraft, RawGuideItem } from './guideEditor';

/**
 * The versions of a guide (issue 13): the guide list keeps a version at each save
 * (sharepoint/assets/guides.xml, VersioningEnabled), read through SharePoint REST
 * `items(ID)/versions`. Each version says who saved it and when, and what it changed from the
 * one before; restoring one writes its values back as a new version.
 */

/** A person field as a list item version returns it (SP.FieldUserValue). */
interface RawFieldUser {
  LookupId?: number;
  LookupValue?: string;
  Email?: string;
}

/** One SP.ListItemVersion of the guide list, as REST returns it. */
export interface RawGuideVersion extends Omit<RawGuideItem, 'SamverkaOwner' | 'Editor'> {
  VersionId?: number;
  VersionLabel?: string;
  IsCurrentVersion?: boolean;
  Created?: string;
  SamverkaOwner?: RawFieldUser | null;
  Editor?: RawFieldUser | null;
}

export interface GuideVersion {
  /** SharePoint's id of the version (512 per major version). */
  versionId: number;
  /** "3.0". */
  label: string;
  isCurrent: boolean;
  /** When the version was saved, and by whom. */
  created: string;
  editorName: string;
  editorEmail: string;
  /** The guide as this version held it. */
  draft: GuideDraft;
}

/** The guide's own fields that a version can change (the steps are compared one by one). */
export type GuideVersionField = 'title' | 'summary' | 'category' | 'municipalities' | 'forvaltning' | 'keywords' | 'owner' | 'reviewDate' | 'status';

export type GuideChange =
  | { kind: 'created' }
  | { kind: 'field'; field: GuideVersionField }
  /** `step` is the step's number (1-based) in the newer version, or in the older one when removed. */
  | { kind: 'step'; step: number; change: 'added' | 'removed' | 'changed' };

const FIELDS: readonly GuideVersionField[] = ['title', 'summary', 'category', 'municipalities', 'forvaltning', 'keywords', 'owner', 'reviewDate', 'status'];

export function versionOfRaw(raw: RawGuideVersion): GuideVersion {
  const owner = raw.SamverkaOwner;
  const item: RawGuideItem = {
    ...(raw as RawGuideItem),
    SamverkaOwner: owner ? { Title: owner.LookupValue || '', EMail: owner.Email || '' } : null,
    SamverkaOwnerId: owner && typeof owner.LookupId === 'number' ? owner.LookupId : null,
    Editor: null
  };
  const label = raw.VersionLabel || '';
  return {
    versionId: typeof raw.VersionId === 'number' ? raw.VersionId : Math.round(parseFloat(label) * 512) || 0,
    label,
    isCurrent: raw.IsCurrentVersion === true,
    created: raw.Created || '',
    editorName: (raw.Editor && raw.Editor.LookupValue) || '',
    editorEmail: (raw.Editor && raw.Editor.Email) || '',
    draft: draftOfItem(item)
  };
}

/** The versions newest first, whatever order they came in. */
export function versionsNewestFirst(raw: readonly RawGuideVersion[]): GuideVersion[] {
  return raw.map(versionOfRaw).sort((a, b) => b.versionId - a.versionId);
}

function fieldValue(draft: GuideDraft, field: GuideVersionField): string {
  switch (field) {
    case 'owner': return draft.owner ? (draft.owner.email || draft.owner.name).toLowerCase() : '';
    case 'municipalities': return JSON.stringify(draft.municipalities);
    case 'keywords': return JSON.stringify(draft.keywords);
    case 'reviewDate': return draft.reviewDate ? draft.reviewDate.slice(0, 10) : '';
    default: return String(draft[field]).trim();
  }
}

/** What `newer` changed from `older` (undefined: the guide's first version). */
export function guideChanges(older: GuideDraft | undefined, newer: GuideDraft): GuideChange[] {
  if (!older) {
    return [{ kind: 'created' }];
  }
  const changes: GuideChange[] = FIELDS.filter(f => fieldValue(older, f) !== fieldValue(newer, f)).map(field => ({ kind: 'field' as const, field }));
  const count = Math.max(older.steps.length, newer.steps.length);
  for (let i = 0; i < count; i++) {
    if (i >= older.steps.length) {
      changes.push({ kind: 'step', step: i + 1, change: 'added' });
    } else if (i >= newer.steps.length) {
      changes.push({ kind: 'step', step: i + 1, change: 'removed' });
    } else if (JSON.stringify(older.steps[i]) !== JSON.stringify(newer.steps[i])) {
      changes.push({ kind: 'step', step: i + 1, change: 'changed' });
    }
  }
  return changes;
}

import { healthPolicyFor, nextReviewDate } from './contentHealth';
import { GUIDE_DRAFT, GUIDE_PUBLISHED, GUIDE_STATUS_FIELD } from './guideStatus';
import type { GuideStatus } from './guideStatus';
import type { TenantConfig } from './municipality';
import { ALL_MUNICIPALITIES, municipalityIdsOf, parseGuideSteps } from './search';
import type { GuideStep } from './search';

export { GUIDE_DRAFT, GUIDE_PUBLISHED, GUIDE_STATUS_FIELD, GUIDE_STATUS_PROPERTY, PUBLISHED_GUIDES_CLAUSE } from './guideStatus';
export type { GuideStatus } from './guideStatus';

/**
 * The guide editor's model (issue 13): a guide as an editor writes it, the step operations,
 * and the guide list's columns it is stored in. A guide is one item of the list 'Guider' on
 * the shared site; its steps are one JSON document in SamverkaGuideSteps, read by the viewer
 * through parseGuideSteps (core/search), which this module reuses for the round trip.
 */

/** Which municipalities a guide is for: all of them, or one or several municipality ids. */
export type GuideMunicipalities = typeof ALL_MUNICIPALITIES | string[];

export interface GuideOwner {
  /** E-mail address (or user principal name): what ensureuser resolves to the site principal. */
  email: string;
  name: string;
  /** The site principal id (SamverkaOwnerId), when known. */
  id?: number;
}

/** Where a copied guide came from (as a borrowed page keeps it). */
export interface GuideProvenance {
  /** The source guide's address (its DispForm URL). */
  sourceUrl: string;
  /** The municipality the source was for ('alla' for everyone's), as stored in its column. */
  sourceMunicipality: string;
  /** The source's Modified that the copy is based on. */
  sourceModified: string;
  copiedBy: string;
  copiedAt: string;
}

export interface GuideDraft {
  title: string;
  summary: string;
  category: string;
  municipalities: GuideMunicipalities;
  forvaltning: string;
  keywords: string[];
  owner: GuideOwner | null;
  /** ISO date-time of the next review, as SharePoint stores it; null when not set. */
  reviewDate: string | null;
  status: GuideStatus;
  steps: GuideStep[];
  /** Set on copies; kept as it is by every save. */
  provenance?: GuideProvenance;
}

/** A new guide: the author owns it, the next review is the interval content health uses for guides. */
export function newGuideDraft(owner: GuideOwner | null, now: Date, config: TenantConfig | null): GuideDraft {
  return {
    title: '', summary: '', category: '', municipalities: ALL_MUNICIPALITIES, forvaltning: '', keywords: [],
    owner, reviewDate: defaultGuideReviewDate(now, config), status: GUIDE_DRAFT, steps: [emptyStep()]
  };
}

/**
 * The default review date of a guide: today plus the review interval content health judges the
 * guide by. Guides live on the shared site, which content health assesses without a
 * municipality (healthPolicyFor(config, null)), so that is the interval used here.
 */
export function defaultGuideReviewDate(now: Date, config: TenantConfig | null): string {
  return nextReviewDate(now, healthPolicyFor(config, null));
}

// Steps: pure operations, each returning a new array (the old one is never changed).

export function emptyStep(): GuideStep {
  return { title: '', html: '' };
}

/** A new empty step at `at` (default: after the last). */
export function addStep(steps: readonly GuideStep[], at: number = steps.length): GuideStep[] {
  const index = Math.max(0, Math.min(steps.length, at));
  return steps.slice(0, index).concat([emptyStep()], steps.slice(index));
}

export function removeStep(steps: readonly GuideStep[], index: number): GuideStep[] {
  return index >= 0 && index < steps.length ? steps.slice(0, index).concat(steps.slice(index + 1)) : steps.slice();
}

export function updateStep(steps: readonly GuideStep[], index: number, patch: Partial<GuideStep>): GuideStep[] {
  return steps.map((step, i) => (i === index ? { ...step, ...patch } : step));
}

/**
 * A step one place up or down. Returns the steps and where the moved step is now, so the
 * editor can keep focus on it; a step at the edge stays where it is.
 */
export function moveStep(steps: readonly GuideStep[], index: number, direction: 'up' | 'down'): { steps: GuideStep[]; index: number } {
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) {
    return { steps: steps.slice(), index };
  }
  const next = steps.slice();
  next[index] = steps[target];
  next[target] = steps[index];
  return { steps: next, index: target };
}

// The steps column: written in the contract's shape, read by the viewer's parser.

/** The JSON of SamverkaGuideSteps: [{"title","html","image"?:{"url","alt"},"video"?:{"url","captionsUrl"?,"captionsLanguage"?}}]. */
export function serializeGuideSteps(steps: readonly GuideStep[]): string {
  return JSON.stringify(steps.map((step) => {
    const out: GuideStep = { title: step.title, html: step.html };
    if (step.image) {
      out.image = { url: step.image.url, alt: step.image.alt };
    }
    if (step.video) {
      out.video = { url: step.video.url };
      if (step.video.captionsUrl) {
        out.video.captionsUrl = step.video.captionsUrl;
        out.video.captionsLanguage = step.video.captionsLanguage || 'sv';
      }
    }
    return out;
  }));
}

/** The steps of a stored guide, exactly as the viewer reads them. */
export function parseStoredSteps(json: unknown): GuideStep[] {
  return parseGuideSteps(json);
}

// The guide list's columns.

/** What the guide list holds of an item, as REST returns it (odata=minimalmetadata or verbose). */
export interface RawGuideItem {
  Id?: number;
  Title?: string | null;
  Modified?: string;
  Created?: string;
  SamverkaGuideSummary?: string | null;
  SamverkaGuideSteps?: string | null;
  SamverkaGuideCategory?: string | null;
  /** MultiChoice: an array in JSON (minimal or no metadata), { results } in verbose; text in lists from before the column was multi-valued. */
  SamverkaMunicipality?: string[] | { results?: string[] } | string | null;
  SamverkaForvaltning?: string | null;
  SamverkaGuideKeywords?: string | null;
  SamverkaReviewDate?: string | null;
  SamverkaOwnerId?: number | null;
  SamverkaOwner?: { Title?: string; EMail?: string; Name?: string } | null;
  SamverkaGuideStatus?: string | null;
  SamverkaSourceUrl?: string | null;
  SamverkaSourceMunicipality?: string | null;
  SamverkaSourceModified?: string | null;
  SamverkaCopiedBy?: string | null;
  SamverkaCopiedAt?: string | null;
  Editor?: { Title?: string; EMail?: string } | null;
  'odata.etag'?: string;
  __metadata?: { etag?: string };
}

/** The columns the editor reads (REST names; people through $expand). */
export const GUIDE_EDITOR_SELECT: readonly string[] = [
  'Id', 'Title', 'Created', 'Modified', 'SamverkaGuideSummary', 'SamverkaGuideSteps', 'SamverkaGuideCategory', 'SamverkaMunicipality',
  'SamverkaForvaltning', 'SamverkaGuideKeywords', 'SamverkaReviewDate', 'SamverkaOwnerId', 'SamverkaOwner/Title', 'SamverkaOwner/EMail',
  GUIDE_STATUS_FIELD, 'SamverkaSourceUrl', 'SamverkaSourceMunicipality', 'SamverkaSourceModified', 'SamverkaCopiedBy', 'SamverkaCopiedAt',
  'Editor/Title', 'Editor/EMail'
];
export const GUIDE_EDITOR_EXPAND: readonly string[] = ['SamverkaOwner', 'Editor'];

/**
 * The municipality column's value. The column is MultiChoice: an array of choices, written as
 * PnPjs sends it (JSON without metadata: a plain array). Its crawled property is multi-valued
 * and mapped to the multi-valued RefinableString111, so a guide for Eksjö and Vetlanda matches
 * RefinableString111:vetlanda and RefinableString111:eksjo, and counts under each refiner value.
 */
export function municipalityValue(municipalities: GuideMunicipalities): string[] {
  return municipalities === ALL_MUNICIPALITIES ? [ALL_MUNICIPALITIES] : municipalities.slice();
}

/** The municipalities as one text (a copy's SamverkaSourceMunicipality, a text column): ids separated by ';'. */
export function municipalityText(municipalities: GuideMunicipalities): string {
  return municipalityValue(municipalities).join(';');
}

/** The municipalities of a stored value: an array, verbose { results }, or ';'-separated text. */
export function parseMunicipalities(value: unknown): GuideMunicipalities {
  const ids = municipalityIdsOf(value);
  return ids.indexOf(ALL_MUNICIPALITIES) >= 0 ? ALL_MUNICIPALITIES : ids;
}

export function parseKeywords(value: string | null | undefined): string[] {
  return (value || '').split(/[;\n]/).map((k) => k.trim()).filter(Boolean);
}

/** The ETag of an item as REST returns it: minimal metadata's odata.etag, or verbose __metadata.etag. */
export function etagOf(raw: RawGuideItem): string | undefined {
  return raw['odata.etag'] || (raw.__metadata && raw.__metadata.etag) || undefined;
}

/** The draft of a stored guide. A guide without status (older than the column) is published. */
export function draftOfItem(raw: RawGuideItem): GuideDraft {
  const owner = raw.SamverkaOwner && (raw.SamverkaOwner.EMail || raw.SamverkaOwner.Title)
    ? { email: raw.SamverkaOwner.EMail || '', name: raw.SamverkaOwner.Title || '', id: typeof raw.SamverkaOwnerId === 'number' ? raw.SamverkaOwnerId : undefined }
    : null;
  const draft: GuideDraft = {
    title: raw.Title || '',
    summary: raw.SamverkaGuideSummary || '',
    category: raw.SamverkaGuideCategory || '',
    municipalities: parseMunicipalities(raw.SamverkaMunicipality),
    forvaltning: raw.SamverkaForvaltning || '',
    keywords: parseKeywords(raw.SamverkaGuideKeywords),
    owner,
    reviewDate: raw.SamverkaReviewDate || null,
    status: raw.SamverkaGuideStatus === GUIDE_DRAFT ? GUIDE_DRAFT : GUIDE_PUBLISHED,
    steps: parseStoredSteps(raw.SamverkaGuideSteps)
  };
  if (raw.SamverkaSourceUrl) {
    draft.provenance = {
      sourceUrl: raw.SamverkaSourceUrl,
      sourceMunicipality: raw.SamverkaSourceMunicipality || '',
      sourceModified: raw.SamverkaSourceModified || '',
      copiedBy: raw.SamverkaCopiedBy || '',
      copiedAt: raw.SamverkaCopiedAt || ''
    };
  }
  return draft;
}

/**
 * The REST fields of a save (item create or MERGE). The owner's principal id is written when
 * known (the service resolves an e-mail address with ensureuser first); provenance is written
 * only by a copy, never changed by later saves.
 */
export function guideItemFields(draft: GuideDraft, status: GuideStatus): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    Title: draft.title.trim(),
    SamverkaGuideSummary: draft.summary.trim(),
    SamverkaGuideSteps: serializeGuideSteps(draft.steps),
    SamverkaGuideStepCount: draft.steps.length,
    SamverkaGuideCategory: draft.category.trim(),
    SamverkaMunicipality: municipalityValue(draft.municipalities),
    SamverkaForvaltning: draft.forvaltning.trim(),
    SamverkaGuideKeywords: draft.keywords.map((k) => k.trim()).filter(Boolean).join('; '),
    SamverkaReviewDate: draft.reviewDate,
    [GUIDE_STATUS_FIELD]: status
  };
  if (draft.owner && typeof draft.owner.id === 'number') {
    fields.SamverkaOwnerId = draft.owner.id;
  }
  return fields;
}

/** The provenance columns of a copy (the same columns a borrowed page has). */
export function provenanceFields(provenance: GuideProvenance): Record<string, unknown> {
  return {
    SamverkaSourceUrl: provenance.sourceUrl,
    SamverkaSourceMunicipality: provenance.sourceMunicipality,
    SamverkaSourceModified: provenance.sourceModified,
    SamverkaCopiedBy: provenance.copiedBy,
    SamverkaCopiedAt: provenance.copiedAt
  };
}

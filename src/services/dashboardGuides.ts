import type { GuideHit, SectionResult } from '../core/dashboard';
import { GUIDE_LIST_URL, guidePinKey } from '../core/dashboardRules';
import { failureCodeOf } from '../core/failures';
import { GUIDE_DRAFT, GUIDE_STATUS_FIELD } from '../core/guideStatus';
import { municipalityIdsOf } from '../core/search';
import { canonicalPageUrl } from './newsMapping';
import type { SharePointBatchCoalescer } from './sharePointBatchCoalescer';
import { listItemsByTitle, SamverkaSp } from './spClient';

/**
 * Min sida's guides from the guide list itself (`Guider` on the shared site, SharePoint REST), not
 * from search. The section means the guides a person uses: the ones they pinned and their
 * förvaltning's, from one list on one site. A list read finds them all, where a search request
 * gave one window of hits (the list alone passes it), and costs no searchRequest: Page
 * Diagnostics allows 3 for the whole page, and Min sida needs them for its news, its documents and
 * Att läsa. The read goes to the shared site, where the reader's confirmations (Att läsa) are
 * read too: given the page's SharePointBatchCoalescer, both go in one `$batch`.
 *
 * SharePoint trims the items by permission as search did. Drafts (the guide editor's status) are
 * for editors: left out here, as the readers' search query leaves them out (a guide without a
 * status is published). A missing list (404) or a shared site the person cannot read (403) is no
 * guides, as search found none: the section says nothing.
 */

export const GUIDE_LIST_TITLE = 'Guider';
/** Guides read at most, newest first (by ID: always allowed, also past the list view threshold). */
export const GUIDE_LIST_TOP = 500;
const GUIDE_SELECT = ['Id', 'UniqueId', 'Title', 'SamverkaGuideSummary', 'SamverkaGuideCategory', 'SamverkaForvaltning', 'SamverkaMunicipality', GUIDE_STATUS_FIELD];

/** Reads the guides of the guide list on the shared site (its server-relative path). */
export type GuideListReader = (sharedSitePath: string) => Promise<SectionResult<GuideHit[]> | null>;

export interface GuideListDeps {
  sp(sitePath: string): SamverkaSp;
  tenantUrl: string;
  /** Reads of the shared site asked at the same moment share a `$batch` (the reader's confirmations). */
  spBatch?: SharePointBatchCoalescer;
}

type RawGuide = Record<string, unknown>;

export function guideListReader(deps: GuideListDeps): GuideListReader {
  return async sharedSitePath => {
    const read = (sp: SamverkaSp): Promise<RawGuide[]> =>
      listItemsByTitle(sp, GUIDE_LIST_TITLE).select(...GUIDE_SELECT).orderBy('Id', false).top(GUIDE_LIST_TOP)() as Promise<RawGuide[]>;
    let raw: RawGuide[];
    try {
      // Sent now (not after an await), so that a batch of this moment takes it.
      raw = await (deps.spBatch ? deps.spBatch.read(sharedSitePath, sp => read(SamverkaSp.over(sp))) : read(deps.sp(sharedSitePath)));
    } catch (error) {
      const code = failureCodeOf(error);
      return code === 'notFound' || code === 'forbidden' ? null : { ok: false, code };
    }
    const guides = (Array.isArray(raw) ? raw : []).map(item => guideOf(item, sharedSitePath, deps.tenantUrl)).filter((g): g is GuideHit => g !== null);
    return guides.length === 0 ? null : { ok: true, value: guides };
  };
}

/** One item of the list as a guide; null for a draft or an item without a title or id. */
export function guideOf(item: RawGuide, sharedSitePath: string, tenantUrl: string): GuideHit | null {
  const id = typeof item.Id === 'number' ? item.Id : Number(item.Id);
  const title = text(item.Title);
  if (!title || !isFinite(id) || id <= 0 || String(item[GUIDE_STATUS_FIELD] || '').toLowerCase() === GUIDE_DRAFT) {
    return null;
  }
  // The item's display form: the URL search gives the same item as its Path.
  const url = canonicalPageUrl(`${sharedSitePath.replace(/\/+$/, '')}/${GUIDE_LIST_URL}/DispForm.aspx?ID=${id}`, tenantUrl);
  return {
    // The item's unique id, named as Sök names a pinned guide (guidePinKey): guides pinned before stay pinned.
    id: guidePinKey(text(item.UniqueId), undefined, url),
    title,
    url,
    category: text(item.SamverkaGuideCategory),
    summary: text(item.SamverkaGuideSummary),
    forvaltning: text(item.SamverkaForvaltning),
    municipalities: municipalityIdsOf(item.SamverkaMunicipality)
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

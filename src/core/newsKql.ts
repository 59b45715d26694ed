import { kqlAllOf, kqlAnyOf, kqlRestriction } from './kql';
import { normalizeGroupId } from './tenantConfig';

/** Microsoft Search rejects a queryString longer than this (HTTP 400). */
export const KQL_MAX_LENGTH = 4096;

/** The managed property SharePoint search creates for the SamverkaExpires site column (DateTime). */
export const EXPIRES_PROPERTY = 'SamverkaExpiresOWSDATE';

/**
 * The managed properties SharePoint search creates for the must-read columns (sharepoint/assets/
 * must-read.xml): site columns become `<name>OWS<code>` with the column type's four-letter code,
 * queryable and retrievable without any search schema mapping (Microsoft: "Automatically created
 * managed properties"). A Yes/No column's value is "1" or "0", so the restriction is `:1`.
 */
export const MUST_READ_PROPERTY = 'SamverkaMustReadOWSBOOL';
export const READ_BY_PROPERTY = 'SamverkaReadByOWSDATE';

/** Items without audiences: visible to everyone who can read them. */
export const UNTARGETED_CLAUSE = 'NOT IsAudienceTargeted:true';

export interface NewsKqlInput {
  /** Absolute URLs of the sites to read news from. */
  siteUrls: readonly string[];
  /** The user's transitive groups; news targeted to any of them is included. */
  groupIds: readonly string[];
  /** Only news boosted until this day (YYYY-MM-DD) or later. */
  boostedFromDay?: string;
  /**
   * Leave out news that expired before this day (YYYY-MM-DD, UTC) began. The day, not the
   * moment: the query stays the same all day (paging cursors stay valid), and the client
   * drops what expired earlier today (see isExpired).
   */
  notExpiredBeforeDay?: string;
  /** Length limit of one query; KQL_MAX_LENGTH unless a test needs another. */
  maxLength?: number;
  /** Only news an editor marked as must-read (Ska läsas). */
  mustRead?: boolean;
  /**
   * With boostedFromDay: news boosted from that day on, or must-read. The first page's one priority
   * query finds both (boosted news and must-read news of any age go first), so must-read costs the
   * feed no search request of its own.
   */
  orMustRead?: boolean;
  /**
   * Only news targeted to one of the groups: without the untargeted clause (news for everyone who
   * reads the site), as Min sida's news of the user's förvaltning and unit. Needs a group.
   */
  targetedOnly?: boolean;
}

/**
 * The KQL for news pages of the given sites that the user is an audience of:
 *   PromotedState:2 AND (Path:"…hub1" OR Path:"…hub2") AND (ModernAudienceAadObjectIds:<id> OR … OR NOT IsAudienceTargeted:true)
 *
 * When that passes the length limit, the group ids are split over several queries. The
 * untargeted clause goes into the first query only, so untargeted news comes back once;
 * news targeted to groups in two queries still comes back twice, so results must be
 * merged with dedupe (see newsPaging). Group ids are sorted, so the same user always gets
 * the same queries (a paging cursor stays valid between requests).
 */
export function buildNewsKql(input: NewsKqlInput): string[] {
  const maxLength = input.maxLength === undefined ? KQL_MAX_LENGTH : input.maxLength;
  if (input.siteUrls.length === 0) {
    throw new Error('buildNewsKql needs at least one site');
  }
  const base = [kqlRestriction('PromotedState', '2'), kqlAnyOf(input.siteUrls.map(url => kqlRestriction('Path', url)))];
  if (input.mustRead) {
    base.push(kqlRestriction(MUST_READ_PROPERTY, '1'));
  }
  if (input.boostedFromDay !== undefined) {
    const boosted = kqlRestriction('SamverkaBoostUntilOWSDATE', input.boostedFromDay, '>=');
    base.push(input.orMustRead ? kqlAnyOf([boosted, kqlRestriction(MUST_READ_PROPERTY, '1')]) : boosted);
  }
  if (input.notExpiredBeforeDay !== undefined) {
    // A page without an expiry date has no value, so the restriction is false and NOT keeps it.
    base.push(`NOT ${kqlRestriction(EXPIRES_PROPERTY, input.notExpiredBeforeDay, '<')}`);
  }
  const prefix = `${kqlAllOf(base)} AND (`;
  const suffix = ')';
  const audienceClauses = uniqueSorted(input.groupIds).map(id => kqlRestriction('ModernAudienceAadObjectIds', id));

  if (input.targetedOnly && audienceClauses.length === 0) {
    throw new Error('A query for targeted news only needs at least one group');
  }
  const queries: string[] = [];
  let current: string[] = input.targetedOnly ? [audienceClauses.shift() as string] : [UNTARGETED_CLAUSE];
  // The untargeted clause stays last in its query, as written in the contract.
  const render = (clauses: string[]): string => {
    const ordered = clauses[0] === UNTARGETED_CLAUSE ? clauses.slice(1).concat([UNTARGETED_CLAUSE]) : clauses;
    return `${prefix}${ordered.join(' OR ')}${suffix}`;
  };
  if (render(current).length > maxLength) {
    throw new Error(`The news query for ${input.siteUrls.length} sites is longer than ${maxLength} characters`);
  }
  for (const clause of audienceClauses) {
    const next = current.concat([clause]);
    if (render(next).length <= maxLength) {
      current = next;
      continue;
    }
    if (render([clause]).length > maxLength) {
      throw new Error(`The news query for ${input.siteUrls.length} sites is longer than ${maxLength} characters`);
    }
    queries.push(render(current));
    current = [clause];
  }
  queries.push(render(current));
  return queries;
}

/**
 * The must-read news of the user's hubs and the shared site that are meant for them: the news
 * query with `SamverkaMustReadOWSBOOL:1`, under the same audience rules (targeted at one of their
 * groups, or not targeted at all) and split the same way. Each query is one searchRequest: several
 * go as inner requests of one Graph `$batch`, never together in one body.
 */
export function buildMustReadKql(input: Omit<NewsKqlInput, 'mustRead' | 'boostedFromDay' | 'orMustRead'>): string[] {
  return buildNewsKql({ ...input, mustRead: true });
}

function uniqueSorted(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of ids) {
    const id = normalizeGroupId(raw);
    if (id !== '' && !seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out.sort();
}

/**
 * Every must-read news item of the sites, whoever its audience: what their editors follow up
 * (`PromotedState:2 AND (Path:… OR …) AND SamverkaMustReadOWSBOOL:1`). No audience clause:
 * audience targeting decides what a reader is shown, and an editor follows up items meant for
 * others; search still trims the hits to what the editor may read.
 */
export function buildEditorMustReadKql(siteUrls: readonly string[]): string {
  if (siteUrls.length === 0) {
    throw new Error('buildEditorMustReadKql needs at least one site');
  }
  const query = kqlAllOf([kqlRestriction('PromotedState', '2'), kqlAnyOf(siteUrls.map(url => kqlRestriction('Path', url))), kqlRestriction(MUST_READ_PROPERTY, '1')]);
  if (query.length > KQL_MAX_LENGTH) {
    throw new Error(`The must-read query for ${siteUrls.length} sites is longer than ${KQL_MAX_LENGTH} characters`);
  }
  return query;
}

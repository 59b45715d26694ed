import '@pnp/graph/search';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { BlobParse } from '@pnp/queryable';
import { SPQueryable } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { canEditItems, type BasePermissions } from '../core/contentHealthPermissions';
import { GUIDE_DRAFT, GUIDE_STATUS_FIELD } from '../core/guideStatus';
import type { SearchResponse } from '@microsoft/microsoft-graph-types';
import { isVisibleTo, toGroupSet } from '../core/audience';
import { membershipsOf } from '../core/membership';
import type { ITenantConfigService, IUserContextService } from '../core/ports';
import {
  EMPTY_SEARCH, GuideResult, GuideStep, interleaveResults, isGuideForUser, ISearchService, normalizeSearchState, parseGuideSteps,
  PersonResult, RefinerBucket, RefinerKey, SEARCH_VERTICALS, SearchPage, SearchResultItem, SearchState, SearchSuggestion, SearchVertical
} from '../core/search';
import {
  CONTENT_CLASS, ContentSource, decodeCursor, encodeCursor, kqlSearchText, PlannedRequest, planPinnedGuides, planSearch, planStartGuides, SearchContext, SearchCursor,
  SearchSource, SITE_REFINER, siteRefinerValue, sourceOfContentClass, SOURCE_VERTICAL, spellingSuggestion
} from '../core/searchQuery';
import { failureCodeOf } from '../core/failures';
import { PEOPLE_ROW_SIZE, rankPeople, startPageGuides } from '../core/searchRanking';
import { SETTINGS_EXTENSION } from '../core/dashboardRules';
import { readSettings } from './dashboardAnswers';
import type { OwnMunicipality } from '../core/searchRanking';
import type { SamverkaGraph } from './graphClient';
import { GraphBatchResponse, header } from './graphBatch';
import { searchCall } from './graphBatchCoalescer';
import { rangeKeyOf, toGraphRequest } from './searchRequests';
import type { GraphBatchCoalescer, GraphCall } from './graphBatchCoalescer';
import {
  connectorGuideOf, documentOf, GraphHit, KnownSite, knownSitesOf, listDocumentOf, listGuideOf, pageOf, personOf, sharePointSourceOf, siteTitleOf
} from './searchMapping';

export interface SearchServiceDeps {
  graph: SamverkaGraph;
  /** The configured SharePoint client of a site. */
  sp: (sitePath: string) => SPFI;
  tenantUrl: string;
  tenantConfig: ITenantConfigService;
  userContext: IUserContextService;
  now: () => Date;
  /** The connection id of the external guide system (a Graph connector); none: list guides only. */
  guideConnectionId?: string;
  pageSize?: number;
  peopleInAll?: number;
  /** The search requests of a page view, and the photos of a page of people, share a Graph batch. */
  batch: GraphBatchCoalescer;
}

/** The guide list of the shared site (sharepoint/assets/guides.xml). */
export const GUIDE_LIST_TITLE = 'Guider';
export const GUIDE_LIST_URL = 'Lists/Guider';

interface SourceAnswer {
  request: PlannedRequest;
  ok: boolean;
  code?: string;
  response?: SearchResponse;
}

/** What a search knows of the tenant and the searcher. */
type Context = SearchContext & { groups: Set<string>; sites: KnownSite[]; own: OwnMunicipality[] };

/** The guide list's guides the start page reads: enough to find the pinned ones among them, as Min sida reads its guides. */
const START_GUIDE_WINDOW = 100;

/** People asked for on Allt: a few more than the row shows, to put the searcher's own municipality first among the relevant. */
const PEOPLE_CANDIDATES = PEOPLE_ROW_SIZE * 3;

/**
 * Search over pages, documents, people and guides through Microsoft Graph search. A page view
 * is 2 to 4 search requests (one searchRequest per `/search/query`, as Graph v1.0 takes), all in
 * one $batch; the plan and the KQL are core/searchQuery's. SharePoint's sources sharing a request
 * are told apart by contentclass: each hit by its field, the counts by the aggregation's buckets.
 * Audience-targeted pages and guides of other municipalities are checked again here: targeting
 * filters what is shown.
 */
export class SearchService implements ISearchService {
  private readonly deps: SearchServiceDeps;
  private readonly photos = new Map<string, Promise<string | undefined>>();

  public constructor(deps: SearchServiceDeps) {
    this.deps = deps;
  }

  private async context(): Promise<Context> {
    const [config, user] = await Promise.all([this.deps.tenantConfig.getConfig(), this.deps.userContext.getCurrentUser()]);
    const memberships = membershipsOf(config, user);
    const tenantUrl = this.deps.tenantUrl.replace(/\/+$/, '');
    return {
      tenantUrl,
      guideListUrl: `${tenantUrl}${config.sharedSite.path.replace(/\/+$/, '')}/${GUIDE_LIST_URL}`,
      guideConnectionId: this.deps.guideConnectionId,
      groupIds: user.groupIds,
      groups: toGroupSet(user.groupIds),
      sites: knownSitesOf(config, tenantUrl),
      municipalityIds: memberships.municipalities.map(m => m.id),
      today: this.deps.now().toISOString().slice(0, 10),
      pageSize: this.deps.pageSize || 10,
      // More people than Allt shows (PEOPLE_ROW_SIZE), so that the searcher's own municipality's can come first.
      peopleInAll: this.deps.peopleInAll || PEOPLE_CANDIDATES,
      own: memberships.municipalities.map(m => ({ names: [m.name, m.shortName], emailDomain: m.emailDomain }))
    };
  }

  public async search(rawState: SearchState, cursorText?: string): Promise<SearchPage> {
    const state = normalizeSearchState(rawState || EMPTY_SEARCH);
    const ctx = await this.context();
    const cursor = cursorText ? decodeCursor(cursorText) : undefined;
    const answers = await Promise.all(planSearch(state, ctx, cursor).map(request => this.send(request)));
    return this.toPage(state, ctx, answers, !!cursor);
  }

  /**
   * The start page's guides: the guide list's first START_GUIDE_WINDOW and the connector's first
   * `count` (planStartGuides: 2 search requests, 1 without a connector, where the guides vertical
   * takes 3), and in the same $batch Min sida's settings (`/me/extensions`, not a search), whose
   * pinned guides go first; pinned guides past the window are asked by their ids (planPinnedGuides, a
   * third search request, only then). Settings that cannot be read leave the most relevant guides alone.
   */
  public async startGuides(count: number): Promise<GuideResult[]> {
    const ctx = await this.context();
    const requests = planStartGuides(ctx, START_GUIDE_WINDOW, count);
    const settings = this.deps.batch.run({
      requests: [{ id: 'settings', method: 'GET', url: `/me/extensions/${SETTINGS_EXTENSION}` }],
      read: own => readSettings(own.settings).result
    }).catch((): null => null);
    const answers = await Promise.all(requests.map(request => this.send(request)));
    const read = await settings;
    const pinned = read && read.ok ? read.value.pinnedGuideIds : [];
    const guidesOf = (found: SourceAnswer[]): GuideResult[] => this.toPage({ ...EMPTY_SEARCH, vertical: 'guides' }, ctx, found, false).items.filter((i): i is GuideResult => i.kind === 'guide');
    const guides = guidesOf(answers);
    // A guide pinned in Min sida (which offers the newest 500) past the window: asked by its id, one more search request.
    const missing = pinned.map(key => key.toLowerCase()).filter(key => !guides.some(g => g.pinKey === key));
    const pinnedRequest = missing.length > 0 ? planPinnedGuides(requests, missing) : null;
    const more = pinnedRequest ? guidesOf([await this.send(pinnedRequest)]) : [];
    return startPageGuides(guides.concat(more.filter(g => !guides.some(known => known.pinKey === g.pinKey))), pinned, count);
  }

  /**
   * One searchRequest. The requests asked at the same moment go out together in one $batch (the
   * coalescer), each answered and failing on its own, so a failed source leaves the others.
   */
  private async send(request: PlannedRequest): Promise<SourceAnswer> {
    try {
      const responses = await this.deps.batch.run(searchCall(this.deps.graph, [toGraphRequest(request)]));
      return { request, ok: true, response: responses[0] };
    } catch (error) {
      return { request, ok: false, code: failureCodeOf(error) };
    }
  }

  private toPage(state: SearchState, ctx: Context, answers: SourceAnswer[], isNextPage: boolean): SearchPage {
    const counts = {} as Record<SearchVertical, number>;
    for (const v of SEARCH_VERTICALS) {
      counts[v] = 0;
    }
    const bySource: Partial<Record<SearchSource, SearchResultItem[]>> = {};
    const refiners: Partial<Record<RefinerKey, Map<string, number>>> = {};
    const failures: SearchPage['failures'] = [];
    const next: SearchCursor = {};
    let spelling: SearchPage['spelling'];
    const refinersSet = state.refiners.municipality && state.refiners.municipality.length > 0;

    for (const answer of answers) {
      const { request } = answer;
      if (!answer.ok || !answer.response) {
        for (const source of request.sources) {
          const vertical = SOURCE_VERTICAL[source];
          if (!failures.some(f => f.source === vertical)) {
            failures.push({ source: vertical, code: answer.code || 'unknown' });
          }
        }
        continue;
      }
      const container = answer.response.hitsContainers ? answer.response.hitsContainers[0] : undefined;
      const hits: GraphHit[] = container && container.hits ? container.hits : [];
      const total = container && typeof container.total === 'number' ? container.total : hits.length;
      const aggregations = container && container.aggregations ? container.aggregations : [];
      if (request.classCounts) {
        // Several SharePoint sources: each counted in its contentclass bucket.
        const byClass = aggregations.find(a => (a.field || '').toLowerCase() === CONTENT_CLASS.toLowerCase());
        for (const bucket of byClass && byClass.buckets ? byClass.buckets : []) {
          const source = sourceOfContentClass(bucket.key);
          if (source && request.sources.indexOf(source) >= 0) {
            counts[SOURCE_VERTICAL[source]] += bucket.count || 0;
          }
        }
      } else {
        counts[SOURCE_VERTICAL[request.sources[0]]] += total;
      }
      if (request.shown) {
        for (const hit of hits) {
          const source = request.sources.length === 1 ? request.sources[0] : sharePointSourceOf(hit, ctx.guideListUrl);
          const item = this.itemOf(source, hit, ctx.sites, request.sources.length > 1);
          const visible = item.kind === 'page' ? isVisibleTo({ audienceIds: item.audienceIds }, ctx.groups)
            : item.kind === 'guide' && !refinersSet ? isGuideForUser(item, ctx.municipalityIds) : true;
          if (visible) {
            (bySource[source] = bySource[source] || []).push(item);
          }
        }
        if (container && container.moreResultsAvailable && request.source !== 'counts') {
          next[request.source] = request.from + hits.length;
        }
      }
      for (const plan of request.aggregations) {
        const aggregation = aggregations.find(a => (a.field || '').toLowerCase() === plan.field.toLowerCase());
        if (!aggregation || !aggregation.buckets) {
          continue;
        }
        const values = refiners[plan.refiner] || new Map<string, number>();
        refiners[plan.refiner] = values;
        aggregation.buckets.forEach((bucket, i) => {
          const key = plan.ranges ? rangeKeyOf(plan.ranges, bucket.aggregationFilterToken, i)
            : plan.field === SITE_REFINER && bucket.key ? siteRefinerValue(bucket.key, ctx.tenantUrl) : bucket.key;
          if (key) {
            values.set(key, (values.get(key) || 0) + (bucket.count || 0));
          }
        });
      }
      const alteration = answer.response.queryAlterationResponse;
      // Did-you-mean comes from the one request that asked the speller.
      if (!spelling && request.spelling && alteration && alteration.queryAlteration && alteration.queryAlteration.alteredQueryTokens) {
        const tokens = alteration.queryAlteration.alteredQueryTokens.map(t => ({ offset: t.offset || 0, length: t.length || 0, suggestion: t.suggestion || '' }));
        const suggestion = spellingSuggestion(state.text, request.queryString, tokens);
        if (suggestion) {
          spelling = { suggestion, applied: (alteration.queryAlterationType || '').toLowerCase() === 'modification' };
        }
      }
    }
    counts.all = counts.pages + counts.documents + counts.guides + counts.people;

    const content: SearchResultItem[][] = (['guideList', 'guideConnector', 'pages', 'documents'] as ContentSource[])
      .map(s => bySource[s] || [])
      .filter(list => list.length > 0);
    const people = (bySource.people || []) as PersonResult[];
    const refinerBuckets: SearchPage['refiners'] = {};
    for (const key of Object.keys(refiners) as RefinerKey[]) {
      const buckets: RefinerBucket[] = [];
      refiners[key]!.forEach((count, value) => {
        if (count > 0) {
          const site = key === 'municipality' && value.charAt(0) === '/' ? siteTitleOf(ctx.sites, `${ctx.tenantUrl}${value}`) : undefined;
          buckets.push(site ? { value, count, label: site } : { value, count });
        }
      });
      refinerBuckets[key] = key === 'modified' ? buckets : buckets.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'sv'));
    }
    const nextCursor = Object.keys(next).length > 0 ? encodeCursor(next) : undefined;
    return {
      state,
      counts,
      items: state.vertical === 'people' ? people : interleaveResults(content),
      // Allt: the searcher's own municipality first, each part in the search's relevance order.
      people: state.vertical === 'all' && !isNextPage ? rankPeople(people, ctx.own) : [],
      refiners: refinerBuckets,
      spelling,
      nextCursor,
      failures
    };
  }

  /** A hit as a result of its source; a document that came as a list item is read from its managed properties. */
  private itemOf(source: SearchSource, hit: GraphHit, sites: readonly KnownSite[], asListItem: boolean = false): SearchResultItem {
    switch (source) {
      case 'people':
        return personOf(hit);
      case 'pages':
        return pageOf(hit);
      case 'documents':
        return asListItem ? listDocumentOf(hit, sites) : documentOf(hit, sites);
      case 'guideList':
        return listGuideOf(hit, this.deps.tenantUrl);
      case 'guideConnector':
        return connectorGuideOf(hit, this.deps.tenantUrl);
    }
  }

  /** Three small search requests in one $batch: the guide list, the connector and people. */
  public async suggest(text: string): Promise<SearchSuggestion[]> {
    const typed = kqlSearchText(text);
    if (typed === null || text.trim().length < 2) {
      return [];
    }
    const ctx = await this.context();
    const state: SearchState = { text, vertical: 'guides', refiners: {} };
    const guideRequests = planSearch(state, { ...ctx, pageSize: 4 })
      .filter(r => r.source === 'guideList' || r.source === 'guideConnector')
      .map((r): PlannedRequest => ({ ...r, fields: r.fields.filter(f => !/^steps$/i.test(f)), aggregations: [], spelling: false }));
    const peopleRequest: PlannedRequest = {
      source: 'people', sources: ['people'], shown: true, classCounts: false, entityTypes: ['person'], queryString: typed, from: 0, size: 4, fields: [], aggregations: [], spelling: false
    };
    const answers = await Promise.all(guideRequests.concat([peopleRequest]).map(request => this.send(request)));
    const guides: GuideResult[][] = [];
    let people: PersonResult[] = [];
    for (const answer of answers) {
      const container = answer.ok && answer.response && answer.response.hitsContainers ? answer.response.hitsContainers[0] : undefined;
      const hits: GraphHit[] = container && container.hits ? container.hits : [];
      if (answer.request.source === 'people') {
        people = hits.map(personOf);
      } else {
        guides.push(hits.map(h => this.itemOf(answer.request.sources[0], h, ctx.sites) as GuideResult).filter(g => isGuideForUser(g, ctx.municipalityIds)));
      }
    }
    const guideSuggestions: SearchSuggestion[] = interleaveResults(guides).slice(0, 4).map(g => ({ kind: 'guide', title: g.title, detail: g.category, item: g }));
    const peopleSuggestions: SearchSuggestion[] = people.slice(0, 4).map(p => ({ kind: 'person', title: p.displayName, detail: [p.jobTitle, p.municipality].filter(Boolean).join(', '), item: p }));
    return guideSuggestions.concat(peopleSuggestions);
  }

  public async getGuideSteps(guide: GuideResult): Promise<GuideStep[]> {
    if (guide.steps) {
      return guide.steps;
    }
    if (guide.source !== 'list' || !guide.listItemId) {
      return [];
    }
    const config = await this.deps.tenantConfig.getConfig();
    const list = this.deps.sp(config.sharedSite.path).web.lists.getByTitle(GUIDE_LIST_TITLE);
    const item = await list.items.getById(guide.listItemId)
      .select('Id', 'Title', 'SamverkaGuideSteps', GUIDE_STATUS_FIELD)() as { SamverkaGuideSteps?: string; SamverkaGuideStatus?: string | null };
    // A draft is for those who may edit the list (the guide editor); to a reader it does not
    // exist: the viewer's "not found", as a link to a guide that was deleted. Asked only for a draft.
    if (item.SamverkaGuideStatus === GUIDE_DRAFT) {
      const permissions = await SPQueryable(list, 'EffectiveBasePermissions')() as BasePermissions;
      if (!canEditItems(permissions)) {
        throw Object.assign(new Error('The guide is a draft.'), { status: 404 });
      }
    }
    const tenantUrl = this.deps.tenantUrl.replace(/\/+$/, '');
    return parseGuideSteps(item.SamverkaGuideSteps).map(step => {
      const absolute = (url: string): string => (url.indexOf('/') === 0 ? `${tenantUrl}${url}` : url);
      return {
        ...step,
        image: step.image ? { ...step.image, url: absolute(step.image.url) } : undefined,
        video: step.video ? { ...step.video, url: absolute(step.video.url), captionsUrl: step.video.captionsUrl ? absolute(step.video.captionsUrl) : undefined } : undefined
      };
    });
  }

  /** Each photo once per session; 404 (no photo) and failures alike give initials. */
  public getPhotoUrl(personId: string): Promise<string | undefined> {
    let photo = this.photos.get(personId);
    if (!photo) {
      photo = this.loadPhoto(personId);
      this.photos.set(personId, photo);
    }
    return photo;
  }

  private async loadPhoto(personId: string): Promise<string | undefined> {
    const path = `users/${encodeURIComponent(personId)}/photo/$value`;
    const direct = async (): Promise<string | undefined> => {
      const blob = await this.deps.graph.at(path).using(BlobParse())() as Blob;
      return typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : undefined;
    };
    // The photos of a page of people are asked at once: one batch, not a request each.
    const call: GraphCall<string | undefined> = {
      requests: [{ id: 'photo', method: 'GET', url: `/${path}` }],
      direct,
      read: answers => photoUrlOf(answers.photo)
    };
    try {
      return await this.deps.batch.run(call);
    } catch {
      return undefined;
    }
  }
}

/** A photo answered in a JSON batch: Graph sends the image base64-encoded, with its content type. */
export function photoUrlOf(answer: GraphBatchResponse | undefined): string | undefined {
  if (!answer || answer.status !== 200 || typeof answer.body !== 'string' || typeof atob !== 'function' ||
    typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') {
    return undefined;
  }
  const type = header(answer.headers, 'Content-Type') || 'image/jpeg';
  if (!/^image\/[\w.+-]+$/i.test(type)) {
    return undefined;
  }
  try {
    const bytes = atob(answer.body.replace(/\s+/g, ''));
    const buffer = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      buffer[i] = bytes.charCodeAt(i);
    }
    // A blob URL, as for a photo fetched alone.
    return URL.createObjectURL(new Blob([buffer], { type }));
  } catch {
    return undefined;
  }
}

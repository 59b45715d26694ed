import type { TenantConfig } from '../src/core/municipality';
import type { CurrentUser } from '../src/core/ports';
import type { NewsItem } from '../src/core/news';
import { resolveNewsSources } from '../src/components/news/newsSources';
import { departmentGroupIds } from '../src/core/dashboardRules';
import { membershipsOf } from '../src/core/membership';
import { failureCodeOf } from '../src/core/failures';
import { GuideResult, PersonResult, SEARCH_VERTICALS, SearchState } from '../src/core/search';
import type { BorrowCandidate } from '../src/core/borrow';
import type { ReusePage } from '../src/core/reuse';
import type { Connection } from '../src/services/connection';
import { MemoryStorage } from '../src/services/sessionCache';
import { BaseOptions, baseOf } from '../src/wiring/base';
import { sendGraphBatch } from '../src/services/graphBatch';
import { readGroupMembers, SendMemberBatch } from '../src/services/groupMembers';
import * as contentHealthWiring from '../src/wiring/contentHealth';
import * as mustReadReportWiring from '../src/wiring/mustReadReport';
import * as dashboardWiring from '../src/wiring/dashboard';
import * as newsWiring from '../src/wiring/news';
import * as reuseWiring from '../src/wiring/reuse';
import * as searchWiring from '../src/wiring/search';
import type { FetchFunction, RetryPolicy } from '../src/services/retry';
import { describeExchange, Exchange, finalExchanges, RequestRecorder } from './requestRecorder';
import { WriteTarget, writeSteps } from './checkTenantWrites';

/**
 * The tenant check: every read the five web parts make on first render and on their main
 * actions, run through the product's own services (wired as the web parts wire them, src/wiring) as the
 * user whose tokens are given, each step judged by what the service returned and by every HTTP
 * answer it got (see RequestRecorder).
 */

/** An answer a step expects now and then, and is not a failure: why it is normal. */
export interface ExpectedAnswer {
  status: number;
  path: RegExp;
  why: string;
}

export interface StepResult {
  /** Failures the service reported in its result (a section, a source) rather than threw. */
  problems?: string[];
  /** Why the step did not run (what it needs was not found): counted apart, not as a failure. */
  skipped?: string;
}

export interface CheckStep {
  name: string;
  run(): Promise<StepResult | void>;
  expected?: ExpectedAnswer[];
}

export interface StepReport {
  name: string;
  /** The HTTP statuses of the step's answers ("200", "200 404"); those that failed it when it failed. */
  status: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** "ok", why it failed, or why it was skipped. */
  reason: string;
  ms: number;
}

export interface CheckTarget {
  /** Scheme and host of SharePoint, no trailing slash. */
  tenantUrl: string;
  /** Graph's version root. */
  graphUrl: string;
  spToken: string;
  graphToken: string;
  /** The words searched for in Sök. */
  searchText: string;
  /** Sök's guide connector (the web part property), when the tenant has one. */
  guideConnectionId?: string;
  /** Replaces fetch (tests); the recorder wraps it. */
  fetch?: FetchFunction;
  retry?: Partial<RetryPolicy>;
  now?: () => Date;
  /** `--write-site`: also try the writes there, and remove what they made. */
  write?: WriteTarget;
}

/** A settings extension the user never saved is a 404 (Graph open extensions): Min sida starts with defaults. */
const NO_SETTINGS_YET: ExpectedAnswer = { status: 404, path: /\/me\/extensions\//i, why: 'no settings saved yet' };
/**
 * The editors' summary of read confirmations (src/core/confirmationSummary.ts): 404 before an editors'
 * view has written one, or for someone setup gives no level on its library (the view then reads the list).
 */
const NO_SUMMARY: ExpectedAnswer = { status: 404, path: /\/sammanstallning\.json'?\)?(\/\$value)?$/i, why: 'no editors\' summary yet (its content and its ETag), or not the user\'s to open' };
/** A person without a photo: Graph answers 404 and Sök shows initials. */
const NO_PHOTO: ExpectedAnswer = { status: 404, path: /\/photo\/\$value$/i, why: 'no photo' };
/**
 * Sites the user cannot read: effective permissions answer 401/403 and the web parts leave those
 * sites out (content health, reuse), as they do on a page.
 */
const SITE_NOT_THEIRS: ExpectedAnswer[] = [401, 403].map(status => ({ status, path: /\/getusereffectivepermissions|\/effectivebasepermissions/i, why: 'a site the user cannot read' }));
/** Content health asks each site's Site Pages list for the permissions on it (and its item count): the same answer, from the list. */
const PAGES_NOT_THEIRS: ExpectedAnswer[] = SITE_NOT_THEIRS.concat([401, 403].map(status => ({
  status, path: /\/_api\/web\/lists\/getbytitle\('site pages'\)$/i, why: 'a site the user cannot read'
})));

/** A step that cannot run because an earlier one found nothing or failed: skipped, saying which. */
export class MissingPrerequisite extends Error {
  public constructor(what: string) {
    super(what);
    this.name = 'MissingPrerequisite';
  }
}

/** The connection of one web part on a page of its own: a fresh session, so its first render is a first render. */
export function pageFor(target: CheckTarget, recorder: RequestRecorder): { connection: Connection; options: BaseOptions } {
  const connection: Connection = {
    kind: 'local', baseUrl: target.tenantUrl, token: target.spToken, storage: new MemoryStorage(),
    graphUrl: target.graphUrl, graphToken: target.graphToken
  };
  return { connection, options: { fetch: recorder.fetch, retry: target.retry, now: target.now } };
}

/** What the reads found, for the steps after them (and the writes). */
export interface CheckFindings {
  config?: TenantConfig;
  user?: CurrentUser;
  newsQuery?: { sitePaths: string[]; audienceGroupIds: string[] };
  newsCursor?: string;
  /** The first page of Targeted news: sources for a news link. */
  newsItems?: NewsItem[];
  guide?: GuideResult;
  person?: PersonResult;
  failedVerticals: string[];
  ownId?: string;
  otherId?: string;
  recent?: ReusePage[];
  candidate?: BorrowCandidate;
  /** Whether the search for pages to borrow answered (with or without pages). */
  browsed?: boolean;
}

/**
 * The editors' view reads a group over 999 people in parts, each a range of userPrincipalName
 * (src/core/memberParts.ts). A test tenant's groups are rarely that large, so this reads one
 * group whole and then in four parts as if it were, and says what differs: the `$filter`s must
 * be accepted and the parts must hold the group's people, each once.
 */
async function partsCoverGroup(send: SendMemberBatch, groupId: string): Promise<string[]> {
  const whole = await readGroupMembers(send, [groupId]);
  const problems = whole.failed.map(f => `the group whole: ${f.status}`);
  const size = whole.members[groupId].length;
  if (problems.length > 0 || size < 2) {
    return problems;
  }
  const parts = await readGroupMembers(send, [groupId], { sizes: { [groupId]: size }, paging: { partTarget: Math.ceil(size / 4), pageSize: Math.ceil(size / 2) } });
  problems.push(...parts.failed.map(f => `a part: ${f.status}`));
  const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map(m => m.id.toLowerCase()).sort();
  const inParts = ids(parts.members[groupId]);
  const expected = ids(whole.members[groupId]);
  if (problems.length === 0 && inParts.join() !== expected.join()) {
    const missing = expected.filter(id => inParts.indexOf(id) < 0).length;
    problems.push(`the parts hold ${inParts.length} people, the group ${expected.length}, ${missing} of its people in no part`);
  }
  return problems;
}

/** The steps, in the order a user meets them; later steps use what earlier ones found. */
export function checkSteps(target: CheckTarget, recorder: RequestRecorder, found: CheckFindings = { failedVerticals: [] }): CheckStep[] {
  const now = target.now || (() => new Date());

  // Each web part as it is wired on its own page.
  const onPage = <T>(wire: (connection: Connection, options: BaseOptions) => T): T => {
    const page = pageFor(target, recorder);
    return wire(page.connection, page.options);
  };
  const news = onPage((connection, options) => newsWiring.wire(connection, {}, options));
  const dashboard = onPage((connection, options) => dashboardWiring.wire(connection, options)).services.dashboard;
  const search = onPage((connection, options) => searchWiring.wire(connection, { pageSize: 10, guideConnectionId: target.guideConnectionId }, options)).search;
  const contentHealth = onPage(contentHealthWiring.wire).service;
  // Read only: the editors' summary is read, never written (a check changes nothing without --write-site).
  const mustReadReport = onPage((connection, options) => mustReadReportWiring.wire(connection, options, { keepSummary: false }));
  const { service: reuse, borrow } = onPage(reuseWiring.wire);
  const memberBatch = onPage((connection, options): SendMemberBatch => {
    const base = baseOf(connection, options);
    return requests => sendGraphBatch(base.graph, requests, base.retryPolicy);
  });

  const needConfig = (): TenantConfig => {
    if (!found.config) {
      throw new MissingPrerequisite('it needs the configuration, which failed');
    }
    return found.config;
  };
  const needUser = (): CurrentUser => {
    if (!found.user) {
      throw new MissingPrerequisite('it needs the user\'s profile and groups, which failed');
    }
    return found.user;
  };
  const needOwn = (): string => {
    if (!found.ownId) {
      throw new MissingPrerequisite('it needs the user\'s municipality, which the permissions step did not find');
    }
    return found.ownId;
  };
  const searchState = (vertical: SearchState['vertical']): SearchState => ({ text: target.searchText, vertical, refiners: {} });

  const steps: CheckStep[] = [
    {
      name: 'Configuration: tenant property Samverka.TenantConfig',
      run: async () => { found.config = await news.tenantConfig.getConfig(); }
    },
    {
      name: 'User: profile and groups (Graph /me)',
      run: async () => { found.user = await news.userContext.getCurrentUser(); }
    },
    {
      name: 'Targeted news: first page (search)',
      run: async () => {
        const config = needConfig();
        const user = needUser();
        const sources = resolveNewsSources(config, user, []).sources;
        found.newsQuery = { sitePaths: sources.map(s => s.sitePath), audienceGroupIds: user.groupIds };
        const page = await news.news.getNews({ ...found.newsQuery, pageSize: 9 });
        found.newsCursor = page.nextCursor;
        found.newsItems = page.items;
        return { problems: page.failures.map(f => `${f.sitePath}: ${f.code}`) };
      }
    },
    {
      name: 'Targeted news: Visa fler (search)',
      run: async () => {
        if (!found.newsQuery) {
          throw new MissingPrerequisite('it needs the first page, which failed');
        }
        if (!found.newsCursor) {
          return { skipped: 'the first page has no more' };
        }
        const page = await news.news.getNews({ ...found.newsQuery, pageSize: 9, cursor: found.newsCursor });
        return { problems: page.failures.map(f => `${f.sitePath}: ${f.code}`) };
      }
    },
    {
      name: 'Min sida: first render (Graph $batch of profile, groups, calendar, settings and documents (search); guide list (SharePoint))',
      expected: [NO_SETTINGS_YET],
      run: async () => {
        const data = await dashboard.load({ calendarDays: 3, documentCount: 6, guideCount: 6, now: now() });
        const sections: Array<[string, { ok: boolean; code?: string } | null]> = [
          ['profile', data.profile], ['calendar', data.calendar], ['documents', data.documents], ['settings', data.settings], ['guides', data.guides]
        ];
        return { problems: sections.filter(([, s]) => s && !s.ok).map(([name, s]) => `${name}: ${(s as { code: string }).code}`) };
      }
    },
    {
      name: 'Min sida: news of förvaltning and unit (search)',
      run: async () => {
        const config = needConfig();
        const user = needUser();
        const municipality = membershipsOf(config, user).municipalities[0];
        if (!municipality) {
          return { skipped: 'the user works for no configured municipality' };
        }
        const result = await dashboard.getNews({
          sitePaths: [municipality.hubPath, config.sharedSite.path], audienceGroupIds: departmentGroupIds(config, user.groupIds), count: 5
        });
        return { problems: result.ok ? [] : [`news: ${result.code}`] };
      }
    },
    ...SEARCH_VERTICALS.map((vertical): CheckStep => ({
      name: `Sök: ${vertical} (search)`,
      run: async () => {
        const page = await search.search(searchState(vertical));
        if (vertical === 'guides') {
          found.guide = page.items.filter((i): i is GuideResult => i.kind === 'guide' && i.source === 'list')[0];
        }
        if (vertical === 'people') {
          found.person = page.items.filter((i): i is PersonResult => i.kind === 'person')[0];
        }
        if (page.failures.length > 0) {
          found.failedVerticals.push(vertical);
        }
        return { problems: page.failures.map(f => `${f.source}: ${f.code}`) };
      }
    })),
    {
      name: 'Sök: suggestions while typing (search)',
      run: async () => { await search.suggest(target.searchText.slice(0, 4)); }
    },
    {
      name: 'Sök: a guide\'s steps (list)',
      run: async () => {
        if (!found.guide) {
          return { skipped: found.failedVerticals.indexOf('guides') >= 0 ? 'it needs a guide from Sök: guides, which failed' : `no guide from the guide list matches "${target.searchText}"` };
        }
        await search.getGuideSteps(found.guide);
        return undefined;
      }
    },
    {
      name: 'Sök: a person\'s photo (Graph)',
      expected: [NO_PHOTO],
      run: async () => {
        // A person Sök found, or else the user: Sök asks photos by the id of the person in a hit.
        const id = found.person ? found.person.id : found.user ? found.user.id : undefined;
        if (!id) {
          return { skipped: 'no person found' };
        }
        await search.getPhotoUrl(id);
        return undefined;
      }
    },
    {
      name: 'Städa innehåll: report (permissions, pages, guides, owners)',
      expected: PAGES_NOT_THEIRS,
      run: async () => {
        const report = await contentHealth.getReport();
        return { problems: report.failures.map(f => `${f.sitePath} ${f.source}: ${f.code}`) };
      }
    },
    {
      name: 'Städa innehåll: Läsbekräftelser (permissions, must-read news, audiences, members, confirmations after the editors\' summary)',
      expected: PAGES_NOT_THEIRS.concat(NO_SUMMARY),
      run: async () => {
        const overview = await mustReadReport.getOverview();
        return { problems: overview.failures.map(f => `${f.source}${f.pageKey ? ` ${f.pageKey}` : ''}: ${f.code}`) };
      }
    },
    {
      name: 'Läsbekräftelser: an all-staff group read in parts (userPrincipalName ranges) is the group read whole',
      run: async () => ({ problems: await partsCoverGroup(memberBatch, needConfig().municipalities[0].groups.allStaff) })
    },
    {
      name: 'Samverka: hubs the user may publish in (permissions)',
      expected: SITE_NOT_THEIRS,
      run: async () => {
        const editorOf = await reuse.editorMunicipalities();
        const config = needConfig();
        const user = needUser();
        const own = editorOf[0] || (membershipsOf(config, user).municipalities[0] || config.municipalities[0]).id;
        found.ownId = own;
        const other = config.municipalities.filter(m => m.id !== own)[0];
        found.otherId = other ? other.id : undefined;
      }
    },
    {
      name: 'Samverka: offers to the user\'s municipality (list)',
      run: async () => {
        await reuse.listOffers(needOwn());
        return undefined;
      }
    },
    {
      name: 'Samverka: the hub\'s recent news (Site Pages)',
      run: async () => {
        found.recent = await reuse.recentNews(needOwn());
        return undefined;
      }
    },
    {
      name: 'Samverka: who a news page reaches (Site Pages, Graph counts)',
      run: async () => {
        const page = found.recent && found.recent[0];
        if (!page) {
          return { skipped: 'the hub has no news of its own' };
        }
        await reuse.pageAudience(page.url);
        return undefined;
      }
    },
    {
      name: 'Samverka: audience reach in another municipality (Graph counts)',
      run: async () => {
        needOwn();
        if (!found.otherId) {
          return { skipped: 'only one municipality is configured' };
        }
        await reuse.audienceReach(found.otherId, { kind: 'allStaff' });
        return undefined;
      }
    },
    {
      name: 'Samverka: feed preview for that audience (search)',
      run: async () => {
        needOwn();
        if (!found.otherId) {
          return { skipped: 'only one municipality is configured' };
        }
        await reuse.previewFeed(found.otherId, { kind: 'allStaff' });
        return undefined;
      }
    },
    {
      name: 'Samverka: pages to borrow (search)',
      run: async () => {
        found.candidate = (await borrow.browse(needOwn(), { municipalityIds: [] }))[0];
        found.browsed = true;
        return undefined;
      }
    },
    {
      name: 'Samverka: preview of a page to borrow (Site Pages)',
      run: async () => {
        if (!found.candidate) {
          return { skipped: found.browsed ? 'no page of another municipality found' : 'it needs Samverka: pages to borrow, which failed' };
        }
        await borrow.preview(found.candidate.url);
        return undefined;
      }
    },
    {
      name: 'Samverka: borrowed copies whose source changed (Site Pages)',
      run: async () => {
        await borrow.changedCopies(needOwn());
        return undefined;
      }
    }
  ];
  return steps;
}

/** Runs one step and judges it: what it threw, what it reported, and every answer that was not expected. */
export async function runStep(step: CheckStep, recorder: RequestRecorder): Promise<StepReport> {
  recorder.take();
  const started = Date.now();
  let result: StepResult | void = undefined;
  let thrown: string | undefined;
  try {
    result = await step.run();
  } catch (error) {
    if (error instanceof MissingPrerequisite) {
      result = { skipped: error.message };
    } else {
      const code = failureCodeOf(error);
      const own = (error as { code?: unknown }).code;
      thrown = code !== 'unknown' ? code : typeof own === 'string' ? own : `failed (${(error as { name?: string }).name || 'error'})`;
    }
  }
  const ms = Date.now() - started;
  const answers = finalExchanges(recorder.take());
  const isExpected = (e: Exchange): boolean => (step.expected || []).some(x => x.status === e.status && x.path.test(e.shown));
  const unexpected = answers.filter(e => (e.status < 200 || e.status >= 300) && !isExpected(e));
  const problems = (result && result.problems) || [];
  const statuses = (list: Exchange[]): string => Array.from(new Set(list.map(e => String(e.status)))).sort().join(' ') || '-';
  if (!thrown && unexpected.length === 0 && problems.length === 0) {
    const skipped = result && result.skipped;
    return { name: step.name, status: statuses(answers), outcome: skipped ? 'skipped' : 'passed', reason: skipped ? `skipped: ${skipped}` : 'ok', ms };
  }
  const reasons: string[] = [];
  if (unexpected.length > 0) {
    reasons.push(`${failureCodeOf({ status: unexpected[0].status })}: ${describeExchange(unexpected[0])}${unexpected.length > 1 ? ` (+${unexpected.length - 1} more)` : ''}`);
  }
  if (thrown && (unexpected.length === 0 || thrown !== failureCodeOf({ status: unexpected[0].status }))) {
    reasons.push(thrown);
  }
  reasons.push(...problems);
  return { name: step.name, status: statuses(unexpected.length > 0 ? unexpected : answers), outcome: 'failed', reason: reasons.join('; '), ms };
}

export interface CheckReport {
  steps: StepReport[];
  passed: number;
  failed: number;
  skipped: number;
}

export async function runCheck(target: CheckTarget, onStep?: (report: StepReport) => void): Promise<CheckReport> {
  const recorder = new RequestRecorder(target.tenantUrl, target.graphUrl, target.fetch);
  const reports: StepReport[] = [];
  const found: CheckFindings = { failedVerticals: [] };
  const steps = checkSteps(target, recorder, found);
  if (target.write) {
    steps.push(...writeSteps(target, target.write, pageFor(target, recorder), found));
  }
  for (const step of steps) {
    const report = await runStep(step, recorder);
    reports.push(report);
    if (onStep) {
      onStep(report);
    }
  }
  return {
    steps: reports,
    passed: reports.filter(r => r.outcome === 'passed').length,
    failed: reports.filter(r => r.outcome === 'failed').length,
    skipped: reports.filter(r => r.outcome === 'skipped').length
  };
}

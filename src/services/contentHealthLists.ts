import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { InjectHeaders, JSONParse } from '@pnp/queryable';
import { SPCollection, type ISPQueryable } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import { ContentKind, ContentOwner, ContentRecord, userPrincipalNameOfLogin } from '../core/contentHealth';
import type { ContentHealthSite } from '../core/contentHealthPorts';
import { failureCodeOf } from '../core/failures';
import { GUIDE_DRAFT, GUIDE_STATUS_FIELD } from '../core/guideStatus';
import { canonicalPageUrl } from './newsMapping';
import { retryDelay, type RetryPolicy } from './retry';

/**
 * Content health's reading of a site: its pages and news (and on the shared site its guides),
 * every item of lists past the list view threshold, and the records the report assesses.
 */

/** The list of pages and news on every site, and the guide list of the shared site. */
export const SITE_PAGES_LIST = 'Site Pages';
export const GUIDE_LIST = 'Guider';

/**
 * Fields the report reads of every item (REST names): only what it assesses and shows, since a
 * hub holds thousands. Modified is always set (SharePoint keeps it), so Created is not read; the
 * owner's login names them for Graph, which also gives their address (the `mail` of the account).
 */
export const CONTENT_HEALTH_SELECT = ['Id', 'Title', 'FileRef', 'Modified', 'SamverkaReviewDate', 'SamverkaOwner/Title', 'SamverkaOwner/Name'];
const PAGE_SELECT = CONTENT_HEALTH_SELECT.concat(['PromotedState', 'OData__UIVersionString']);
const GUIDE_SELECT = CONTENT_HEALTH_SELECT.concat([GUIDE_STATUS_FIELD]);
/** SharePoint answers at most 5,000 items a request (and refuses a larger `$top` on a list past the list view threshold). */
const PAGE_SIZE = 5000;
/** Pages added between the count and the read still let the first 5,000 and the last ones meet. */
const TAIL_MARGIN = 100;
/**
 * JSON without metadata: the values alone, without the type, id, etag and edit link SharePoint
 * otherwise writes beside every item and every expanded owner (half of what a hub's pages weigh).
 * Paging still comes as `odata.nextLink`. OData 3 JSON light, as PnPjs asks: it sends no
 * `odata-version: 4.0` (with which SharePoint would want `odata.metadata=none`).
 */
const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

interface RawItem {
  Id?: number;
  Title?: string;
  FileRef?: string;
  Modified?: string;
  SamverkaReviewDate?: string | null;
  SamverkaOwner?: { Title?: string; Name?: string } | null;
  PromotedState?: number;
  OData__UIVersionString?: string;
  SamverkaGuideStatus?: string | null;
}

export interface ListRead {
  items: RawItem[];
  /** Failure code when the list could not be read. */
  failure: string | null;
}

export interface SiteRead {
  pages: ListRead;
  /** The shared site's guides; null elsewhere. */
  guides: ListRead | null;
}

type RawPage = ListPage<RawItem>;

type Settled<T> = { page: T; failure: null } | { page: null; failure: string };

/**
 * A site's pages (and on the shared site its guides) in one step: one request, or one
 * SharePoint $batch when there is more to ask of the site. Pages past the first 5,000 come
 * in the same batch, the last ones by ID from the top (`$orderby=ID desc`, ID being indexed):
 * where the two meet, every page has been read. Where they do not (more than 10,000 pages,
 * or pages added between the count and the read), the rest is read page by page.
 */
export async function readSite(sp: SPFI, pageCount: number, shared: boolean, policy: RetryPolicy): Promise<SiteRead> {
  const tailSize = pageCount > PAGE_SIZE ? Math.min(PAGE_SIZE, pageCount - PAGE_SIZE + TAIL_MARGIN) : 0;
  const pages = (sp: SPFI): IItems => sp.web.lists.getByTitle(SITE_PAGES_LIST).items.select(...PAGE_SELECT).expand('SamverkaOwner');
  const queries: Array<(sp: SPFI) => ISPQueryable> = [sp => pages(sp).top(PAGE_SIZE)];
  if (tailSize > 0) {
    queries.push(sp => pages(sp).orderBy('ID', false).top(tailSize));
  }
  if (shared) {
    queries.push(sp => sp.web.lists.getByTitle(GUIDE_LIST).items.select(...GUIDE_SELECT).expand('SamverkaOwner').top(PAGE_SIZE));
  }
  const answers = await readFirstPages(sp, queries, policy);
  const tail = tailSize > 0 ? answers[1] : null;
  return {
    pages: await complete(sp, answers[0], tail && tail.page ? tail.page.value : []),
    guides: shared ? await complete(sp, answers[answers.length - 1], []) : null
  };
}

/**
 * First pages of a site's lists: one request, or one $batch for several. A request the batch
 * answered with 429 or 503 is asked again alone after its Retry-After (then the client's retry
 * policy goes on); a batch that fails as a whole fails each of its requests.
 */
async function readFirstPages(sp: SPFI, queries: Array<(sp: SPFI) => ISPQueryable>, policy: RetryPolicy): Promise<Array<Settled<RawPage>>> {
  if (queries.length === 1) {
    return [await settle(rawPage(queries[0](sp)))];
  }
  const [batched, execute] = sp.batched();
  const answers = queries.map(query => rawPage(query(batched)).then(
    page => ({ page, error: null as unknown }), (error: unknown) => ({ page: null, error })));
  let batchFailure: string | null = null;
  await execute().catch(error => { batchFailure = failureCodeOf(error); });
  const failed = batchFailure;
  if (failed !== null) {
    // PnPjs leaves the requests of a failed batch unanswered.
    return queries.map((): Settled<RawPage> => ({ page: null, failure: failed }));
  }
  return Promise.all(answers.map(async (pending, i): Promise<Settled<RawPage>> => {
    const answer = await pending;
    if (answer.page) {
      return { page: answer.page, failure: null };
    }
    const response = answer.error ? (answer.error as { response?: Response }).response : undefined;
    const wait = response ? retryDelay(response.status, response.headers.get('Retry-After'), 1, policy) : null;
    if (wait === null) {
      return { page: null, failure: failureCodeOf(answer.error) };
    }
    await policy.sleep(wait);
    return settle(rawPage(queries[i](sp)));
  }));
}

/** The whole list from its first page and the tail read from the top; a failure code when it cannot be read. */
async function complete(sp: SPFI, first: Settled<RawPage>, tail: RawItem[]): Promise<ListRead> {
  if (!first.page) {
    return { items: [], failure: first.failure };
  }
  try {
    return { items: await wholeList(first.page, tail, link => rawPage(SPCollection([sp.web, link]))), failure: null };
  } catch (error) {
    return { items: [], failure: failureCodeOf(error) };
  }
}

/** The report's records of a site's lists: published pages and news, and published guides. */
export function recordsOf(read: SiteRead, site: ContentHealthSite, tenantUrl: string): ContentRecord[] {
  const records = pageRecords(read.pages.items, site, tenantUrl);
  return read.guides ? records.concat(guideRecords(read.guides.items, site, tenantUrl)) : records;
}

function pageRecords(items: readonly RawItem[], site: ContentHealthSite, tenantUrl: string): ContentRecord[] {
  const records: ContentRecord[] = [];
  for (const raw of items) {
    // A draft (minor version) is not published: it is nobody's stale content.
    if (/^\d+\.[1-9]/.test(raw.OData__UIVersionString || '')) {
      continue;
    }
    const record = recordOf(raw, site, raw.PromotedState === 2 ? 'news' : 'page', SITE_PAGES_LIST, tenantUrl);
    if (record) {
      records.push(record);
    }
  }
  return records;
}

function guideRecords(items: readonly RawItem[], site: ContentHealthSite, tenantUrl: string): ContentRecord[] {
  const records: ContentRecord[] = [];
  for (const raw of items) {
    // A guide still being written (utkast) is not published: nobody's stale content yet.
    if (raw.SamverkaGuideStatus === GUIDE_DRAFT) {
      continue;
    }
    const record = recordOf(raw, site, 'guide', GUIDE_LIST, tenantUrl);
    if (record) {
      records.push(record);
    }
  }
  return records;
}

function recordOf(raw: RawItem, site: ContentHealthSite, kind: ContentKind, listTitle: string, tenantUrl: string): ContentRecord | null {
  if (typeof raw.Id !== 'number') {
    return null;
  }
  const siteUrl = `${tenantUrl}${site.sitePath === '/' ? '' : site.sitePath}`;
  const url = kind === 'guide' || !raw.FileRef
    ? `${siteUrl}/Lists/${encodeURIComponent(listTitle)}/DispForm.aspx?ID=${raw.Id}`
    : canonicalPageUrl(raw.FileRef, tenantUrl);
  return {
    url,
    title: raw.Title || '',
    kind,
    sitePath: site.sitePath,
    municipalityId: site.municipalityId,
    listTitle,
    itemId: raw.Id,
    fileRef: kind === 'guide' ? undefined : raw.FileRef,
    modifiedAt: raw.Modified || undefined,
    reviewDate: raw.SamverkaReviewDate || undefined,
    owner: ownerOf(raw)
  };
}

/** One page of a list, with the link to the next, as JSON without metadata. */
function rawPage(query: ISPQueryable): Promise<RawPage> {
  return query.using(NO_METADATA, JSONParse())<RawPage>().then(page => ({ ...page, value: Array.isArray(page.value) ? page.value : [] }));
}

/** A request's answer or its failure code, never a rejection (batched requests settle together). */
function settle(answer: Promise<RawPage>): Promise<Settled<RawPage>> {
  return answer.then(page => ({ page, failure: null }), (error): Settled<RawPage> => ({ page: null, failure: failureCodeOf(error) }));
}

/** A page of list items as SharePoint sends it: in ID order, with the link to the next page while there is one. */
export interface ListPage<T extends { Id?: number }> {
  value: T[];
  'odata.nextLink'?: string;
}

/**
 * Every item of a list from its first page and its last items by ID (`tail`, read from the top
 * at the same time; may be empty): the pages after the first are read, by their links, only
 * until they reach the lowest ID of the tail. Each item once.
 */
export async function wholeList<T extends { Id?: number }>(
  first: ListPage<T>, tail: readonly T[], nextPage: (link: string) => Promise<ListPage<T>>
): Promise<T[]> {
  const items = first.value.slice();
  const floor = tail.reduce((lowest, item) => Math.min(lowest, typeof item.Id === 'number' ? item.Id : Infinity), Infinity);
  const lastId = (): number => {
    const last = items[items.length - 1];
    return last && typeof last.Id === 'number' ? last.Id : -Infinity;
  };
  let next = first['odata.nextLink'];
  while (next && lastId() < floor) {
    const page = await nextPage(next);
    items.push(...page.value);
    next = page['odata.nextLink'];
  }
  const seen: Record<number, boolean> = {};
  items.forEach(item => {
    if (typeof item.Id === 'number') {
      seen[item.Id] = true;
    }
  });
  return items.concat(tail.filter(item => typeof item.Id === 'number' && !seen[item.Id]));
}

/** The owner as SharePoint names them; their address is the login's until Graph gives the account's mail. */
function ownerOf(raw: RawItem): ContentOwner | undefined {
  const owner = raw.SamverkaOwner;
  const upn = owner ? userPrincipalNameOfLogin(owner.Name || '') : '';
  return owner && upn ? { userPrincipalName: upn, displayName: owner.Title || upn, email: upn } : undefined;
}

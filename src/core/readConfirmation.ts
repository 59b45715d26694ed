import { userPrincipalNameOfLogin } from './contentHealth';

/**
 * Läs och bekräfta: a reader's confirmation that they have read a must-read page, kept as one
 * item of the list "Läsbekräftelser" on the shared site (sharepoint/assets/must-read.xml).
 *
 * An item stores who (its Author, and the same person's UPN in SamverkaReader, which a query can
 * use through an index), which page (SamverkaPageBucket: the page key and a bucket number) and
 * when (Created). Nothing else.
 *
 * The list has item-level permissions (ReadSecurity 2, WriteSecurity 2): a reader sees and may
 * change only the items they created; people whose permission level has "Override List
 * Behaviors" (the editors' level setup gives, CONFIRMATION_REVIEW_ROLE) see all. SharePoint does
 * not let a list with "read only your own items" enforce unique values in a column (a unique
 * check would reveal the items a reader may not see), so "one item per person and page" is kept by
 * the service: it looks for the reader's own item before adding one (readConfirmationService).
 */

export const CONFIRMATION_LIST = 'Läsbekräftelser';
/** The reader's user principal name, lower case. Indexed: a reader's own items are found by it. */
export const READER_FIELD = 'SamverkaReader';
/** `<page key>#<bucket>`. Indexed: an editor reads one page's confirmations bucket by bucket. */
export const PAGE_BUCKET_FIELD = 'SamverkaPageBucket';

/**
 * A page's confirmations are spread over this many buckets by reader, so that each query an
 * editor sends for a page matches at most 5,000 items (SharePoint's list view threshold applies to
 * the first indexed clause of a filter) until a page has about 40,000 confirmations.
 */
export const PAGE_BUCKETS = 8;

/**
 * SharePoint permission levels setup creates on the shared site for the list (SP.BasePermissions,
 * as the Edm.Int64 halves). Readers confirm: Read plus Add Items (0x2), no Edit or Delete, so a
 * confirmation cannot be changed or removed by its reader. Editors review: Read plus Override
 * List Behaviors (Cancel Checkout, 0x100), which lets them read every item of a list with
 * item-level permissions.
 */
export const CONFIRMATION_READER_ROLE = {
  name: 'Samverka – bekräfta läsning',
  description: 'Läsa och lägga till egna läsbekräftelser.',
  basePermissions: { High: '176', Low: '138612835' }
};
export const CONFIRMATION_REVIEW_ROLE = {
  name: 'Samverka – se läsbekräftelser',
  description: 'Läsa alla läsbekräftelser (redaktörer).',
  basePermissions: { High: '176', Low: '138613089' }
};

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
const PAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class ReadConfirmationError extends Error {
  public readonly code: 'invalidPage' | 'noUser';

  public constructor(code: 'invalidPage' | 'noUser', message: string) {
    super(message);
    this.name = 'ReadConfirmationError';
    this.code = code;
  }
}

function guid(value: string, what: string): string {
  const match = GUID.exec(value.trim());
  if (!match) {
    throw new ReadConfirmationError('invalidPage', `Not a GUID for ${what}: "${value}"`);
  }
  return match[1].toLowerCase();
}

/**
 * A page's key: its site collection's id and its list item's UniqueId, `<site id>/<unique id>`,
 * lower case. Both stay when the page is renamed or its title changes, both come with every
 * search hit (SiteId, UniqueId) and with the page's own item, and the key is 73 characters
 * whatever the page's address (an address can pass the 255 characters a text column holds).
 */
export function pageKeyOf(siteId: string, uniqueId: string): string {
  return `${guid(siteId, 'the site id')}/${guid(uniqueId, 'the page\'s unique id')}`;
}

export function isPageKey(value: string): boolean {
  return PAGE_KEY.test(value);
}

function checkedPageKey(pageKey: string): string {
  const key = pageKey.trim().toLowerCase();
  if (!isPageKey(key)) {
    throw new ReadConfirmationError('invalidPage', `Not a page key (<site id>/<unique id>): "${pageKey}"`);
  }
  return key;
}

/** Who, as stored: the user principal name in lower case (a claims login is reduced to it). */
export function readerKeyOf(userPrincipalNameOrLogin: string): string {
  const upn = userPrincipalNameOfLogin(userPrincipalNameOrLogin).toLowerCase();
  if (upn === '') {
    throw new ReadConfirmationError('noUser', 'The signed-in user has no user principal name.');
  }
  return upn;
}

/** The reader's bucket: FNV-1a of the reader key, so the same person always lands in the same one. */
export function bucketOf(readerKey: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < readerKey.length; i++) {
    hash ^= readerKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % PAGE_BUCKETS;
}

export function pageBucketValue(pageKey: string, readerKey: string): string {
  return `${checkedPageKey(pageKey)}#${bucketOf(readerKey)}`;
}

/** Every bucket value of a page, in bucket order. */
export function pageBucketValues(pageKey: string): string[] {
  const key = checkedPageKey(pageKey);
  const values: string[] = [];
  for (let b = 0; b < PAGE_BUCKETS; b++) {
    values.push(`${key}#${b}`);
  }
  return values;
}

/** The body of the item a confirmation adds: nothing but who and which page (SharePoint adds Author and Created). */
export function confirmationFields(pageKey: string, userPrincipalName: string): Record<string, string> {
  const reader = readerKeyOf(userPrincipalName);
  return { [READER_FIELD]: reader, [PAGE_BUCKET_FIELD]: pageBucketValue(pageKey, reader) };
}

/** `$filter` for a reader's own confirmations: the indexed reader column first, so the list view threshold allows it. */
export function readerFilter(userPrincipalName: string): string {
  return `${READER_FIELD} eq ${odataText(readerKeyOf(userPrincipalName))}`;
}

/** `$filter` for one bucket of a page's confirmations. */
export function bucketFilter(bucketValue: string): string {
  return `${PAGE_BUCKET_FIELD} eq ${odataText(bucketValue)}`;
}

/** `$filter` for one reader and one page: the reader clause first (indexed), the page after it. */
export function readerPageFilter(pageKey: string, userPrincipalName: string): string {
  const reader = readerKeyOf(userPrincipalName);
  return `${READER_FIELD} eq ${odataText(reader)} and ${PAGE_BUCKET_FIELD} eq ${odataText(pageBucketValue(pageKey, reader))}`;
}

function odataText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The fields the service reads of an item. */
export const CONFIRMATION_SELECT = ['Id', 'Created', READER_FIELD, PAGE_BUCKET_FIELD, 'Author/Name', 'Author/Title', 'Author/EMail'];

export interface ConfirmationReader {
  userPrincipalName: string;
  displayName: string;
  email: string;
}

export interface ReadConfirmation {
  itemId: number;
  pageKey: string;
  reader: ConfirmationReader;
  /** When it was confirmed: the item's Created (ISO 8601, UTC). */
  confirmedAt: string;
}

interface RawAuthor {
  Name?: unknown;
  Title?: unknown;
  EMail?: unknown;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * A list item as a confirmation, or null when it is not one. Its Author is who confirmed; an item
 * whose reader column names someone else, or whose bucket is not the reader's, was not written by
 * the service for its author and counts for no one (anyone who may add items can write any text).
 */
export function confirmationOf(raw: Record<string, unknown>): ReadConfirmation | null {
  const author = (raw.Author || {}) as RawAuthor;
  const login = text(author.Name);
  const authorUpn = login ? userPrincipalNameOfLogin(login).toLowerCase() : '';
  const reader = text(raw[READER_FIELD]).toLowerCase();
  const bucket = text(raw[PAGE_BUCKET_FIELD]).toLowerCase();
  const hash = bucket.lastIndexOf('#');
  const pageKey = hash > 0 ? bucket.slice(0, hash) : '';
  const created = text(raw.Created);
  const id = Number(raw.Id !== undefined ? raw.Id : raw.ID);
  if (!authorUpn || authorUpn !== reader || !isPageKey(pageKey) || bucket !== `${pageKey}#${bucketOf(reader)}` || !created || !isFinite(id)) {
    return null;
  }
  return {
    itemId: id,
    pageKey,
    reader: { userPrincipalName: authorUpn, displayName: text(author.Title) || authorUpn, email: text(author.EMail) || authorUpn },
    confirmedAt: created
  };
}

/**
 * An item read from one bucket (`<page key>#<n>`, the query's value, so the item need not carry it)
 * as a confirmation, with the same checks as confirmationOf: its author is its reader, and the bucket
 * is the author's.
 */
export function confirmationInBucket(raw: Record<string, unknown>, bucketValue: string): ReadConfirmation | null {
  return confirmationOf({ ...raw, [PAGE_BUCKET_FIELD]: bucketValue });
}

/**
 * One confirmation per person and page, the earliest: two tabs confirming in the same moment can
 * both add an item (there is no unique constraint to stop the second), and the first one counts.
 */
export function earliestPerReader(confirmations: readonly ReadConfirmation[]): ReadConfirmation[] {
  const byKey: Record<string, ReadConfirmation> = {};
  const order: string[] = [];
  for (const c of confirmations) {
    const key = `${c.reader.userPrincipalName}|${c.pageKey}`;
    const current = byKey[key];
    if (!current) {
      order.push(key);
      byKey[key] = c;
    } else if (c.confirmedAt < current.confirmedAt || (c.confirmedAt === current.confirmedAt && c.itemId < current.itemId)) {
      byKey[key] = c;
    }
  }
  return order.map(key => byKey[key]);
}

/** The user's confirmation date of each of the pages asked about that they confirmed (page key → ISO date). */
export function confirmedDates(confirmations: readonly ReadConfirmation[], userPrincipalName: string, pageKeys: readonly string[]): Record<string, string> {
  const reader = readerKeyOf(userPrincipalName);
  const wanted: Record<string, true> = {};
  for (const key of pageKeys) {
    wanted[checkedPageKey(key)] = true;
  }
  const dates: Record<string, string> = {};
  for (const c of earliestPerReader(confirmations)) {
    if (c.reader.userPrincipalName === reader && wanted[c.pageKey]) {
      dates[c.pageKey] = c.confirmedAt;
    }
  }
  return dates;
}

export type ConfirmOutcome = 'confirmed' | 'alreadyConfirmed';

export interface ConfirmResult {
  outcome: ConfirmOutcome;
  /** When the person confirmed the page (the first time, for alreadyConfirmed). */
  confirmedAt: string;
}

import {
  bucketOf, bucketFilter, confirmationFields, confirmationInBucket, confirmationOf, confirmedDates, earliestPerReader, isPageKey, PAGE_BUCKETS, pageBucketValue,
  pageBucketValues, pageKeyOf, ReadConfirmation, readerFilter, readerKeyOf, readerPageFilter, CONFIRMATION_READER_ROLE, CONFIRMATION_REVIEW_ROLE
} from './readConfirmation';

const SITE = '3F2C7A10-1B2C-4D5E-8F90-A1B2C3D4E5F6';
const PAGE = '{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}';
const KEY = '3f2c7a10-1b2c-4d5e-8f90-a1b2c3d4e5f6/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PER = 'per.sandberg@vetlanda.se';

function item(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Id: 7,
    Created: '2026-11-28T10:00:00Z',
    SamverkaReader: PER,
    SamverkaPageBucket: pageBucketValue(KEY, PER),
    Author: { Name: `i:0#.f|membership|${PER}`, Title: 'Per Sandberg', EMail: PER },
    ...patch
  };
}

describe('read confirmations: keys', () => {
  it('keys a page by its site id and unique id, lower case and without braces', () => {
    expect(pageKeyOf(SITE, PAGE)).toBe(KEY);
    expect(isPageKey(KEY)).toBe(true);
    expect(isPageKey(`${KEY}x`)).toBe(false);
    expect(() => pageKeyOf('vetlanda', PAGE)).toThrow(/site id/);
    expect(() => pageKeyOf(SITE, "x' or 1 eq 1")).toThrow(/unique id/);
  });

  it('stores the reader as a lower-case UPN, also from a claims login, and refuses an empty one', () => {
    expect(readerKeyOf('Per.Sandberg@Vetlanda.se')).toBe(PER);
    expect(readerKeyOf(`i:0#.f|membership|${PER}`)).toBe(PER);
    expect(() => readerKeyOf('  ')).toThrow(/user principal name/);
  });

  it('puts a reader always in the same bucket, and spreads many readers over all buckets evenly enough', () => {
    expect(bucketOf(PER)).toBe(bucketOf(PER));
    const counts = new Array(PAGE_BUCKETS).fill(0);
    for (let i = 0; i < 10000; i++) {
      counts[bucketOf(`person${i}@vetlanda.se`)]++;
    }
    // 10,000 readers of one page: each bucket holds far fewer than 5,000 (the list view threshold).
    for (const n of counts) {
      expect(n).toBeGreaterThan(1000);
      expect(n).toBeLessThan(1500);
    }
  });

  it('writes only who and which page; SharePoint adds the author and the date', () => {
    expect(confirmationFields(KEY, 'Per.Sandberg@vetlanda.se')).toEqual({ SamverkaReader: PER, SamverkaPageBucket: `${KEY}#${bucketOf(PER)}` });
    expect(pageBucketValues(KEY)).toHaveLength(PAGE_BUCKETS);
    expect(pageBucketValues(KEY)).toContain(pageBucketValue(KEY, PER));
    expect(() => confirmationFields('not a key', PER)).toThrow(/page key/);
  });

  it('filters on the indexed columns first, with quotes escaped', () => {
    expect(readerFilter("o'hara@eksjo.se")).toBe("SamverkaReader eq 'o''hara@eksjo.se'");
    expect(readerPageFilter(KEY, PER)).toBe(`SamverkaReader eq '${PER}' and SamverkaPageBucket eq '${KEY}#${bucketOf(PER)}'`);
    expect(bucketFilter(`${KEY}#3`)).toBe(`SamverkaPageBucket eq '${KEY}#3'`);
  });

  it('gives readers Add Items without Edit or Delete, and editors Override List Behaviors', () => {
    const low = (role: { basePermissions: { Low: string } }): number => Number(role.basePermissions.Low);
    expect(low(CONFIRMATION_READER_ROLE) & 0x1).toBe(0x1); // View Items
    expect(low(CONFIRMATION_READER_ROLE) & 0x2).toBe(0x2); // Add Items
    expect(low(CONFIRMATION_READER_ROLE) & 0xc).toBe(0); // no Edit, no Delete
    expect(low(CONFIRMATION_REVIEW_ROLE) & 0x100).toBe(0x100); // Override List Behaviors
    expect(low(CONFIRMATION_REVIEW_ROLE) & 0xe).toBe(0); // no Add, Edit or Delete of its own
  });
});

describe('read confirmations: items', () => {
  it('reads an item as a confirmation by its author, with the date it was created', () => {
    expect(confirmationOf(item())).toEqual({
      itemId: 7, pageKey: KEY, confirmedAt: '2026-11-28T10:00:00Z',
      reader: { userPrincipalName: PER, displayName: 'Per Sandberg', email: PER }
    });
  });

  it('counts no item whose reader column names someone other than its author, or whose bucket is not the reader\'s', () => {
    const sara = 'sara.nilsson@vetlanda.se';
    expect(confirmationOf(item({ Author: { Name: `i:0#.f|membership|${sara}` } }))).toBeNull();
    expect(confirmationOf(item({ SamverkaPageBucket: `${KEY}#${(bucketOf(PER) + 1) % PAGE_BUCKETS}` }))).toBeNull();
    expect(confirmationOf(item({ SamverkaPageBucket: 'x#1' }))).toBeNull();
    expect(confirmationOf(item({ Author: undefined }))).toBeNull();
    expect(confirmationOf(item({ Created: undefined }))).toBeNull();
  });

  it('reads an item of a bucket query by the bucket asked for, with the same checks (no bucket column needed)', () => {
    const bucket = pageBucketValue(KEY, PER);
    const lean = item({ SamverkaPageBucket: undefined });
    expect(confirmationInBucket(lean, bucket)).toEqual(confirmationOf(item()));
    // Asked in another bucket than the author's, or written by someone else: no one's confirmation.
    expect(confirmationInBucket(lean, `${KEY}#${(bucketOf(PER) + 1) % PAGE_BUCKETS}`)).toBeNull();
    expect(confirmationInBucket(item({ SamverkaPageBucket: undefined, Author: { Name: 'i:0#.f|membership|sara.nilsson@vetlanda.se' } }), bucket)).toBeNull();
  });

  it('keeps one confirmation per person and page, the earliest', () => {
    const a = confirmationOf(item({ Id: 9, Created: '2026-11-28T10:00:05Z' }))!;
    const b = confirmationOf(item({ Id: 8, Created: '2026-11-28T10:00:00Z' }))!;
    const c = confirmationOf(item({ Id: 10, Created: '2026-11-28T10:00:00Z' }))!;
    const sara: ReadConfirmation = { ...a, itemId: 11, reader: { userPrincipalName: 'sara.nilsson@vetlanda.se', displayName: 'Sara', email: '' } };
    expect(earliestPerReader([a, sara, c, b]).map(x => x.itemId)).toEqual([8, 11]);
  });

  it('answers the dates of the pages asked about, for the user only', () => {
    const other = pageKeyOf(SITE, '11111111-2222-4333-8444-555555555555');
    const mine = confirmationOf(item())!;
    const saras: ReadConfirmation = { ...mine, itemId: 12, pageKey: other, reader: { userPrincipalName: 'sara.nilsson@vetlanda.se', displayName: 'Sara', email: '' } };
    expect(confirmedDates([mine, saras], 'Per.Sandberg@vetlanda.se', [KEY.toUpperCase(), other])).toEqual({ [KEY]: '2026-11-28T10:00:00Z' });
    expect(confirmedDates([mine], PER, [])).toEqual({});
  });
});

import { emptySummary, withConfirmations } from '../core/confirmationSummary';
import type { ReadConfirmation } from '../core/readConfirmation';
import { confirmationReads, summaryFilePath } from './editorConfirmations';
import { bucketOf } from '../core/readConfirmation';

const PAGE = '11111111-1111-1111-1111-111111111111/aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa';
const NOW = new Date('2026-12-07T12:00:00Z');

function raw(id: number, upn: string, bucket: number): Record<string, unknown> {
  return { Id: id, Created: '2026-12-01T08:00:00Z', SamverkaReader: upn, SamverkaPageBucket: `${PAGE}#${bucket}`, Author: { Name: `i:0#.f|membership|${upn}`, Title: upn } };
}

function summaryUpTo(upTo: number, readers: string[]): ReturnType<typeof emptySummary> {
  const read: ReadConfirmation[] = readers.map((upn, i) => ({ itemId: i + 1, pageKey: PAGE, reader: { userPrincipalName: upn, displayName: upn, email: upn }, confirmedAt: '2026-12-01T08:00:00Z' }));
  return { ...withConfirmations(emptySummary(), read, NOW).summary, upTo };
}

describe('the confirmations the editors\' view reads', () => {
  it('reads nothing when the summary has every confirmation, and counts its readers', () => {
    const reads = confirmationReads([PAGE], 40, 1, { summary: summaryUpTo(40, ['per@vetlanda.se']), writable: true, etag: null }, NOW, () => undefined);
    expect(reads.parts).toHaveLength(0);
    expect([...reads.confirmed([])[PAGE]]).toEqual(['per@vetlanda.se']);
  });

  it('reads one window after the summary and writes what it learnt', () => {
    const written: unknown[] = [];
    const reads = confirmationReads([PAGE], 60, 1, { summary: summaryUpTo(40, ['per@vetlanda.se']), writable: true, etag: null }, NOW, s => written.push(s));
    expect(reads.parts).toHaveLength(1);
    // Each item is checked as confirmationOf checks it: one in a bucket that is not its reader's counts for no one.
    const wrongBucket = (bucketOf('ola@vetlanda.se') + 1) % 8;
    const confirmed = reads.confirmed([[raw(41, 'lisa@vetlanda.se', bucketOf('lisa@vetlanda.se')), raw(42, 'ola@vetlanda.se', wrongBucket)]]);
    expect([...confirmed[PAGE]].sort()).toEqual(['lisa@vetlanda.se', 'per@vetlanda.se']);
    expect(written).toHaveLength(1);
  });

  it('does not write a summary it may not (the library refused the read)', () => {
    const written: unknown[] = [];
    const reads = confirmationReads([PAGE], 60, 1, { summary: emptySummary(), writable: false, etag: null }, NOW, s => written.push(s));
    reads.confirmed(reads.parts.map(() => [raw(2, 'per@vetlanda.se', 0)]));
    expect(written).toHaveLength(0);
  });

  it('takes a summary past the list\'s highest ID as none (the list was made again): reads the list from its lowest ID', () => {
    const reads = confirmationReads([PAGE], 12000, 3, { summary: summaryUpTo(90000, ['per@vetlanda.se']), writable: true, etag: null }, NOW, () => undefined);
    expect(reads.parts).toHaveLength(3);
    expect(reads.confirmed([[], [], []])[PAGE].size).toBe(0);
  });

  it('with no summary and a list far larger than the pages\' buckets, reads only the buckets and writes nothing', () => {
    const written: unknown[] = [];
    const reads = confirmationReads([PAGE], 400000, 1, { summary: emptySummary(), writable: true, etag: null }, NOW, s => written.push(s));
    expect(reads.parts).toHaveLength(8);
    reads.confirmed(reads.parts.map(() => []));
    expect(written).toHaveLength(0);
  });

  it('finds the summary as the one file of the editors\' library, directly under the shared site', () => {
    expect(summaryFilePath('/sites/gemensamt')).toBe('/sites/gemensamt/Lasbekraftelser-sammanstallning/sammanstallning.json');
    expect(summaryFilePath('/sites/gemensamt/')).toBe('/sites/gemensamt/Lasbekraftelser-sammanstallning/sammanstallning.json');
    expect(summaryFilePath('/')).toBe('/Lasbekraftelser-sammanstallning/sammanstallning.json');
  });
});

import {
  confirmedReaders, emptySummary, parseSummary, serializeSummary, SUMMARY_SETTLE_MS, withConfirmations
} from './confirmationSummary';
import type { ReadConfirmation } from './readConfirmation';

const PAGE_A = '11111111-1111-1111-1111-111111111111/aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa';
const PAGE_B = '11111111-1111-1111-1111-111111111111/bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb';
const NOW = new Date('2026-12-07T12:00:00Z');
const LONG_AGO = '2026-12-01T08:00:00Z';

function confirmation(itemId: number, pageKey: string, upn: string, confirmedAt = LONG_AGO): ReadConfirmation {
  return { itemId, pageKey, reader: { userPrincipalName: upn, displayName: upn, email: upn }, confirmedAt };
}

describe('confirmation summary', () => {
  it('holds each page\'s readers and the highest id taken in, and comes back the same from its file', () => {
    const { summary, changed } = withConfirmations(emptySummary(), [
      confirmation(3, PAGE_A, 'per@vetlanda.se'), confirmation(4, PAGE_B, 'per@vetlanda.se'), confirmation(7, PAGE_A, 'maria@savsjo.se')
    ], NOW);
    expect(changed).toBe(true);
    expect(summary.upTo).toBe(7);
    const again = parseSummary(serializeSummary(summary));
    expect(again.upTo).toBe(7);
    expect([...confirmedReaders(again, PAGE_A)].sort()).toEqual(['maria@savsjo.se', 'per@vetlanda.se']);
    expect([...confirmedReaders(again, PAGE_B)]).toEqual(['per@vetlanda.se']);
    expect(confirmedReaders(again, '22222222-2222-2222-2222-222222222222/cccccccc-cccc-cccc-cccc-cccccccccccc').size).toBe(0);
  });

  it('adds what was read after it to what it had, each person once per page, and leaves the summary it was given as it was', () => {
    const first = withConfirmations(emptySummary(), [confirmation(1, PAGE_A, 'per@vetlanda.se')], NOW).summary;
    const before = serializeSummary(first);
    const second = withConfirmations(first, [confirmation(9, PAGE_A, 'per@vetlanda.se'), confirmation(10, PAGE_A, 'lisa@vetlanda.se')], NOW);
    expect(serializeSummary(first)).toBe(before);
    expect([...confirmedReaders(second.summary, PAGE_A)].sort()).toEqual(['lisa@vetlanda.se', 'per@vetlanda.se']);
    expect(second.summary.readers).toEqual(['per@vetlanda.se', 'lisa@vetlanda.se']);
    expect(second.summary.upTo).toBe(10);
  });

  it('keeps its id below a confirmation younger than the settling time, so that one and anything after it is read again', () => {
    const young = new Date(NOW.getTime() - SUMMARY_SETTLE_MS / 2).toISOString();
    const { summary } = withConfirmations(emptySummary(), [
      confirmation(5, PAGE_A, 'per@vetlanda.se'), confirmation(6, PAGE_A, 'lisa@vetlanda.se', young), confirmation(8, PAGE_B, 'ola@vetlanda.se')
    ], NOW);
    expect(summary.upTo).toBe(5);
    // Counted already; read again next time, which adds nothing twice.
    expect(confirmedReaders(summary, PAGE_A).has('lisa@vetlanda.se')).toBe(true);
    const again = withConfirmations(summary, [confirmation(6, PAGE_A, 'lisa@vetlanda.se', young), confirmation(8, PAGE_B, 'ola@vetlanda.se')],
      new Date(NOW.getTime() + SUMMARY_SETTLE_MS));
    expect(again.summary.upTo).toBe(8);
    expect([...confirmedReaders(again.summary, PAGE_A)].sort()).toEqual(['lisa@vetlanda.se', 'per@vetlanda.se']);
  });

  it('says nothing changed when what was read was in it already and the id stays', () => {
    const { summary } = withConfirmations(emptySummary(), [confirmation(2, PAGE_A, 'per@vetlanda.se')], NOW);
    expect(withConfirmations(summary, [], NOW).changed).toBe(false);
    expect(withConfirmations(summary, [confirmation(2, PAGE_A, 'per@vetlanda.se')], NOW).changed).toBe(false);
  });

  it('holds 10,000 readers of 50 pages in well under a megabyte', () => {
    const read: ReadConfirmation[] = [];
    let id = 0;
    for (let p = 0; p < 50; p++) {
      const page = `11111111-1111-1111-1111-${String(p).padStart(12, '0')}/aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa`;
      for (let r = 0; r < 10000; r += 2) {
        read.push(confirmation(++id, page, `person.${r}@vetlanda.se`));
      }
    }
    const text = serializeSummary(withConfirmations(emptySummary(), read, NOW).summary);
    expect(text.length).toBeLessThan(400 * 1024);
    const back = parseSummary(text);
    expect(confirmedReaders(back, '11111111-1111-1111-1111-000000000049/aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa').size).toBe(5000);
  });

  it('treats a file that is no summary of this version as none, so the list is read from its start', () => {
    for (const text of ['', 'not json', '{}', '{"version":2,"upTo":5,"readers":[],"pages":{}}', '{"version":1,"upTo":-1,"readers":[],"pages":{}}',
      '{"version":1,"upTo":5,"readers":[1],"pages":{}}', '{"version":1,"upTo":5,"readers":[],"pages":{"x":7}}', '{"version":1,"upTo":5,"readers":[],"pages":{"x":"%%%"}}']) {
      expect(parseSummary(text)).toEqual(emptySummary());
    }
  });
});

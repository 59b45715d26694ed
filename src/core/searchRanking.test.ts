import type { DocumentResult, GuideResult, PageResult, PersonResult } from './search';
import {
  baseTitle, collapseDuplicates, narrowingBuckets, queryLooksLikeName, rankPeople, startPageGuides, unknownCounts
} from './searchRanking';
import type { OwnMunicipality } from './searchRanking';

function person(id: string, displayName: string, municipality: string, email = `${id}@x.se`): PersonResult {
  return { kind: 'person', id, displayName, jobTitle: 'lönespecialist', department: 'Lön och HR', municipality, officeLocation: '', phone: '', mobilePhone: '', email };
}

function page(id: string, title: string, siteUrl = 'https://t/sites/eksjo'): PageResult {
  return { kind: 'page', id, title, url: `https://t/${id}`, summary: '', siteTitle: 'Eksjö', siteUrl, date: '', audienceIds: [] };
}

function doc(id: string, title: string, siteTitle = 'Eksjö kommun'): DocumentResult {
  return { kind: 'document', id, title, fileName: `${title}.pdf`, fileType: 'pdf', url: `https://t/${id}.pdf`, summary: '', siteTitle, folderUrl: 'https://t/f', modified: '', modifiedBy: '' };
}

function guide(id: string, title: string, municipalities = ['alla']): GuideResult {
  return { kind: 'guide', id, source: 'list', title, summary: '', stepCount: 3, category: '', municipalities, url: `https://t/g/${id}`, modified: '' };
}

const EKSJO: OwnMunicipality = { names: ['Eksjö kommun', 'Eksjö'], emailDomain: 'eksjo.se' };

describe('whether the query looks like a name', () => {
  const people = [person('a', 'Anna Lindqvist', 'Eksjö kommun'), person('b', 'Lönn Bengtsson', 'Sävsjö kommun')];

  test('a name matched by people and by no title: people first', () => {
    expect(queryLooksLikeName('lindqv', people, [guide('g', 'Ansök om semester')])).toBe(true);
    expect(queryLooksLikeName('Anna Lindqvist', people, [doc('d', 'Protokoll')])).toBe(true);
  });

  test('a word that titles begin with is content, even when a name begins with it too', () => {
    expect(queryLooksLikeName('lön', people, [guide('g', 'Rapportera lön och tillägg i Heroma')])).toBe(false);
    expect(queryLooksLikeName('lön', people, [doc('d', 'Tidsplan lön 2026')])).toBe(false);
  });

  test('every term must be in one name; people found by title only are no name', () => {
    expect(queryLooksLikeName('anna bengtsson', people, [])).toBe(false);
    expect(queryLooksLikeName('lönespecialist', people, [])).toBe(false);
    expect(queryLooksLikeName('', people, [])).toBe(false);
  });
});

describe('people on Allt', () => {
  test('the own municipality first, each group in relevance order, not by first name', () => {
    const found = [person('s', 'Agnes Sävsjö', 'Sävsjö kommun'), person('e1', 'Ulla Eksjö', 'Eksjö kommun'), person('v', 'Bo Vetlanda', 'Vetlanda kommun'), person('e2', 'Cecilia Eksjö', '', 'cecilia@eksjo.se')];
    expect(rankPeople(found, [EKSJO]).map(p => p.id)).toEqual(['e1', 'e2', 's', 'v']);
    expect(rankPeople(found, []).map(p => p.id)).toEqual(['s', 'e1', 'v', 'e2']);
  });
});

describe('near-duplicates', () => {
  test('versions of one title lose their trailing number, year, "v2" or "(1)"', () => {
    expect(baseTitle('Tidsplan lön 2026')).toBe('tidsplan lön');
    expect(baseTitle('Tidsplan lön 2026 (1)')).toBe('tidsplan lön');
    expect(baseTitle('Tidsplan lön v2')).toBe('tidsplan lön');
    expect(baseTitle('Tidsplan_lön_version 3.docx')).toBe('tidsplan lön');
    expect(baseTitle('Protokoll 2026-03-14')).toBe('protokoll');
    expect(baseTitle('2026')).toBe('2026');
    expect(baseTitle('Riskbedömning Hemtjänst Norr')).toBe('riskbedömning hemtjänst norr');
  });

  test('same title and site collapse at the best ranked one; another site or kind stays apart', () => {
    const items = [
      doc('1', 'Tidsplan lön 2026'), guide('g', 'Rapportera lön'), doc('2', 'Tidsplan lön 2025'), doc('3', 'Tidsplan lön 2026 (1)'),
      doc('4', 'Tidsplan lön 2026', 'Sävsjö kommun'), page('p', 'Tidsplan lön 2026'), page('p2', 'Tidsplan lön', 'https://t/sites/savsjo')
    ];
    const groups = collapseDuplicates(items);
    expect(groups.map(g => [g.item.id, g.index, g.similar.map(s => s.id)])).toEqual([
      ['1', 0, ['2', '3']], ['g', 1, []], ['4', 4, []], ['p', 5, []], ['p2', 6, []]
    ]);
  });

  test('guides for other municipalities are not duplicates of each other', () => {
    const groups = collapseDuplicates([guide('a', 'Ansök om semester', ['eksjo']), guide('b', 'Ansök om semester', ['savsjo']), guide('c', 'Ansök om semester', ['eksjo'])]);
    expect(groups.map(g => g.similar.length)).toEqual([1, 0]);
  });
});

describe('refiners and counts', () => {
  test('options that would not narrow the results are hidden, selected ones stay', () => {
    const buckets = [{ value: 'pdf', count: 12 }, { value: 'docx', count: 3 }, { value: 'xlsx', count: 0 }, { value: 'pptx', count: 1 }];
    expect(narrowingBuckets(buckets, 12, []).map(b => b.value)).toEqual(['docx', 'pptx']);
    expect(narrowingBuckets(buckets, 12, ['pdf']).map(b => b.value)).toEqual(['pdf', 'docx', 'pptx']);
    expect(narrowingBuckets([{ value: 'pdf', count: 4 }], 4, [])).toEqual([]);
  });

  test('a failed source makes its count and the sum unknown', () => {
    const failures = [{ source: 'people' as const, code: 'unavailable' }, { source: 'guides' as const, code: 'unavailable' }];
    expect([...unknownCounts({ failures })].sort()).toEqual(['all', 'guides', 'people']);
    expect(unknownCounts({ failures: [] }).size).toBe(0);
  });
});

describe('the start page\'s guides', () => {
  const pinnable = (id: string): GuideResult => ({ ...guide(id, `Guide ${id}`), pinKey: `uid-${id}` });
  const relevant = ['a', 'b', 'c', 'd', 'e', 'f'].map(pinnable);

  test('pinned first in the order pinned, then the most relevant others, four in all', () => {
    expect(startPageGuides(relevant, ['UID-e', 'uid-c'], 4).map(g => g.id)).toEqual(['e', 'c', 'a', 'b']);
    // The pinned ones say so (the card's badge); the others do not, and the guides given are not changed.
    expect(startPageGuides(relevant, ['UID-e', 'uid-c'], 4).map(g => !!g.pinned)).toEqual([true, true, false, false]);
    expect(relevant.some(g => g.pinned)).toBe(false);
  });

  test('every pinned guide found, even more than four; one not found (or pinned twice) is left out', () => {
    expect(startPageGuides(relevant, ['uid-f', 'uid-x', 'uid-e', 'uid-d', 'uid-f', 'uid-c', 'uid-b'], 4).map(g => g.id)).toEqual(['f', 'e', 'd', 'c', 'b']);
  });

  test('nothing pinned: the most relevant, in their order', () => {
    expect(startPageGuides(relevant, [], 4).map(g => g.id)).toEqual(['a', 'b', 'c', 'd']);
    // A connector's guide has no pin key and is never taken for a pinned one.
    expect(startPageGuides([guide('k', 'Från kunskapsbanken')], [''], 4).map(g => g.id)).toEqual(['k']);
  });
});

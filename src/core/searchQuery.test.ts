import fc from 'fast-check';
import { KqlNode, matchesKql, parseKql } from '../../tests/support/kqlModel';
import type { SearchState } from './search';
import { decodeCursor, encodeCursor, kqlSearchText, MAX_AUDIENCE_CLAUSES, planSearch, SearchContext, siteRefinerValue, sourceTemplate, spellingSuggestion } from './searchQuery';

const ctx: SearchContext = {
  tenantUrl: 'https://contoso.sharepoint.com',
  guideListUrl: 'https://contoso.sharepoint.com/sites/gemensamt/Lists/Guider',
  guideConnectionId: 'kunskapsbanken',
  groupIds: ['B0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001'],
  municipalityIds: ['eksjo'],
  today: '2026-11-28',
  pageSize: 10,
  peopleInAll: 4
};

function state(text: string, vertical: SearchState['vertical'] = 'all', refiners: SearchState['refiners'] = {}): SearchState {
  return { text, vertical, refiners };
}

/** The leaves of a query made of ANDs and ORs; anything else (NOT, a restriction) fails. */
function textLeaves(node: KqlNode): string[] {
  if (node.type === 'and' || node.type === 'or') {
    return textLeaves(node.left).concat(textLeaves(node.right));
  }
  if (node.type === 'text') {
    return [node.value];
  }
  throw new Error(`user text became a ${node.type}`);
}

describe('user text as KQL', () => {
  it('matches each plain word as itself or its start, and everything else as a literal phrase', () => {
    expect(kqlSearchText('Lön')).toBe('(Lön OR Lön*)');
    expect(kqlSearchText('semester ansökan')).toBe('(semester OR semester*) AND (ansökan OR ansökan*)');
    expect(kqlSearchText('IT-stöd')).toBe('"IT-stöd"');
    expect(kqlSearchText('Title:lön OR NOT x')).toBe('"Title:lön" AND "OR" AND "NOT" AND (x OR x*)');
    expect(kqlSearchText('"a" * \\')).toBe('"a"');
    expect(kqlSearchText('  * " ')).toBeNull();
    expect(kqlSearchText('<script>alert(1)</script>')).toBe('"<script>alert(1)</script>"');
  });

  it('no input changes the meaning of the query: only words, all required, inside any template', () => {
    const hostile = fc.constantFrom('AND', 'OR', 'NOT', 'or', '(', ')', '"', '“', '*', ':', 'Title:', 'Path:"x"', '-', '+', '\\', 'NEAR', 'XRANK(', '{searchTerms}', 'å', 'Ö', '<b>', '\n');
    const text = fc.array(fc.oneof(hostile, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 10 }).map(parts => parts.join(' '));
    fc.assert(fc.property(text, (input) => {
      const kql = kqlSearchText(input);
      if (kql === null) {
        expect(input.replace(/[\s"“”„‟″‶\\*]/g, '').replace(/[^\p{L}\p{N}]/gu, '')).toBe('');
        return;
      }
      const tree = parseKql(kql);
      const leaves = textLeaves(tree);
      // Every part is a word with its prefix, or one phrase: parts are joined by AND only.
      for (const part of kql.split(' AND ')) {
        expect(part).toMatch(/^(\([\p{L}\p{N}]+ OR [\p{L}\p{N}]+\*\)|"[^"*\\]*")$/u);
      }
      expect(leaves.length).toBeGreaterThan(0);
      // The template's own restriction still applies whatever was typed.
      const template = sourceTemplate('guideList', state(input, 'guides'), ctx)!;
      const full = template.replace('{searchTerms}', kql);
      const outside = { Title: input, Description: input, Path: 'https://contoso.sharepoint.com/sites/other/x', RefinableString111: 'alla' };
      expect(matchesKql(parseKql(full), outside)).toBe(false);
    }), { numRuns: 500 });
  });
});

describe('search requests of a page view', () => {
  it('All: one searchRequest per source, each of one entity type, the speller on exactly one', () => {
    const requests = planSearch(state('semester'), ctx);
    expect(requests.map(r => [r.source, r.entityTypes])).toEqual([
      ['people', ['person']], ['guideList', ['listItem']], ['guideConnector', ['externalItem']], ['pages', ['listItem']], ['documents', ['driveItem']]
    ]);
    expect(requests.find(r => r.source === 'people')!.size).toBe(4);
    const content = requests.filter(r => r.source !== 'people');
    expect(content.every(r => r.queryString === '(semester OR semester*)')).toBe(true);
    expect(content.every(r => r.size === 10 && r.aggregations.length === 0)).toBe(true);
    expect(requests.filter(r => r.spelling).map(r => r.source)).toEqual(['guideList']);
    expect(content.find(r => r.source === 'guideConnector')!.contentSources).toEqual(['/external/connections/kunskapsbanken']);
  });

  it('documents ask no managed-property fields: a driveItem is read from its own properties', () => {
    for (const vertical of ['all', 'documents'] as const) {
      const documents = planSearch(state('avtal', vertical), ctx).find(r => r.source === 'documents')!;
      expect(documents.entityTypes).toEqual(['driveItem']);
      expect(documents.fields).toEqual([]);
    }
  });

  it('a vertical: its sources get a page, refiners and the speller, the others their count only', () => {
    const requests = planSearch(state('avtal', 'documents'), ctx);
    expect(requests).toHaveLength(5);
    expect(requests.find(r => r.source === 'people')!.size).toBe(1);
    const documents = requests.find(r => r.source === 'documents')!;
    expect(documents.size).toBe(10);
    expect(documents.spelling).toBe(true);
    expect(documents.aggregations.map(a => a.field)).toEqual(['SiteName', 'FileType', 'LastModifiedTime']);
    expect(documents.aggregations[2].ranges![0]).toEqual({ key: 'week', from: '2026-11-21' });
    const others = requests.filter(r => r.source !== 'documents');
    expect(others.every(r => r.size === 1 && r.aggregations.length === 0 && !r.spelling)).toBe(true);
  });

  it('People: no speller on person (Graph does not correct people), none elsewhere either', () => {
    const requests = planSearch(state('lindqvst', 'people'), ctx);
    expect(requests.find(r => r.source === 'people')!.size).toBe(10);
    expect(requests.filter(r => r.spelling)).toEqual([]);
  });

  it('refiners become restrictions; a source without the refiner drops out', () => {
    const s = state('lön', 'guides', { forvaltning: ['Socialförvaltningen'], guideCategory: ['Lön och ersättning'] });
    const requests = planSearch(s, ctx);
    expect(requests.map(r => r.source)).toEqual(['people', 'guideList', 'pages', 'documents']);
    const list = requests[1].queryTemplate!;
    expect(list).toContain('RefinableString112:"Socialförvaltningen"');
    expect(list).toContain('RefinableString110:"Lön och ersättning"');
    expect(list).toContain('(RefinableString111:alla OR RefinableString111:eksjo)');
    expect(requests.filter(r => r.spelling).map(r => r.source)).toEqual(['guideList']);
    // The site refiner (SiteName: refinable, unlike SiteTitle) keeps a site's path; the restriction is its URL.
    const site = sourceTemplate('documents', state('x', 'documents', { municipality: ['/sites/eksjo'] }), ctx)!;
    expect(site).toContain('SiteName:"https://contoso.sharepoint.com/sites/eksjo"');
    expect(siteRefinerValue('https://contoso.sharepoint.com/sites/eksjo/', 'https://contoso.sharepoint.com')).toBe('/sites/eksjo');
    const older = sourceTemplate('documents', state('x', 'documents', { modified: ['older'] }), ctx)!;
    expect(older).toContain('LastModifiedTime<2025-11-28');
  });

  it('pages are limited to the user\'s audiences (or none), guides to their municipalities unless refined', () => {
    const pages = sourceTemplate('pages', state('x', 'pages'), ctx)!;
    expect(pages).toBe('({searchTerms}) AND contentclass:STS_ListItem_WebPageLibrary AND (ModernAudienceAadObjectIds:a0000000-0000-4000-8000-000000000001 OR ModernAudienceAadObjectIds:b0000000-0000-4000-8000-000000000002 OR NOT IsAudienceTargeted:true)');
    const many = { ...ctx, groupIds: Array.from({ length: MAX_AUDIENCE_CLAUSES + 1 }, (_, i) => `g${i}`) };
    expect(sourceTemplate('pages', state('x', 'pages'), many)).not.toContain('ModernAudience');
    // The longest text with the most audiences still fits Microsoft Search's 4 KB, audiences and all.
    const guid = '0a1b2c3d-0000-4000-8000-0000000000';
    const most = { ...ctx, groupIds: Array.from({ length: MAX_AUDIENCE_CLAUSES }, (_, i) => `${guid}${String(i).padStart(2, '0')}`) };
    const longText = Array.from({ length: 64 }, () => 'lön').join(' ').slice(0, 255);
    const pagesRequest = planSearch(state(longText, 'pages'), most).find(r => r.source === 'pages')!;
    expect(pagesRequest.queryTemplate).toContain('ModernAudienceAadObjectIds');
    expect(pagesRequest.queryTemplate!.length + pagesRequest.queryString.length).toBeLessThanOrEqual(4096);
    // Past the limit the audiences leave the query (the service checks them), the pages stay.
    const tight = planSearch(state(longText, 'pages'), { ...most, maxQueryLength: 2000 }).find(r => r.source === 'pages')!;
    expect(tight.queryTemplate).not.toContain('ModernAudienceAadObjectIds');
    const refined = sourceTemplate('guideConnector', state('x', 'guides', { municipality: ['vetlanda'] }), ctx)!;
    expect(refined).toBe('({searchTerms}) AND municipality:vetlanda');
  });

  it('Visa fler: one request per source of the vertical that has more, without the speller', () => {
    const requests = planSearch(state('lön', 'guides'), ctx, { guideList: 10 });
    expect(requests.map(r => [r.source, r.from, r.size, r.spelling])).toEqual([['guideList', 10, 10, false]]);
    expect(decodeCursor(encodeCursor({ guideList: 10, pages: 20 }))).toEqual({ guideList: 10, pages: 20 });
    expect(decodeCursor('people:x,evil:3,pages:4')).toEqual({ pages: 4 });
  });

  it('nothing to search: no requests; guides can be browsed without text, and without the speller', () => {
    expect(planSearch(state('  '), ctx)).toEqual([]);
    const browse = planSearch(state('', 'guides'), ctx);
    expect(browse.map(r => r.source)).toEqual(['guideList', 'guideConnector', 'pages', 'documents']);
    expect(browse.every(r => r.queryString === '*' && !r.spelling)).toBe(true);
  });

  it('without a connection id the connector is not asked: four search requests', () => {
    const requests = planSearch(state('x'), { ...ctx, guideConnectionId: undefined });
    expect(requests.map(r => r.source)).toEqual(['people', 'guideList', 'pages', 'documents']);
  });
});

describe('did you mean', () => {
  it('replaces the words the speller corrected in the query we sent', () => {
    const query = kqlSearchText('Semestr ansökan')!;
    const offset = query.indexOf('Semestr');
    expect(spellingSuggestion('Semestr ansökan', query, [{ offset, length: 7, suggestion: 'semester' }])).toBe('semester ansökan');
    expect(spellingSuggestion('semester', '(semester OR semester*)', [])).toBeUndefined();
    // A correction of our own syntax is not a suggestion for the user.
    expect(spellingSuggestion('lön', '(lön OR lön*)', [{ offset: 5, length: 2, suggestion: 'och' }])).toBeUndefined();
  });
});

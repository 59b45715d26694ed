import fc from 'fast-check';
import { KqlNode, matchesKql, parseKql } from '../../tests/support/kqlModel';
import type { SearchState } from './search';
import { decodeCursor, encodeCursor, kqlSearchText, MAX_AUDIENCE_CLAUSES, planSearch, SearchContext, sourceTemplate, spellingSuggestion } from './searchQuery';

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
  it('All: people and content in two calls, every source in the content call, spelling on the typed text', () => {
    const calls = planSearch(state('semester'), ctx);
    expect(calls).toHaveLength(2);
    const [people, content] = calls;
    expect(people).toHaveLength(1);
    expect(people[0].entityTypes).toEqual(['person']);
    expect(people[0].size).toBe(4);
    expect(content.map(r => r.source)).toEqual(['guideList', 'guideConnector', 'pages', 'documents']);
    expect(content.every(r => r.queryString === '(semester OR semester*)' && r.spelling)).toBe(true);
    expect(content.every(r => r.size === 10 && r.aggregations.length === 0)).toBe(true);
    expect(content.find(r => r.source === 'guideConnector')!.contentSources).toEqual(['/external/connections/kunskapsbanken']);
  });

  it('a vertical: its sources get a page and refiners, the others their count only', () => {
    const [people, content] = planSearch(state('avtal', 'documents'), ctx);
    expect(people[0].size).toBe(1);
    const documents = content.find(r => r.source === 'documents')!;
    expect(documents.entityTypes).toEqual(['driveItem']);
    expect(documents.size).toBe(10);
    expect(documents.aggregations.map(a => a.field)).toEqual(['SiteTitle', 'FileType', 'LastModifiedTime']);
    expect(documents.aggregations[2].ranges![0]).toEqual({ key: 'week', from: '2026-11-21' });
    expect(content.filter(r => r.source !== 'documents').every(r => r.size === 1 && r.aggregations.length === 0)).toBe(true);
  });

  it('refiners become restrictions; a source without the refiner drops out', () => {
    const s = state('lön', 'guides', { forvaltning: ['Socialförvaltningen'], guideCategory: ['Lön och ersättning'] });
    const [, content] = planSearch(s, ctx);
    expect(content.map(r => r.source)).toEqual(['guideList', 'pages', 'documents']);
    const list = content[0].queryTemplate!;
    expect(list).toContain('RefinableString112:"Socialförvaltningen"');
    expect(list).toContain('RefinableString110:"Lön och ersättning"');
    expect(list).toContain('(RefinableString111:alla OR RefinableString111:eksjo)');
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
    const pagesRequest = planSearch(state(longText, 'pages'), most)[1].find(r => r.source === 'pages')!;
    expect(pagesRequest.queryTemplate).toContain('ModernAudienceAadObjectIds');
    expect(pagesRequest.queryTemplate!.length + pagesRequest.queryString.length).toBeLessThanOrEqual(4096);
    // Past the limit the audiences leave the query (the service checks them), the pages stay.
    const tight = planSearch(state(longText, 'pages'), { ...most, maxQueryLength: 2000 })[1].find(r => r.source === 'pages')!;
    expect(tight.queryTemplate).not.toContain('ModernAudienceAadObjectIds');
    const refined = sourceTemplate('guideConnector', state('x', 'guides', { municipality: ['vetlanda'] }), ctx)!;
    expect(refined).toBe('({searchTerms}) AND municipality:vetlanda');
  });

  it('Visa fler: one call for the vertical\'s sources that have more', () => {
    const calls = planSearch(state('lön', 'guides'), ctx, { guideList: 10 });
    expect(calls).toHaveLength(1);
    expect(calls[0].map(r => [r.source, r.from, r.size])).toEqual([['guideList', 10, 10]]);
    expect(decodeCursor(encodeCursor({ guideList: 10, pages: 20 }))).toEqual({ guideList: 10, pages: 20 });
    expect(decodeCursor('people:x,evil:3,pages:4')).toEqual({ pages: 4 });
  });

  it('nothing to search: no calls; guides can be browsed without text', () => {
    expect(planSearch(state('  '), ctx)).toEqual([]);
    const browse = planSearch(state('', 'guides'), ctx);
    expect(browse).toHaveLength(1);
    expect(browse[0].every(r => r.queryString === '*' && !r.spelling)).toBe(true);
  });

  it('without a connection id the connector is not asked', () => {
    const [, content] = planSearch(state('x'), { ...ctx, guideConnectionId: undefined });
    expect(content.map(r => r.source)).toEqual(['guideList', 'pages', 'documents']);
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

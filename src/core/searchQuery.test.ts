import fc from 'fast-check';
import { KqlNode, matchesKql, parseKql } from '../../tests/support/kqlModel';
import type { SearchState } from './search';
import {
  decodeCursor, encodeCursor, kqlSearchText, MAX_AUDIENCE_CLAUSES, planPinnedGuides, planSearch, planStartGuides, SearchContext, sharePointTemplate, sourceTemplate
} from './searchQuery';
import { LIST_DOCUMENT_FIELDS, siteRefinerValue, sourceOfContentClass } from './searchSources';

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
  const VERTICALS: Array<SearchState['vertical']> = ['all', 'people', 'pages', 'documents', 'guides'];

  it('All: people, one listItem request over pages, documents and the guide list with their counts, and the connector: 3', () => {
    const requests = planSearch(state('semester'), ctx);
    expect(requests.map(r => [r.source, r.entityTypes, r.sources])).toEqual([
      ['people', ['person'], ['people']],
      ['sharepoint', ['listItem'], ['guideList', 'pages', 'documents']],
      ['guideConnector', ['externalItem'], ['guideConnector']]
    ]);
    expect(requests.find(r => r.source === 'people')!).toMatchObject({ size: 4, shown: true, spelling: false });
    const sharepoint = requests.find(r => r.source === 'sharepoint')!;
    // A page of each SharePoint source, ranked together; counted per source by contentclass.
    expect(sharepoint).toMatchObject({ size: 30, shown: true, classCounts: true, spelling: true, aggregations: [] });
    expect(sharepoint.fields).toEqual(expect.arrayContaining(['contentclass', 'ModernAudienceAadObjectIds', 'RefinableString111'].concat(LIST_DOCUMENT_FIELDS)));
    expect(new Set(sharepoint.fields).size).toBe(sharepoint.fields.length);
    const connector = requests.find(r => r.source === 'guideConnector')!;
    expect(connector).toMatchObject({ size: 10, shown: true, classCounts: false, contentSources: ['/external/connections/kunskapsbanken'] });
    expect(requests.every(r => r.queryString === '(semester OR semester*)')).toBe(true);
    expect(requests.filter(r => r.spelling).map(r => r.source)).toEqual(['sharepoint']);
  });

  it('every vertical: 3 search requests at most, 4 where a page of one vertical needs the connector\'s count beside it', () => {
    const sizes = (c: SearchContext) => VERTICALS.map(v => planSearch(state('avtal', v), c).length);
    expect(sizes(ctx)).toEqual([3, 3, 4, 4, 4]);
    expect(sizes({ ...ctx, guideConnectionId: undefined })).toEqual([2, 2, 3, 3, 3]);
    for (const vertical of VERTICALS) {
      const requests = planSearch(state('avtal', vertical), ctx);
      // Never two requests for the same source's count, and every request of one entity type group Graph combines.
      expect(requests.filter(r => r.entityTypes.indexOf('person') >= 0).length).toBe(1);
      expect(requests.filter(r => r.entityTypes.indexOf('externalItem') >= 0).length).toBe(1);
      expect(requests.every(r => r.entityTypes.length === 1)).toBe(true);
      const counted = requests.map(r => r.sources).reduce((a, b) => a.concat(b), [] as string[]).sort();
      expect(counted).toEqual(['documents', 'guideConnector', 'guideList', 'pages', 'people']);
    }
  });

  it('a vertical: its page gets refiners and the speller; the other SharePoint sources are counted together, the connector alone', () => {
    const requests = planSearch(state('avtal', 'documents'), ctx);
    expect(requests.map(r => [r.source, r.sources, r.size, r.shown])).toEqual([
      ['people', ['people'], 1, false],
      ['documents', ['documents'], 10, true],
      ['counts', ['guideList', 'pages'], 1, false],
      ['guideConnector', ['guideConnector'], 1, false]
    ]);
    const documents = requests.find(r => r.source === 'documents')!;
    // A document's own request is a driveItem search: it is read from driveItem properties, no fields.
    expect(documents.entityTypes).toEqual(['driveItem']);
    expect(documents.fields).toEqual([]);
    expect(documents.spelling).toBe(true);
    expect(documents.aggregations.map(a => a.field)).toEqual(['SiteName', 'FileType', 'LastModifiedTime']);
    expect(documents.aggregations[2].ranges![0]).toEqual({ key: 'week', from: '2026-11-21' });
    const counts = requests.find(r => r.source === 'counts')!;
    expect(counts).toMatchObject({ entityTypes: ['listItem'], classCounts: true, fields: [], aggregations: [], spelling: false });
    expect(requests.filter(r => r.source !== 'documents').every(r => r.aggregations.length === 0 && !r.spelling)).toBe(true);
    const guides = planSearch(state('avtal', 'guides'), ctx);
    expect(guides.map(r => [r.source, r.size])).toEqual([['people', 1], ['guideList', 10], ['guideConnector', 10], ['counts', 1]]);
    expect(guides.find(r => r.source === 'counts')!.sources).toEqual(['pages', 'documents']);
    expect(guides.find(r => r.source === 'guideConnector')!.aggregations.map(a => a.field)).toEqual(['category', 'municipality']);
  });

  it('People: no speller on person (Graph does not correct people), none elsewhere either', () => {
    const requests = planSearch(state('lindqvst', 'people'), ctx);
    expect(requests.map(r => [r.source, r.size])).toEqual([['people', 10], ['counts', 1], ['guideConnector', 1]]);
    expect(requests.find(r => r.source === 'counts')!.sources).toEqual(['guideList', 'pages', 'documents']);
    expect(requests.filter(r => r.spelling)).toEqual([]);
  });

  it('SharePoint\'s sources in one request: each within its own restrictions, told apart by contentclass', () => {
    const template = sharePointTemplate(['guideList', 'pages', 'documents'], state('x'), ctx)!;
    const matches = (doc: Record<string, string | boolean | string[]>) => matchesKql(parseKql(template.replace('{searchTerms}', 'x')), { Title: 'x', ...doc });
    const page = { contentclass: 'STS_ListItem_WebPageLibrary', IsAudienceTargeted: 'false' };
    expect(matches(page)).toBe(true);
    expect(matches({ ...page, IsAudienceTargeted: 'true', ModernAudienceAadObjectIds: ['a0000000-0000-4000-8000-000000000001'] })).toBe(true);
    expect(matches({ ...page, IsAudienceTargeted: 'true', ModernAudienceAadObjectIds: ['c0000000-0000-4000-8000-000000000003'] })).toBe(false);
    expect(matches({ contentclass: 'STS_ListItem_DocumentLibrary', IsDocument: 'true' })).toBe(true);
    // A folder of a library is no document.
    expect(matches({ contentclass: 'STS_ListItem_DocumentLibrary', IsDocument: 'false' })).toBe(false);
    const guide = { contentclass: 'STS_ListItem_GenericList', Path: `${ctx.guideListUrl}/DispForm.aspx?ID=7`, RefinableString111: 'eksjo' };
    expect(matches(guide)).toBe(true);
    expect(matches({ ...guide, RefinableString111: 'vetlanda' })).toBe(false);
    expect(matches({ ...guide, Path: 'https://contoso.sharepoint.com/sites/eksjo/Lists/Annat/DispForm.aspx?ID=7' })).toBe(false);
    // Another list's items, another kind of page: none of ours.
    expect(matches({ contentclass: 'STS_ListItem_Events', IsDocument: 'true' })).toBe(false);
    expect(sourceOfContentClass('sts_listitem_documentlibrary')).toBe('documents');
    expect(sourceOfContentClass('STS_ListItem_Events')).toBeUndefined();
    // One source alone is that source's template.
    expect(sharePointTemplate(['pages'], state('x'), ctx)).toBe(sourceTemplate('pages', state('x'), ctx));
  });

  it('refiners become restrictions; a source without the refiner drops out', () => {
    const s = state('lön', 'guides', { forvaltning: ['Socialförvaltningen'], guideCategory: ['Lön och ersättning'] });
    const requests = planSearch(s, ctx);
    expect(requests.map(r => r.source)).toEqual(['people', 'guideList', 'counts']);
    const list = requests[1].queryTemplate!;
    expect(list).toContain('RefinableString112:"Socialförvaltningen"');
    expect(list).toContain('RefinableString110:"Lön och ersättning"');
    expect(list).toContain('(RefinableString111:alla OR RefinableString111:eksjo)');
    expect(requests.filter(r => r.spelling).map(r => r.source)).toEqual(['guideList']);
    // The other verticals' counts are of the text alone: no refiner of this vertical in them.
    expect(requests[2].queryTemplate).not.toContain('RefinableString11');
    // The site refiner (SiteName: refinable, unlike SiteTitle) keeps a site's path; the restriction is its URL.
    const site = sourceTemplate('documents', state('x', 'documents', { municipality: ['/sites/eksjo'] }), ctx)!;
    expect(site).toBe('({searchTerms}) AND contentclass:STS_ListItem_DocumentLibrary AND IsDocument:true AND SiteName:"https://contoso.sharepoint.com/sites/eksjo"');
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
    const allRequest = planSearch(state('lön semester ansökan'), most).find(r => r.source === 'sharepoint')!;
    expect(allRequest.queryTemplate).toContain('ModernAudienceAadObjectIds');
    // With the longest text, All's request (longer: three sources) leaves the audiences to the service and stays within 4 KB.
    const longest = planSearch(state(longText), most).find(r => r.source === 'sharepoint')!;
    expect(longest.queryTemplate!.length + longest.queryString.length).toBeLessThanOrEqual(4096);
    // Past the limit the audiences leave the query (the service checks them), the pages stay.
    const tight = planSearch(state(longText, 'pages'), { ...most, maxQueryLength: 2000 });
    expect(tight.find(r => r.source === 'pages')!.queryTemplate).not.toContain('ModernAudienceAadObjectIds');
    expect(planSearch(state(longText), { ...most, maxQueryLength: 2000 }).find(r => r.source === 'sharepoint')!.queryTemplate).toContain('STS_ListItem_WebPageLibrary');
    const refined = sourceTemplate('guideConnector', state('x', 'guides', { municipality: ['vetlanda'] }), ctx)!;
    expect(refined).toBe('({searchTerms}) AND municipality:vetlanda');
  });

  it('Visa fler: one request per paged request of the vertical that has more, without the speller', () => {
    const requests = planSearch(state('lön', 'guides'), ctx, { guideList: 10 });
    expect(requests.map(r => [r.source, r.from, r.size, r.spelling])).toEqual([['guideList', 10, 10, false]]);
    // All pages on through its SharePoint request and the connector; people are not paged there.
    const all = planSearch(state('lön'), ctx, { sharepoint: 30, guideConnector: 10, people: 4 });
    expect(all.map(r => [r.source, r.from, r.size, r.spelling, r.aggregations.length])).toEqual([['sharepoint', 30, 30, false, 0], ['guideConnector', 10, 10, false, 0]]);
    expect(decodeCursor(encodeCursor({ guideList: 10, pages: 20, sharepoint: 30 }))).toEqual({ guideList: 10, pages: 20, sharepoint: 30 });
    expect(decodeCursor('people:x,evil:3,pages:4,counts:2')).toEqual({ pages: 4 });
  });

  it('nothing to search: no requests; guides can be browsed without text, and without the speller', () => {
    expect(planSearch(state('  '), ctx)).toEqual([]);
    const browse = planSearch(state('', 'guides'), ctx);
    expect(browse.map(r => r.source)).toEqual(['guideList', 'guideConnector', 'counts']);
    expect(browse.every(r => r.queryString === '*' && !r.spelling)).toBe(true);
  });

  it('without a connection id the connector is not asked: All is two search requests', () => {
    const requests = planSearch(state('x'), { ...ctx, guideConnectionId: undefined });
    expect(requests.map(r => r.source)).toEqual(['people', 'sharepoint']);
    expect(planSearch(state('x', 'guides'), { ...ctx, guideConnectionId: undefined }).map(r => r.source)).toEqual(['people', 'guideList', 'counts']);
  });
});

describe('the start page\'s guides', () => {
  it('asks the guide list deep enough to find the pinned guides and the connector for a few: no counts, no refiners, no people', () => {
    const requests = planStartGuides(ctx, 100, 4);
    expect(requests.map(r => [r.source, r.size, r.from, r.aggregations.length, r.queryString])).toEqual([['guideList', 100, 0, 0, '*'], ['guideConnector', 4, 0, 0, '*']]);
    // The list guide's UniqueId is what Min sida pins a guide by.
    expect(requests[0].fields).toContain('UniqueId');
    expect(requests[0].queryTemplate).toEqual(planSearch(state('', 'guides'), ctx).filter(r => r.source === 'guideList')[0].queryTemplate);
    expect(planStartGuides({ ...ctx, guideConnectionId: undefined }, 100, 4).map(r => r.source)).toEqual(['guideList']);
  });

  it('asks pinned guides past the window by their UniqueId, in the guide list\'s own template; only ids that are GUIDs', () => {
    const start = planStartGuides(ctx, 100, 4);
    const a = '6f1d2c3b-0a9e-4e55-9c1b-2b7d1e0a4c11';
    const b = '0b9e8f7a-1111-4222-8333-944455556666';
    const pinned = planPinnedGuides(start, [a, 'https://x/Guider/DispForm.aspx?ID=7', b]);
    expect(pinned).not.toBeNull();
    expect(pinned!.source).toBe('guideList');
    expect(pinned!.queryString).toBe(`(UniqueId:${a} OR UniqueId:${b})`);
    expect(pinned!.queryTemplate).toBe(start[0].queryTemplate);
    expect([pinned!.from, pinned!.size]).toEqual([0, 2]);
    expect(planPinnedGuides(start, ['https://x/Guider/DispForm.aspx?ID=7', 'UniqueId:* OR x'])).toBeNull();
    expect(planPinnedGuides(start.filter(r => r.source !== 'guideList'), [a])).toBeNull();
  });
});

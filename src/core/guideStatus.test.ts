import { PUBLISHED_GUIDES_CLAUSE } from './guideStatus';
import { SearchContext, sharePointTemplate, sourceTemplate } from './searchQuery';

const ctx: SearchContext = {
  tenantUrl: 'https://contoso.sharepoint.com',
  guideListUrl: 'https://contoso.sharepoint.com/sites/gemensamt/Lists/Guider',
  groupIds: [],
  municipalityIds: ['eksjo'],
  today: '2026-11-28',
  pageSize: 10,
  peopleInAll: 4
};

describe('guide drafts are left out of readers\' queries', () => {
  it('is a clause that excludes drafts, so guides without a status stay found', () => {
    expect(PUBLISHED_GUIDES_CLAUSE).toBe('NOT SamverkaGuideStatusOWSCHCS:utkast');
  });

  it('in Sök: the guide list\'s source, alone and sharing the listItem request', () => {
    const alone = sourceTemplate('guideList', { text: 'lön', vertical: 'guides', refiners: {} }, ctx)!;
    expect(alone).toContain(` AND ${PUBLISHED_GUIDES_CLAUSE}`);
    const shared = sharePointTemplate(['guideList', 'pages'], { text: 'lön', vertical: 'all', refiners: {} }, ctx)!;
    expect(shared).toContain(`Path:"https://contoso.sharepoint.com/sites/gemensamt/Lists/Guider" AND ${PUBLISHED_GUIDES_CLAUSE}`);
    // Pages are not guides: the clause belongs to the guide list's branch only.
    expect(shared.split(PUBLISHED_GUIDES_CLAUSE)).toHaveLength(2);
  });
});

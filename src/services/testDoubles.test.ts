import { createTestServices, inMemoryNewsService, TEST_GROUPS, testNewsItem, testUsers } from './testDoubles';

describe('test doubles', () => {
  it('serve news by the same rules as the real service: sources, audiences, ranking, paging, failures', async () => {
    const items = [
      testNewsItem({ title: 'managers', audienceIds: [TEST_GROUPS.eksjo.managers], publishedAt: '2026-11-27T08:00:00Z' }),
      testNewsItem({ title: 'all', publishedAt: '2026-11-26T08:00:00Z' }),
      testNewsItem({ title: 'boosted', publishedAt: '2026-11-22T08:00:00Z', boostedUntil: '2026-12-24T00:00:00Z' }),
      // Its boost date is ahead, but a boost ends 14 days after publishing: ordinary news, last.
      testNewsItem({ title: 'old boosted', publishedAt: '2026-01-01T08:00:00Z', boostedUntil: '2026-12-24T00:00:00Z' }),
      testNewsItem({ title: 'vetlanda', sitePath: '/sites/vetlanda' })
    ];
    const news = inMemoryNewsService(items, { now: new Date('2026-11-28T12:00:00Z'), failingSites: { '/sites/gemensamt': 'unavailable' } });
    const query = { sitePaths: ['/sites/eksjo', '/sites/gemensamt'], audienceGroupIds: testUsers.anna.groupIds, pageSize: 1 };
    const first = await news.getNews(query);
    expect(first.items.map(i => i.title)).toEqual(['boosted']);
    expect(first.failures).toEqual([{ sitePath: '/sites/gemensamt', code: 'unavailable' }]);
    const second = await news.getNews({ ...query, cursor: first.nextCursor });
    expect(second.items.map(i => i.title)).toEqual(['all']);
    const third = await news.getNews({ ...query, cursor: second.nextCursor });
    expect(third.items.map(i => i.title)).toEqual(['old boosted']);
    expect(third.nextCursor).toBeUndefined();
    expect(news.queries).toHaveLength(3);
    const erik = await news.getNews({ ...query, audienceGroupIds: testUsers.erik.groupIds, pageSize: 10 });
    expect(erik.items.map(i => i.title)).toContain('managers');
  });

  it('give every service by default', async () => {
    const services = createTestServices();
    expect((await services.userContext.getCurrentUser()).displayName).toBe('Anna Lindqvist');
    expect((await services.tenantConfig.getConfig()).municipalities).toHaveLength(3);
    expect((await services.news.getNews({ sitePaths: ['/sites/eksjo'], audienceGroupIds: [], pageSize: 5 })).items).toEqual([]);
  });
});

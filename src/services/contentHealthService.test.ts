import { ListPage, wholeList } from './contentHealthLists';

type Item = { Id?: number; Title?: string };

const items = (from: number, to: number): Item[] => {
  const out: Item[] = [];
  for (let id = from; id <= to; id++) {
    out.push({ Id: id, Title: `p${id}` });
  }
  return out;
};

/** A list read page by page: the links the test hands out and which of them were followed. */
function pagesOf(all: Item[], size: number): { first: ListPage<Item>; next: (link: string) => Promise<ListPage<Item>>; followed: string[] } {
  const followed: string[] = [];
  const page = (start: number): ListPage<Item> => {
    const value = all.slice(start, start + size);
    return start + size < all.length ? { value, 'odata.nextLink': `next:${start + size}` } : { value };
  };
  return {
    first: page(0),
    followed,
    next: async link => {
      followed.push(link);
      return page(Number(link.split(':')[1]));
    }
  };
}

const ids = (list: Item[]): number[] => list.map(i => i.Id as number).sort((a, b) => a - b);

describe('wholeList', () => {
  it('takes the first page and the tail read from the top once they meet, without reading the pages between', async () => {
    const all = items(1, 5421);
    const { first, next, followed } = pagesOf(all, 5000);
    // The tail: the last 521 by ID (421 past the first page, and a margin that overlaps it).
    const tail = all.slice(-521).reverse();
    const read = await wholeList(first, tail, next);
    expect(followed).toEqual([]);
    expect(ids(read)).toEqual(ids(all));
    expect(read.length).toBe(all.length);
  });

  it('reads the pages between when the tail does not reach the first page (more than twice a page, or pages added since the count)', async () => {
    const all = items(1, 12000);
    const { first, next, followed } = pagesOf(all, 5000);
    const tail = all.slice(-5000).reverse();
    const read = await wholeList(first, tail, next);
    expect(followed).toEqual(['next:5000']);
    expect(ids(read)).toEqual(ids(all));
  });

  it('keeps IDs with gaps (deleted pages) and items the tail repeats once', async () => {
    const all = items(1, 9000).filter(i => (i.Id as number) % 3 !== 0);
    const { first, next, followed } = pagesOf(all, 5000);
    const tail = all.slice(-1100).reverse();
    const read = await wholeList(first, tail, next);
    expect(followed).toEqual([]);
    expect(ids(read)).toEqual(ids(all));
    expect(new Set(read.map(i => i.Id)).size).toBe(read.length);
  });

  it('without a tail reads every page by its link', async () => {
    const all = items(1, 11000);
    const { first, next, followed } = pagesOf(all, 5000);
    const read = await wholeList(first, [], next);
    expect(followed).toEqual(['next:5000', 'next:10000']);
    expect(ids(read)).toEqual(ids(all));
  });

  it('passes on a page that cannot be read', async () => {
    const { first } = pagesOf(items(1, 6000), 5000);
    await expect(wholeList(first, [], () => Promise.reject(new Error('503')))).rejects.toThrow('503');
  });
});

import type { SamverkaServices } from '../../../core/ports';
import type { GuideResult, ISearchService, PersonResult, SearchPage, SearchState } from '../../../core/search';
import type { SearchLocation } from '../useSearch';

/** An address that stays as it was given. */
export function location(search: string): SearchLocation {
  return { read: () => search, push: () => undefined, listen: () => () => undefined };
}

/**
 * A search that answers every query with the same content and people (the service ranks the people);
 * its counts are those of what it holds unless given (a search of thousands shows one page of them).
 */
export class FixedSearch implements ISearchService {
  public constructor(
    private readonly items: SearchPage['items'],
    private readonly people: PersonResult[],
    private readonly refiners: SearchPage['refiners'] = {},
    private readonly counts?: SearchPage['counts']
  ) {}

  public search(state: SearchState): Promise<SearchPage> {
    return Promise.resolve({
      state, items: this.items, people: state.vertical === 'all' ? this.people : [], refiners: this.refiners, failures: [],
      counts: this.counts || {
        all: this.items.length + this.people.length, pages: 0, documents: this.items.filter((i) => i.kind === 'document').length,
        people: this.people.length, guides: this.items.filter((i) => i.kind === 'guide').length
      }
    });
  }

  public startGuides(count: number): Promise<GuideResult[]> {
    return Promise.resolve(this.items.filter((i): i is GuideResult => i.kind === 'guide').slice(0, count));
  }

  public suggest(): Promise<never[]> {
    return Promise.resolve([]);
  }

  public getGuideSteps(): Promise<never[]> {
    return Promise.resolve([]);
  }

  public getPhotoUrl(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
}

/** The services Sök reads besides search: a tenant configuration of one municipality. */
export const services = {
  tenantConfig: { getConfig: () => Promise.resolve({ municipalities: [{ id: 'eksjo', name: 'Eksjö kommun' }], sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' } }) }
} as unknown as SamverkaServices;

import type { NewsItem } from '../../src/core/news';
import type { NewsSearch, NewsSearchRequest, NewsSearchResult } from '../../src/core/newsFeed';
import { KqlDocument, matchesKql, parseKql } from './kqlModel';

/** A news page as the model search index holds it. */
export interface IndexedNews {
  item: NewsItem;
  promoted: boolean;
  /** Security trimming: whether the searching user may read the page's site. */
  readable: boolean;
}

export interface NewsSearchModel {
  search: NewsSearch;
  /** The requests of every call, one array per round trip. */
  calls: NewsSearchRequest[][];
}

/**
 * Microsoft Search as the news feed uses it: KQL over managed properties, security
 * trimmed, newest first. Equal dates come back in an order of the model's own (tieRank),
 * not ours, as a real engine's would.
 */
export function createNewsSearchModel(
  index: IndexedNews[],
  tieRank: (url: string) => number,
  fail?: (request: NewsSearchRequest, call: number) => string | null
): NewsSearchModel {
  const calls: NewsSearchRequest[][] = [];
  const search: NewsSearch = async requests => {
    calls.push(requests);
    return requests.map((request): NewsSearchResult => {
      const failure = fail ? fail(request, calls.length) : null;
      if (failure) {
        return { ok: false, code: failure };
      }
      const tree = parseKql(request.queryString);
      const matches = index
        .filter(entry => entry.readable && matchesKql(tree, toDocument(entry)))
        .map(entry => entry.item)
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || tieRank(a.url) - tieRank(b.url));
      const hits = matches.slice(request.from, request.from + request.size);
      return { ok: true, hits, total: matches.length, more: request.from + request.size < matches.length };
    });
  };
  return { search, calls };
}

function toDocument(entry: IndexedNews): KqlDocument {
  const { item } = entry;
  return {
    Title: item.title,
    Description: item.description,
    Path: item.url,
    PromotedState: entry.promoted ? '2' : '0',
    FirstPublishedDate: item.publishedAt,
    ModernAudienceAadObjectIds: item.audienceIds.slice(),
    IsAudienceTargeted: item.audienceIds.length > 0,
    SamverkaBoostUntilOWSDATE: item.boostedUntil,
    SamverkaExpiresOWSDATE: item.expiresAt
  };
}

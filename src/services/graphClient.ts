import { GraphFI, GraphQueryable, type IGraphQueryable } from '@pnp/graph';

/**
 * The configured Graph root with one addition: a queryable for any path under it or for
 * an absolute URL (an @odata.nextLink), carrying the same behaviors (auth, retry, parsing).
 */
export class SamverkaGraph extends GraphFI {
  public at(pathOrUrl: string): IGraphQueryable {
    if (/^https?:\/\//i.test(pathOrUrl)) {
      return GraphQueryable([this._root, pathOrUrl]);
    }
    return this.create(GraphQueryable, pathOrUrl);
  }
}

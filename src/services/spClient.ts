import { encodePath, SPCollection, SPFI, SPQueryable, type ISPQueryable } from '@pnp/sp';

/**
 * The configured SharePoint client of a site with one addition: a queryable for any path under
 * the site, carrying the same behaviors (auth, retry, parsing). With it a service reads a list or
 * a tenant property without PnPjs' web, list and item modules, which the news feed's first render
 * would otherwise download for its two SharePoint reads. Everything else is SPFI as before.
 */
export class SamverkaSp extends SPFI {
  public at(path: string): ISPQueryable {
    return this.create(SPQueryable, path);
  }

  /**
   * The same root (URL and behaviors) as another client, with `at`: a batched client of
   * SharePointBatchCoalescer (PnPjs' `batched()` gives a plain SPFI) reads a list by path too.
   */
  public static over(sp: SPFI): SamverkaSp {
    if (sp instanceof SamverkaSp) {
      return sp;
    }
    const client = new SamverkaSp();
    client._root = (sp as SamverkaSp)._root;
    return client;
  }
}

/** The items of a list found by its title: `_api/web/lists/getByTitle('…')/items`, as PnPjs' lists and items modules address it. */
export function listItemsByTitle(sp: SamverkaSp, title: string): ReturnType<typeof SPCollection> {
  return SPCollection(sp.at(`_api/web/lists/getByTitle('${encodePath(title)}')/items`));
}

import * as React from 'react';
import * as strings from 'MustReadApplicationCustomizerStrings';
import { MustRead } from '../../src/components/mustRead/MustRead';
import type { MustReadServices } from '../../src/components/mustRead/useMustRead';
import type { PageRef } from '../../src/core/mustReadPage';
import type { Municipality } from '../../src/core/municipality';
import { sanitizeHtml } from '../../src/components/common/sanitizeHtml';
import { safeUrl } from '../../src/core/safeUrl';
import * as mustRead from '../../src/wiring/mustRead';
import { workbenchConnection } from './workbenchServices';

export const MUST_READ_PAGE = 'nyhet';

interface NewsPageContext {
  ref: PageRef;
  title: string;
  description: string;
  /** The banner picture's address, or ''. */
  banner: string;
  /** The page's text as SharePoint keeps it (CanvasContent1): shown through the sanitizer. */
  body: string;
  /** A borrowed page's source (Samverka's provenance columns), or undefined. */
  source?: { url: string; municipality: string };
}

type Loaded = { kind: 'loading' } | { kind: 'ready'; page: NewsPageContext } | { kind: 'missing'; message: string };

/**
 * What SharePoint hands an application customizer without a request (pageContext.site.id,
 * web.serverRelativeUrl, list.id, list.serverRelativeUrl, listItem.id), found here from the page's
 * address: the workbench's own requests, not the customizer's. Without an address, the newest
 * must-read news of the hub.
 */
async function pageContextOf(persona: string, item: string, hub: Municipality): Promise<NewsPageContext | string> {
  const get = async (url: string): Promise<Record<string, unknown>> => {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${persona}`, Accept: 'application/json;odata=nometadata' } });
    if (!response.ok) {
      throw new Error(`${response.status} ${url}`);
    }
    return response.json() as Promise<Record<string, unknown>>;
  };
  let path = item;
  if (!path) {
    const newest = await get(`${hub.hubPath}/_api/web/lists/getByTitle('Site%20Pages')/items?$select=FileRef&$filter=SamverkaMustRead%20eq%201%20and%20PromotedState%20eq%202&$orderby=FirstPublishedDate%20desc&$top=1`);
    const first = (newest.value as Array<{ FileRef: string }>)[0];
    if (!first) {
      return `${hub.name} har ingen nyhet som ska läsas.`;
    }
    path = first.FileRef;
  }
  const match = /^(.*)\/SitePages\/[^/]+$/i.exec(path);
  if (!match) {
    return `${path} är ingen sida i ett sidbibliotek.`;
  }
  const webPath = match[1] || '/';
  const api = `${match[1]}/_api`;
  const [site, list, page] = await Promise.all([
    get(`${api}/site?$select=Id`),
    get(`${api}/web/lists/getByTitle('Site%20Pages')?$select=Id`),
    get(`${api}/web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(path.replace(/'/g, "''"))}')/listItemAllFields?$select=Id,Title,Description,BannerImageUrl,CanvasContent1,SamverkaSourceUrl,SamverkaSourceMunicipality`)
  ]);
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const banner = page.BannerImageUrl && typeof page.BannerImageUrl === 'object' ? bannerPath(text((page.BannerImageUrl as { Url?: unknown }).Url)) : '';
  const source = safeUrl(text(page.SamverkaSourceUrl), 'link');
  return {
    ref: { siteId: String(site.Id), webPath, listId: String(list.Id), listUrl: `${match[1]}/SitePages`, itemId: Number(page.Id) },
    title: text(page.Title),
    description: text(page.Description),
    banner,
    body: text(page.CanvasContent1),
    source: source ? { url: source, municipality: text(page.SamverkaSourceMunicipality) } : undefined
  };
}

/**
 * The banner as the tenant's own picture: a path on the tenant (the workbench proxies it), from a
 * relative or http(s) address that content may use as a picture; '' for anything else.
 */
function bannerPath(url: string): string {
  const safe = url ? safeUrl(url, 'image') : undefined;
  if (!safe || /^data:/i.test(safe)) {
    return '';
  }
  try {
    const parsed = new URL(safe, window.location.origin);
    return /^https?:$/.test(parsed.protocol) ? `${parsed.pathname}${parsed.search}` : '';
  } catch {
    return '';
  }
}

export interface IMustReadNewsPageProps {
  persona: string;
  item: string;
  hub: Municipality | undefined;
  /** The municipalities of the configuration, to name a borrowed page's source. */
  municipalities?: Municipality[];
}

/** "Från Sävsjö": where a borrowed page comes from, with a link to its source. */
function SourceLine(props: { source: { url: string; municipality: string }; municipalities: Municipality[] }): React.ReactElement {
  const from = props.municipalities.filter((m) => m.id === props.source.municipality)[0];
  return <p className="sp-source">Från <a href={props.source.url}>{from ? from.shortName : props.source.municipality}</a></p>;
}

/** A news page with the application customizer's bar in the top placeholder, as SharePoint renders it. */
export function MustReadNewsPage(props: IMustReadNewsPageProps): React.ReactElement {
  const { persona, item, hub } = props;
  const [loaded, setLoaded] = React.useState<Loaded>({ kind: 'loading' });
  // As the application customizer wires it: the page's user, clients and session cache.
  const services = React.useMemo<MustReadServices>(() => mustRead.wire(workbenchConnection(persona)), [persona]);

  React.useEffect(() => {
    if (!hub) {
      return undefined;
    }
    let live = true;
    pageContextOf(persona, item, hub).then(
      (found) => { if (live) setLoaded(typeof found === 'string' ? { kind: 'missing', message: found } : { kind: 'ready', page: found }); },
      (error: Error) => { if (live) setLoaded({ kind: 'missing', message: `Sidan kunde inte läsas (${error.message}).` }); }
    );
    return () => { live = false; };
  }, [persona, item, hub]);

  return (
    <>
      <div className="sp-placeholder-top" data-placeholder="Top">
        {loaded.kind === 'ready' && <MustRead services={services} page={loaded.page.ref} strings={strings} />}
      </div>
      <main className="sp-canvas">
        {loaded.kind === 'ready' ? (
          <article data-news-page>
            {loaded.page.banner && <img className="sp-banner" src={loaded.page.banner} alt="" />}
            <h1 className="sp-pagetitle">{loaded.page.title}</h1>
            {loaded.page.source && <SourceLine source={loaded.page.source} municipalities={props.municipalities || []} />}
            <div className="sp-section">
              <div className="sp-column sp-column--main">
                <p className="sp-description">{loaded.page.description}</p>
                {/* The page's text as readers see it: through the same sanitizer as every rendered field. */}
                <div className="sp-body" dangerouslySetInnerHTML={{ __html: sanitizeHtml(loaded.page.body) }} />
              </div>
            </div>
          </article>
        ) : <p className="sp-pagetitle" role="status">{loaded.kind === 'missing' ? loaded.message : 'Hämtar sidan…'}</p>}
      </main>
    </>
  );
}

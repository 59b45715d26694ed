import * as React from 'react';
import type { SamverkaServices } from '../../src/core/ports';
import type { DashboardServices } from '../../src/components/dashboard/useDashboard';
import { DashboardWebPart } from './DashboardWebPart';
import { NewsWebPart } from './NewsWebPart';
import { CONTENT_HEALTH_PAGE, ContentHealthWebPart } from './ContentHealthWebPart';
import { SEARCH_PAGE, SearchWebPart } from './SearchWebPart';
import { REUSE_PAGE, ReuseWebPart } from './ReuseWebPart';
import { MUST_READ_PAGE, MustReadNewsPage } from './MustReadNewsPage';
import { GUIDE_EDITOR_PAGE, GuideEditorWebPart } from './GuideEditorWebPart';
import { initials, personaLabel } from './personas';
import type { IPersona } from './personas';
import { useHomeHub, useMunicipalities } from './useHomeHub';
import { stateUrl } from './workbenchState';
import type { IWorkbenchState } from './workbenchState';

/** The suite bar's search box, as SharePoint's: the words typed open the hub's search page (Sök) with them. */
function SuiteBarSearch(props: { state: IWorkbenchState }): React.ReactElement {
  const [text, setText] = React.useState('');
  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const words = text.trim();
    if (words) {
      window.location.assign(`${stateUrl('/', { ...props.state, page: SEARCH_PAGE, item: '', search: '' })}&${new URLSearchParams({ q: words })}`);
    }
  };
  return (
    <form className="sp-suitebar__search" role="search" aria-label="Sök i SharePoint" onSubmit={submit}>
      <input type="search" aria-label="Sök på den här webbplatsen" placeholder="Sök på den här webbplatsen" value={text} onChange={(e) => setText(e.target.value)} />
    </form>
  );
}

export interface ISharePointPageProps {
  state: IWorkbenchState;
  /** Who is signed in, as the suite bar shows them. */
  persona: IPersona;
  services: SamverkaServices;
  /** Set when the page shows "Min sida". */
  dashboard?: DashboardServices;
}

const HUB_LINKS = ['Start', 'Nyheter', 'Organisation', 'Stöd och service', 'Kontakt'];

/** A communication site start page: suite bar, hub navigation, page title and one section. */
export function SharePointPage(props: ISharePointPageProps): React.ReactElement {
  const persona = props.persona;
  const hub = useHomeHub(props.services);
  const municipalities = useMunicipalities(props.services);
  const hubName = hub ? hub.name : '\u00a0';
  // Which page of the hub: the start page, or an editor's page (`?page=stada`).
  const params = new URLSearchParams(window.location.search);
  const contentHealth = params.get('page') === CONTENT_HEALTH_PAGE;
  const searchPage = params.get('page') === SEARCH_PAGE;
  const reusePage = params.get('page') === REUSE_PAGE;
  const newsPage = params.get('page') === MUST_READ_PAGE;
  const guidePage = params.get('page') === GUIDE_EDITOR_PAGE;
  const pageLink = (page: string | null): string => {
    const next = new URLSearchParams(window.location.search);
    if (page) next.set('page', page); else next.delete('page');
    return `?${next.toString()}`;
  };

  return (
    <div className="sp-page">
      <header className="sp-suitebar">
        <span className="sp-suitebar__waffle" aria-hidden="true">
          {[0, 1, 2].map((row) => <span key={row}><i /><i /><i /></span>)}
        </span>
        <span className="sp-suitebar__product">SharePoint</span>
        <SuiteBarSearch state={props.state} />
        <span className="sp-suitebar__me" title={personaLabel(persona)} data-testid="signed-in">
          <span className="sp-avatar" aria-hidden="true">{initials(persona.name)}</span>
          <span className="sp-suitebar__who">
            <span className="sp-suitebar__name">{persona.name}</span>
            {persona.place && <span className="sp-suitebar__place">{persona.place}</span>}
          </span>
        </span>
      </header>

      <nav className="sp-hubnav" aria-label="Navwebbplats">
        <span className="sp-hubnav__title">{hubName}</span>
        <ul>
          {HUB_LINKS.map((link, index) => (
            <li key={link}>
              {index === 0
                ? <a href={pageLink(null)} aria-current={contentHealth || searchPage || reusePage || guidePage ? undefined : 'page'}>{link}</a>
                : <a href="#" onClick={(e) => e.preventDefault()}>{link}</a>}
            </li>
          ))}
          <li><a href={pageLink(CONTENT_HEALTH_PAGE)} aria-current={contentHealth ? 'page' : undefined}>Städa innehåll</a></li>
          <li><a href={pageLink(SEARCH_PAGE)} aria-current={searchPage ? 'page' : undefined}>Sök</a></li>
          <li><a href={pageLink(REUSE_PAGE)} aria-current={reusePage ? 'page' : undefined}>Samverka</a></li>
          <li><a href={pageLink(GUIDE_EDITOR_PAGE)} aria-current={guidePage ? 'page' : undefined}>Guider</a></li>
        </ul>
      </nav>

      <div className="sp-siteheader">
        <span className="sp-sitelogo" aria-hidden="true">{hub ? initials(hub.shortName + ' ' + 'Intranät') : ''}</span>
        <div>
          <p className="sp-sitetitle">{hub ? `${hub.shortName} intranät` : '\u00a0'}</p>
          <p className="sp-sitesub">Kommunikationswebbplats</p>
        </div>
      </div>

      {newsPage ? (
        <MustReadNewsPage persona={props.state.persona} item={props.state.item} hub={hub} municipalities={municipalities} />
      ) : searchPage ? (
        <main className="sp-canvas">
          <h1 className="sp-pagetitle">Sök</h1>
          <div className="sp-section">
            <div className="sp-column sp-column--main">
              <div className="sp-webpart" data-webpart="search">
                <SearchWebPart persona={props.state.persona} />
              </div>
            </div>
          </div>
        </main>
      ) : reusePage ? (
        <main className="sp-canvas">
          <h1 className="sp-pagetitle">Samverka</h1>
          <div className="sp-section">
            <div className="sp-column sp-column--main">
              <div className="sp-webpart" data-webpart="content-reuse">
                <ReuseWebPart persona={props.state.persona} />
              </div>
            </div>
          </div>
        </main>
      ) : guidePage ? (
        <main className="sp-canvas">
          <h1 className="sp-pagetitle">Guider</h1>
          <div className="sp-section">
            <div className="sp-column sp-column--main">
              <div className="sp-webpart" data-webpart="guide-editor">
                <GuideEditorWebPart persona={props.state.persona} />
              </div>
            </div>
          </div>
        </main>
      ) : contentHealth ? (
        <main className="sp-canvas">
          <h1 className="sp-pagetitle">Redaktörens verktyg</h1>
          <div className="sp-section">
            <div className="sp-column sp-column--main">
              <div className="sp-webpart" data-webpart="content-health">
                <ContentHealthWebPart persona={props.state.persona} />
              </div>
            </div>
          </div>
        </main>
      ) : (
      <main className="sp-canvas">
        {props.dashboard ? (
          // "Min sida" is a full-width page of its own: the web part's heading is the page's.
          <div className="sp-section">
            <div className="sp-column sp-column--main">
              <div className="sp-webpart" data-webpart="personal-dashboard">
                <DashboardWebPart services={props.dashboard} />
              </div>
            </div>
          </div>
        ) : <>
        <h1 className="sp-pagetitle">Startsida</h1>
        <div className="sp-section">
          <div className="sp-column sp-column--main">
            <div className="sp-webpart" data-webpart="targeted-news">
              <NewsWebPart services={props.services} layout={props.state.layout} />
            </div>
          </div>
        </div>
        </>}
      </main>
      )}
    </div>
  );
}

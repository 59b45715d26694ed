import * as React from 'react';
import type { SamverkaServices } from '../../src/core/ports';
import { NewsWebPart } from './NewsWebPart';
import { initials, personaByKey } from './personas';
import { useHomeHub } from './useHomeHub';
import type { IWorkbenchState } from './workbenchState';

export interface ISharePointPageProps {
  state: IWorkbenchState;
  services: SamverkaServices;
}

const HUB_LINKS = ['Start', 'Nyheter', 'Organisation', 'Stöd och service', 'Kontakt'];

/** A communication site start page: suite bar, hub navigation, page title and one section. */
export function SharePointPage(props: ISharePointPageProps): React.ReactElement {
  const persona = personaByKey(props.state.persona);
  const hub = useHomeHub(props.services);
  const hubName = hub ? hub.name : '\u00a0';

  return (
    <div className="sp-page">
      <header className="sp-suitebar">
        <span className="sp-suitebar__waffle" aria-hidden="true">
          {[0, 1, 2].map((row) => <span key={row}><i /><i /><i /></span>)}
        </span>
        <span className="sp-suitebar__product">SharePoint</span>
        <span className="sp-suitebar__search" aria-hidden="true">Sök på den här webbplatsen</span>
        <span className="sp-suitebar__me" title={persona.name}>
          <span className="sp-avatar" aria-hidden="true">{initials(persona.name)}</span>
          <span className="sp-suitebar__name">{persona.name}</span>
        </span>
      </header>

      <nav className="sp-hubnav" aria-label="Navwebbplats">
        <span className="sp-hubnav__title">{hubName}</span>
        <ul>
          {HUB_LINKS.map((link, index) => (
            <li key={link}><a href="#" aria-current={index === 0 ? 'page' : undefined} onClick={(e) => e.preventDefault()}>{link}</a></li>
          ))}
        </ul>
      </nav>

      <div className="sp-siteheader">
        <span className="sp-sitelogo" aria-hidden="true">{hub ? initials(hub.shortName + ' ' + 'Intranät') : ''}</span>
        <div>
          <p className="sp-sitetitle">{hub ? `${hub.shortName} intranät` : '\u00a0'}</p>
          <p className="sp-sitesub">Kommunikationswebbplats</p>
        </div>
      </div>

      <main className="sp-canvas">
        <h1 className="sp-pagetitle">Startsida</h1>
        <div className="sp-section">
          <div className="sp-column sp-column--main">
            <div className="sp-webpart" data-webpart="targeted-news">
              <NewsWebPart services={props.services} layout={props.state.layout} />
            </div>
          </div>
        </div>
      </main>
    </div>
  );
}

import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseApplicationCustomizer, PlaceholderName } from '@microsoft/sp-application-base';
import type { PlaceholderContent } from '@microsoft/sp-application-base';
import * as strings from 'MustReadApplicationCustomizerStrings';
import type { PageRef } from '../../core/mustReadPage';
import { isSitePage } from '../../core/mustReadPage';
import type { MustReadServices } from '../../components/mustRead/useMustRead';

/** No properties: where it runs is the Tenant Wide Extensions list's business, what it shows the page's. */
export type IMustReadApplicationCustomizerProperties = Record<string, never>;

type ViewModule = typeof import('../../components/mustRead/MustRead');

/**
 * Läs och bekräfta on the news page: in the top placeholder, a bar for a must-read page's audience.
 * Wiring only. On a page that is not a page of a site's pages library it loads and asks nothing;
 * on one that is, the view and services arrive in lazy chunks and the view reads the page's item.
 * SharePoint moves between pages without reloading, so each navigation renders for the new page.
 */
export default class MustReadApplicationCustomizer extends BaseApplicationCustomizer<IMustReadApplicationCustomizerProperties> {
  private _top: PlaceholderContent | undefined;
  private _loaded: Promise<{ view: ViewModule; services: MustReadServices }> | undefined;

  public onInit(): Promise<void> {
    this.context.application.navigatedEvent.add(this, this._render);
    this._render();
    return Promise.resolve();
  }

  public onDispose(): void {
    this._unmount();
  }

  private _pageRef(): PageRef | undefined {
    const { pageContext } = this.context;
    const ref: Partial<PageRef> = {
      siteId: pageContext.site.id.toString(),
      webPath: pageContext.web.serverRelativeUrl,
      listId: pageContext.list ? pageContext.list.id.toString() : undefined,
      listUrl: pageContext.list ? pageContext.list.serverRelativeUrl : undefined,
      itemId: pageContext.listItem ? pageContext.listItem.id : undefined
    };
    return isSitePage(ref) ? ref : undefined;
  }

  private _render(): void {
    const page = this._pageRef();
    if (!page) {
      this._unmount();
      return;
    }
    if (!this._top || this._top.isDisposed) {
      this._top = this.context.placeholderProvider.tryCreateContent(PlaceholderName.Top, { onDispose: () => this._unmount() });
    }
    const top = this._top;
    if (!top) {
      return;
    }
    this._load().then(({ view, services }) => {
      if (!top.isDisposed) {
        ReactDom.render(React.createElement(view.MustRead, { services, page, strings }), top.domElement);
      }
    }, () => undefined);
  }

  private _load(): Promise<{ view: ViewModule; services: MustReadServices }> {
    if (!this._loaded) {
      this._loaded = Promise.all([
        import(/* webpackChunkName: 'must-read-view' */ '../../components/mustRead/MustRead'),
        import(/* webpackChunkName: 'must-read-services' */ '../../wiring/mustRead')
      ]).then(([view, mustRead]) => ({ view, services: mustRead.wire({ kind: 'spfx', context: this.context }) }));
    }
    return this._loaded;
  }

  private _unmount(): void {
    if (this._top && !this._top.isDisposed) {
      ReactDom.unmountComponentAtNode(this._top.domElement);
    }
  }
}

import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SearchWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { SamverkaWebPart } from '../common/SamverkaWebPart';
import type { IWebPartStatusStrings } from '../common/SamverkaWebPart';
import type { ITenantConfigService } from '../../core/ports';
import type { ISearchService } from '../../core/search';
import type { SearchPropertyPane } from './SearchPropertyPane';
import { checkSearchProperties } from '../../settings/search';
import type { ISearchWebPartProps } from '../../settings/search';
import type { ICheckedProperties } from '../../settings/properties';

type ViewModule = typeof import('../../components/search/Search');
type Loaded = [ViewModule, { tenantConfig: ITenantConfigService }, ISearchService];

/**
 * Wiring only: reads the properties, builds the services from the SPFx context and renders the
 * search. The view and the services arrive in lazy chunks; so does the property pane.
 */
export default class SearchWebPart extends SamverkaWebPart<ISearchWebPartProps, Loaded> {
  private _propertyPane: SearchPropertyPane | undefined;

  protected get statusStrings(): IWebPartStatusStrings {
    return strings.WebPart;
  }

  /** The properties as the view and the services may use them: saved values of the wrong shape replaced by defaults. */
  private get checked(): ICheckedProperties<ISearchWebPartProps> {
    return checkSearchProperties(this.properties);
  }

  protected get invalidProperties(): string[] {
    const p = strings.PropertyPane;
    const labels: Record<keyof ISearchWebPartProps, string> = { title: p.TitleLabel, pageSize: p.PageSizeLabel, guideConnectionId: p.ConnectionLabel };
    return this.checked.invalid.map((key) => labels[key]);
  }

  /** The search service is built again when the connector or the page size changes. */
  protected get loadKey(): string {
    const values = this.checked.values;
    return `${values.guideConnectionId}|${values.pageSize}`;
  }

  /** The view, the services and the search service. */
  protected loadView(): Promise<Loaded> {
    return Promise.all([
      import(/* webpackChunkName: 'search-view' */ '../../components/search/Search'),
      import(/* webpackChunkName: 'search-services' */ '../../wiring/search')
        .then((search) => search.wire({ kind: 'spfx', context: this.context }, {
          guideConnectionId: this.checked.values.guideConnectionId,
          pageSize: this.checked.values.pageSize
        }))
    ]).then(([view, built]) => [view, built.services, built.search] as Loaded);
  }

  protected renderView([view, services, search]: Loaded, hostTheme: HostTheme | undefined): React.ReactElement {
    return React.createElement(view.Search, { services, search, strings, title: this.checked.values.title, hostTheme });
  }

  protected loadPropertyPaneResources(): Promise<void> {
    return import(/* webpackChunkName: 'search-property-pane' */ './SearchPropertyPane').then((pane) => {
      this._propertyPane = new pane.SearchPropertyPane(strings.PropertyPane);
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this._propertyPane ? this._propertyPane.configuration(this.properties) : { pages: [] };
  }
}

import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'SearchWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { SamverkaWebPart } from '../common/SamverkaWebPart';
import type { IWebPartStatusStrings } from '../common/SamverkaWebPart';
import type { ITenantConfigService } from '../../core/ports';
import type { ISearchService } from '../../core/search';
import type { SearchPropertyPane } from './SearchPropertyPane';
import { checkProperties } from '../common/webPartProperties';
import type { ICheckedProperties, PropertyRule } from '../common/webPartProperties';

export interface ISearchWebPartProps {
  title: string;
  pageSize: number;
  /** Connection id of the external guide system's Graph connector; empty: the guide list only. */
  guideConnectionId: string;
}

type ViewModule = typeof import('../../components/search/Search');

/** As the property pane offers them; a connection id is letters and digits (Graph's rule). */
const RULES: { [K in keyof ISearchWebPartProps]: PropertyRule } = {
  title: { kind: 'text' },
  pageSize: { kind: 'integer', min: 5, max: 25 },
  guideConnectionId: { kind: 'pattern', pattern: /^[A-Za-z0-9]{3,32}$/ }
};
const DEFAULTS: ISearchWebPartProps = { title: '', pageSize: 10, guideConnectionId: '' };
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
    return checkProperties(this.properties, RULES, DEFAULTS);
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

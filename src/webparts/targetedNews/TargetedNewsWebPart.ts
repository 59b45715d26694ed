import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'TargetedNewsWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { SamverkaWebPart } from '../common/SamverkaWebPart';
import type { IWebPartStatusStrings } from '../common/SamverkaWebPart';
import type { SamverkaServices } from '../../core/ports';
import type { NewsLayout } from '../../components/news/newsSettings';
import { MAX_ITEM_COUNT, MIN_ITEM_COUNT } from '../../components/news/newsSettings';
import { checkProperties } from '../common/webPartProperties';
import type { PropertyRule } from '../common/webPartProperties';
import type { TargetedNewsPropertyPane } from './TargetedNewsPropertyPane';

export interface ITargetedNewsWebPartProps {
  title: string;
  layout: NewsLayout;
  itemCount: number;
  /** Server-relative site paths; empty: the user's municipalities and the shared site. */
  sources: string[];
}

type ViewModule = typeof import('../../components/news/TargetedNews');

const RULES: { [K in keyof ITargetedNewsWebPartProps]: PropertyRule } = {
  title: { kind: 'text' },
  layout: { kind: 'choice', choices: ['list', 'cards'] },
  itemCount: { kind: 'integer', min: MIN_ITEM_COUNT, max: MAX_ITEM_COUNT },
  sources: { kind: 'textList' }
};
const DEFAULTS: ITargetedNewsWebPartProps = { title: '', layout: 'list', itemCount: 6, sources: [] };

/**
 * Wiring only: reads the properties, builds the services from the SPFx context and renders the
 * feed. The view (React components, Fluent UI) and the services (PnPjs) arrive in lazy chunks so
 * the entry bundle stays small; so does the property pane, which only editors open.
 */
export default class TargetedNewsWebPart extends SamverkaWebPart<ITargetedNewsWebPartProps, [ViewModule, SamverkaServices]> {
  private _propertyPane: TargetedNewsPropertyPane | undefined;

  protected get statusStrings(): IWebPartStatusStrings {
    return strings.WebPart;
  }

  /** The view normalizes what it is given (newsSettings.ts); the editor hears what was not used. Sites no hub has any more the feed itself names. */
  protected get invalidProperties(): string[] {
    const p = strings.PropertyPane;
    const labels: Record<keyof ITargetedNewsWebPartProps, string> = { title: p.TitleLabel, layout: p.LayoutLabel, itemCount: p.ItemCountLabel, sources: p.SourcesGroup };
    return checkProperties(this.properties, RULES, DEFAULTS).invalid.map((key) => labels[key]);
  }

  /** The view and the services, each fetched once, in parallel. */
  protected loadView(): Promise<[ViewModule, SamverkaServices]> {
    return Promise.all([
      import(/* webpackChunkName: 'targeted-news-view' */ '../../components/news/TargetedNews'),
      import(/* webpackChunkName: 'samverka-services' */ '../../wiring/news')
        .then((news) => news.wire({ kind: 'spfx', context: this.context }))
    ]);
  }

  protected renderView([view, services]: [ViewModule, SamverkaServices], hostTheme: HostTheme | undefined): React.ReactElement {
    return React.createElement(view.TargetedNews, { services, properties: this.properties, strings, hostTheme });
  }

  protected loadPropertyPaneResources(): Promise<void> {
    return import(/* webpackChunkName: 'targeted-news-property-pane' */ './TargetedNewsPropertyPane').then((pane) => {
      this._propertyPane = new pane.TargetedNewsPropertyPane(
        strings.PropertyPane,
        () => this.loaded().then(([, services]) => services.tenantConfig.getConfig()),
        () => this.context.propertyPane.refresh()
      );
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this._propertyPane ? this._propertyPane.configuration(this.properties) : { pages: [] };
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (this._propertyPane) {
      this._propertyPane.applyChange(this.properties, propertyPath, newValue);
    }
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
  }
}

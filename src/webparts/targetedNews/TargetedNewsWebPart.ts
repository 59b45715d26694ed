import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'TargetedNewsWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { SamverkaWebPart } from '../common/SamverkaWebPart';
import type { IWebPartStatusStrings } from '../common/SamverkaWebPart';
import type { SamverkaServices } from '../../core/ports';
import { checkTargetedNewsProperties } from '../../settings/targetedNews';
import type { ITargetedNewsWebPartProps } from '../../settings/targetedNews';
import type { TargetedNewsPropertyPane } from './TargetedNewsPropertyPane';

type ViewModule = typeof import('../../components/news/TargetedNews');

/**
 * Wiring only: reads the properties, builds the services from the SPFx context and renders the
 * feed. The view (React components, Fluent UI styling) and the services (PnPjs) arrive in one lazy
 * chunk so the entry bundle stays small; the property pane, which only editors open, in another.
 */
export default class TargetedNewsWebPart extends SamverkaWebPart<ITargetedNewsWebPartProps, [ViewModule, SamverkaServices]> {
  private _propertyPane: TargetedNewsPropertyPane | undefined;

  protected get statusStrings(): IWebPartStatusStrings {
    return strings.WebPart;
  }

  /** The view reads the properties with the same parsers (settings/targetedNews.ts); the editor hears what was not used. Sites no hub has any more the feed itself names. */
  protected get invalidProperties(): string[] {
    const p = strings.PropertyPane;
    const labels: Record<keyof ITargetedNewsWebPartProps, string> = {
      title: p.TitleLabel, layout: p.LayoutLabel, itemCount: p.ItemCountLabel, boostedOnTop: p.BoostedOnTopLabel, sources: p.SourcesGroup
    };
    return checkTargetedNewsProperties(this.properties).invalid.map((key) => labels[key]);
  }

  /**
   * The view and the services, fetched once. Both are in one chunk, 'targeted-news', with all they
   * need (gulpfile.js keeps webpack from splitting it): the hub start page's first render is one
   * download, not a dozen chunks shared with the other web parts.
   */
  protected loadView(): Promise<[ViewModule, SamverkaServices]> {
    return Promise.all([
      import(/* webpackChunkName: 'targeted-news' */ '../../components/news/TargetedNews'),
      import(/* webpackChunkName: 'targeted-news' */ '../../wiring/news')
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

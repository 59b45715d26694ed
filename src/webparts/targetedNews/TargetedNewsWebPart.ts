import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import * as strings from 'TargetedNewsWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { followTeamsTheme } from '../../components/common/teamsHost';
import type { SamverkaServices } from '../../core/ports';
import type { NewsLayout } from '../../components/news/newsSettings';
import type { TargetedNewsPropertyPane } from './TargetedNewsPropertyPane';

export interface ITargetedNewsWebPartProps {
  title: string;
  layout: NewsLayout;
  itemCount: number;
  /** Server-relative site paths; empty: the user's municipalities and the shared site. */
  sources: string[];
}

type ViewModule = typeof import('../../components/news/TargetedNews');

/**
 * Wiring only: reads the properties, builds the services from the SPFx context and renders the
 * feed. The view (React components, Fluent UI) and the services (PnPjs) arrive in lazy chunks so
 * the entry bundle stays small; so does the property pane, which only editors open.
 */
export default class TargetedNewsWebPart extends BaseClientSideWebPart<ITargetedNewsWebPartProps> {
  private _hostTheme: HostTheme | undefined;
  private _loading: Promise<[ViewModule, SamverkaServices]> | undefined;
  private _propertyPane: TargetedNewsPropertyPane | undefined;

  protected onInit(): Promise<void> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) {
      return Promise.resolve();
    }
    // In Teams the tab follows the Teams theme; waiting for it avoids a light flash in dark mode.
    return followTeamsTheme(teams.teamsJs.app, (name) => {
      this._hostTheme = { kind: 'teams', name };
      if (this.renderedOnce) {
        this.render();
      }
    });
  }

  public render(): void {
    if (!this._loading) {
      this.context.statusRenderer.displayLoadingIndicator(this.domElement, strings.WebPart.Loading);
    }
    this._load().then(([view, services]) => {
      this.context.statusRenderer.clearLoadingIndicator(this.domElement);
      ReactDom.render(React.createElement(view.TargetedNews, {
        services,
        properties: this.properties,
        strings,
        hostTheme: this._hostTheme
      }), this.domElement);
    }, () => {
      // A chunk that cannot be fetched (network, a redeployed package): say so instead of a blank zone.
      this._loading = undefined;
      this.context.statusRenderer.clearLoadingIndicator(this.domElement);
      this.context.statusRenderer.renderError(this.domElement, strings.WebPart.LoadFailed);
    });
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    // Inside Teams the Teams theme wins over the (light) theme SharePoint reports.
    if (this.context.sdks.microsoftTeams || !theme) {
      return;
    }
    this._hostTheme = { kind: 'sharepoint', theme };
    if (this.renderedOnce) {
      this.render();
    }
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected loadPropertyPaneResources(): Promise<void> {
    return import(/* webpackChunkName: 'targeted-news-property-pane' */ './TargetedNewsPropertyPane').then((pane) => {
      this._propertyPane = new pane.TargetedNewsPropertyPane(
        strings.PropertyPane,
        () => this._load().then(([, services]) => services.tenantConfig.getConfig()),
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

  /** The view and the services, each fetched once, in parallel. */
  private _load(): Promise<[ViewModule, SamverkaServices]> {
    if (!this._loading) {
      this._loading = Promise.all([
        import(/* webpackChunkName: 'targeted-news-view' */ '../../components/news/TargetedNews'),
        import(/* webpackChunkName: 'samverka-services' */ '../../services/factory')
          .then((factory) => factory.createServices({ kind: 'spfx', context: this.context }))
      ]);
    }
    return this._loading;
  }
}

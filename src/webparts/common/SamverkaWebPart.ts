import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { HostTheme } from '../../components/common/hostTheme';
import { followTeamsTheme } from '../../components/common/teamsHost';

/** What every Samverka web part says itself, before its view has loaded. */
export interface IWebPartStatusStrings {
  Loading: string;
  LoadFailed: string;
}

/**
 * The wiring every Samverka web part shares: follow the Teams theme (or SharePoint's), show a
 * loading indicator while the lazily loaded view and services arrive, say so when a chunk cannot
 * be fetched, and unmount on dispose. A web part names what it loads and how it renders it.
 */
export abstract class SamverkaWebPart<TProperties extends {}, TLoaded> extends BaseClientSideWebPart<TProperties> {
  private _hostTheme: HostTheme | undefined;
  private _loading: Promise<TLoaded> | undefined;
  private _loadedFor: string | undefined;

  /** The web part's own loading and failure text (its loc/ strings). */
  protected abstract get statusStrings(): IWebPartStatusStrings;

  /** Fetches the view and the services (named lazy chunks); called once per loadKey. */
  protected abstract loadView(): Promise<TLoaded>;

  /** The root element of the loaded view. */
  protected abstract renderView(loaded: TLoaded, hostTheme: HostTheme | undefined): React.ReactElement;

  /** Properties that need the services built again when they change (empty: built once). */
  protected get loadKey(): string {
    return '';
  }

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
      this.context.statusRenderer.displayLoadingIndicator(this.domElement, this.statusStrings.Loading);
    }
    this.loaded().then((loaded) => {
      this.context.statusRenderer.clearLoadingIndicator(this.domElement);
      ReactDom.render(this.renderView(loaded, this._hostTheme), this.domElement);
    }, () => {
      // A chunk that cannot be fetched (network, a redeployed package): say so instead of a blank zone.
      this._loading = undefined;
      this.context.statusRenderer.clearLoadingIndicator(this.domElement);
      this.context.statusRenderer.renderError(this.domElement, this.statusStrings.LoadFailed);
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

  /** The view and the services, fetched once (again when loadKey changes). */
  protected loaded(): Promise<TLoaded> {
    const key = this.loadKey;
    if (!this._loading || this._loadedFor !== key) {
      this._loadedFor = key;
      this._loading = this.loadView();
    }
    return this._loading;
  }
}

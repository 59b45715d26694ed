import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DisplayMode, Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { HostTheme } from '../../components/common/hostTheme';
import { followTeamsTheme } from '../../components/common/teamsHost';

/** What every Samverka web part says itself, before its view has loaded. */
export interface IWebPartStatusStrings {
  Loading: string;
  LoadFailed: string;
  /** For editors: "... are not valid and are not used: {0}" with the names of the properties. */
  InvalidProperties?: string;
}

/** Fixed colours, not the theme's: the notice must show when the view (and its theme) failed. They pass WCAG AA. */
const NOTICE_STYLE: React.CSSProperties = { margin: '0 0 8px', padding: '8px 12px', borderLeft: '4px solid #a4262c', background: '#fde7e9', color: '#201f1e' };

interface IViewBoundaryProps {
  failed: string;
  notice?: string;
  children?: React.ReactNode;
}

/**
 * The view and, for an editor, a notice about settings that are not used. A view that throws
 * while rendering (properties no check foresaw) shows the failure text instead of breaking the page.
 */
class ViewBoundary extends React.Component<IViewBoundaryProps, { failed: boolean }> {
  public state: { failed: boolean } = { failed: false };

  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  public componentDidUpdate(previous: IViewBoundaryProps): void {
    // A new render from the web part (changed properties) tries the view again.
    if (this.state.failed && previous.children !== this.props.children) {
      this.setState({ failed: false });
    }
  }

  public render(): React.ReactNode {
    if (this.state.failed) {
      return React.createElement('p', { role: 'alert', style: NOTICE_STYLE }, this.props.failed);
    }
    return React.createElement(React.Fragment, null,
      this.props.notice ? React.createElement('p', { role: 'status', style: NOTICE_STYLE, 'data-invalid-properties': '' }, this.props.notice) : null,
      this.props.children);
  }
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

  /** Names (loc/ labels) of saved properties that are not valid and were replaced by defaults; shown to editors. */
  protected get invalidProperties(): string[] {
    return [];
  }

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
      const strings = this.statusStrings;
      const invalid = this.displayMode === DisplayMode.Edit && strings.InvalidProperties ? this.invalidProperties : [];
      const notice = invalid.length > 0 && strings.InvalidProperties ? strings.InvalidProperties.replace('{0}', invalid.join(', ')) : undefined;
      ReactDom.render(React.createElement(ViewBoundary, { failed: strings.LoadFailed, notice }, this.renderView(loaded, this._hostTheme)), this.domElement);
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

import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ContentHealthWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { SamverkaWebPart } from '../common/SamverkaWebPart';
import type { IWebPartStatusStrings } from '../common/SamverkaWebPart';
import type { IContentHealthWebPartProps } from '../../settings/contentHealth';
import type { IContentHealthService } from '../../core/contentHealthPorts';
import type { TenantConfig } from '../../core/municipality';
import type { IMustReadReportService } from '../../core/mustReadReportPorts';

type ViewModule = typeof import('../../components/contentHealth/ContentHealth');
interface Loaded {
  view: ViewModule;
  service: IContentHealthService;
  getConfig: () => Promise<TenantConfig>;
  loadMustRead: () => Promise<{ service: IMustReadReportService; view: typeof import('../../components/contentHealth/MustReadEditors') }>;
}

/**
 * Wiring only: builds the services from the SPFx context and renders the report. The view and
 * the services (PnPjs) arrive in lazy chunks, so the entry bundle stays small.
 */
export default class ContentHealthWebPart extends SamverkaWebPart<IContentHealthWebPartProps, Loaded> {
  protected get statusStrings(): IWebPartStatusStrings {
    return strings.WebPart;
  }

  protected loadView(): Promise<Loaded> {
    return Promise.all([
      import(/* webpackChunkName: 'content-health-view' */ '../../components/contentHealth/ContentHealth'),
      import(/* webpackChunkName: 'content-health-services' */ '../../wiring/contentHealth')
    ]).then(([view, health]) => {
      const wired = health.wire({ kind: 'spfx', context: this.context });
      return {
        view, service: wired.service, getConfig: wired.getConfig,
        loadMustRead: () => Promise.all([
          import(/* webpackChunkName: 'must-read-editors-view' */ '../../components/contentHealth/MustReadEditors'),
          wired.loadMustReadReport()
        ]).then(([mustReadView, service]) => ({ view: mustReadView, service }))
      };
    });
  }

  protected renderView(loaded: Loaded, hostTheme: HostTheme | undefined): React.ReactElement {
    return React.createElement(loaded.view.ContentHealth, {
      service: loaded.service,
      getConfig: loaded.getConfig,
      loadMustRead: loaded.loadMustRead,
      strings,
      hostTheme
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [] };
  }
}

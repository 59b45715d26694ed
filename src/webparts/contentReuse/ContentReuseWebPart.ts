import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ContentReuseWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { SamverkaWebPart } from '../common/SamverkaWebPart';
import type { IWebPartStatusStrings } from '../common/SamverkaWebPart';
import type { IContentReuseWebPartProps } from '../../settings/contentReuse';
import type { IReuseService } from '../../core/reusePorts';
import type { IBorrowService } from '../../core/borrowPorts';
import type { TenantConfig } from '../../core/municipality';

type ViewModule = typeof import('../../components/reuse/ContentReuse');
interface Loaded {
  view: ViewModule;
  service: IReuseService;
  borrow: IBorrowService;
  getConfig: () => Promise<TenantConfig>;
}

/**
 * Wiring only: builds the services from the SPFx context and renders the reuse view. The view
 * and the services (PnPjs) arrive in lazy chunks, so the entry bundle stays small.
 */
export default class ContentReuseWebPart extends SamverkaWebPart<IContentReuseWebPartProps, Loaded> {
  protected get statusStrings(): IWebPartStatusStrings {
    return strings.WebPart;
  }

  protected loadView(): Promise<Loaded> {
    return Promise.all([
      import(/* webpackChunkName: 'content-reuse-view' */ '../../components/reuse/ContentReuse'),
      import(/* webpackChunkName: 'content-reuse-services' */ '../../wiring/reuse')
    ]).then(([view, reuse]) => ({ view, ...reuse.wire({ kind: 'spfx', context: this.context }) }));
  }

  protected renderView(loaded: Loaded, hostTheme: HostTheme | undefined): React.ReactElement {
    return React.createElement(loaded.view.ContentReuse, {
      service: loaded.service,
      borrow: loaded.borrow,
      getConfig: loaded.getConfig,
      strings,
      hostTheme
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [] };
  }
}

import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'GuideEditorWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { SamverkaWebPart } from '../common/SamverkaWebPart';
import type { IWebPartStatusStrings } from '../common/SamverkaWebPart';
import type { IGuideEditorWebPartProps } from '../../settings/guideEditor';
import type { DraftStorage } from '../../core/guideEditorDrafts';
import type { IGuideEditorService } from '../../core/guideEditorPorts';
import type { TenantConfig } from '../../core/municipality';
import type { CurrentUser } from '../../core/ports';

type ViewModule = typeof import('../../components/guideEditor/GuideEditor');
interface Loaded {
  view: ViewModule;
  service: IGuideEditorService;
  getConfig: () => Promise<TenantConfig>;
  getUser: () => Promise<CurrentUser>;
}

/** The browser's localStorage, or nothing when the browser refuses it (privacy settings): the editor then keeps no local copy. */
function localStorageOrNothing(): DraftStorage | undefined {
  try {
    return window.localStorage || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wiring only: builds the guide editor's service from the SPFx context and renders the editor.
 * The view and the services (PnPjs) arrive in lazy chunks, so the entry bundle stays small.
 */
export default class GuideEditorWebPart extends SamverkaWebPart<IGuideEditorWebPartProps, Loaded> {
  protected get statusStrings(): IWebPartStatusStrings {
    return strings.WebPart;
  }

  protected loadView(): Promise<Loaded> {
    return Promise.all([
      import(/* webpackChunkName: 'guide-editor-view' */ '../../components/guideEditor/GuideEditor'),
      import(/* webpackChunkName: 'guide-editor-services' */ '../../wiring/guideEditor')
    ]).then(([view, editor]) => ({ view, ...editor.wire({ kind: 'spfx', context: this.context }) }));
  }

  protected renderView(loaded: Loaded, hostTheme: HostTheme | undefined): React.ReactElement {
    return React.createElement(loaded.view.GuideEditor, {
      service: loaded.service,
      getConfig: loaded.getConfig,
      getUser: loaded.getUser,
      storage: localStorageOrNothing(),
      strings,
      hostTheme
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [] };
  }
}

import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'PersonalDashboardWebPartStrings';
import type { HostTheme } from '../../components/common/hostTheme';
import { SamverkaWebPart } from '../common/SamverkaWebPart';
import type { IWebPartStatusStrings } from '../common/SamverkaWebPart';
import type { DashboardServices } from '../../components/dashboard/useDashboard';
import { checkPersonalDashboardProperties } from '../../settings/personalDashboard';
import type { IPersonalDashboardWebPartProps } from '../../settings/personalDashboard';
import type { ICheckedProperties } from '../../settings/properties';

type ViewModule = typeof import('../../components/dashboard/PersonalDashboard');

interface Loaded {
  view: ViewModule;
  services: DashboardServices;
  tenantUrl: string;
}

/**
 * Wiring only: builds the services from the SPFx context and renders "Min sida". The view and
 * the services arrive in lazy chunks, so does the property pane (a Teams personal app has none).
 */
export default class PersonalDashboardWebPart extends SamverkaWebPart<IPersonalDashboardWebPartProps, Loaded> {
  private _pane: typeof import('./PersonalDashboardPropertyPane') | undefined;

  protected get statusStrings(): IWebPartStatusStrings {
    return strings.WebPart;
  }

  private get checked(): ICheckedProperties<IPersonalDashboardWebPartProps> {
    return checkPersonalDashboardProperties(this.properties);
  }

  protected get invalidProperties(): string[] {
    const p = strings.PropertyPane;
    const labels: Record<keyof IPersonalDashboardWebPartProps, string> = {
      calendarDays: p.CalendarDaysLabel, documentCount: p.DocumentCountLabel, showNews: p.ShowNews,
      showCalendar: p.ShowCalendar, showDocuments: p.ShowDocuments, showGuides: p.ShowGuides, showLinks: p.ShowLinks
    };
    return this.checked.invalid.map((key) => labels[key]);
  }

  protected loadView(): Promise<Loaded> {
    return Promise.all([
      import(/* webpackChunkName: 'personal-dashboard-view' */ '../../components/dashboard/PersonalDashboard'),
      import(/* webpackChunkName: 'personal-dashboard-services' */ '../../wiring/dashboard')
    ]).then(([view, dashboard]) => ({ view, ...dashboard.wire({ kind: 'spfx', context: this.context }) }));
  }

  protected renderView(loaded: Loaded, hostTheme: HostTheme | undefined): React.ReactElement {
    return React.createElement(loaded.view.PersonalDashboard, {
      services: loaded.services,
      properties: this.checked.values,
      strings,
      hostTheme,
      tenantUrl: loaded.tenantUrl
    });
  }

  protected loadPropertyPaneResources(): Promise<void> {
    return import(/* webpackChunkName: 'personal-dashboard-property-pane' */ './PersonalDashboardPropertyPane').then((pane) => {
      this._pane = pane;
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this._pane ? this._pane.personalDashboardPropertyPane(strings.PropertyPane, this.checked.values) : { pages: [] };
  }
}

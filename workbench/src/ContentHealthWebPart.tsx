import * as React from 'react';
import * as strings from 'ContentHealthWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { ContentHealth } from '../../src/components/contentHealth/ContentHealth';
import { createContentHealthService } from '../../src/services/contentHealthService';
import { createServices } from '../../src/services/factory';
import { createMustReadReportService } from '../../src/services/mustReadReportService';
import * as mustReadView from '../../src/components/contentHealth/MustReadEditors';

export interface IContentHealthWebPartProps {
  persona: string;
  /** Set in a Teams tab. */
  hostTheme?: HostTheme;
}

/** The content health web part as the SPFx class renders it: its view with its loc strings and services. */
export function ContentHealthWebPart(props: IContentHealthWebPartProps): React.ReactElement {
  const wiring = React.useMemo(() => {
    const services = createServices({ kind: 'local', baseUrl: window.location.origin, token: props.persona });
    return {
      service: createContentHealthService(services), getConfig: () => services.tenantConfig.getConfig(),
      loadMustRead: () => Promise.resolve({ service: createMustReadReportService(services), view: mustReadView })
    };
  }, [props.persona]);
  return <ContentHealth service={wiring.service} getConfig={wiring.getConfig} loadMustRead={wiring.loadMustRead} strings={strings} hostTheme={props.hostTheme} />;
}

/** The workbench page that shows it: `?page=stada`. */
export const CONTENT_HEALTH_PAGE = 'stada';

import * as React from 'react';
import * as strings from 'ContentHealthWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { ContentHealth } from '../../src/components/contentHealth/ContentHealth';
import * as mustReadView from '../../src/components/contentHealth/MustReadEditors';
import * as contentHealth from '../../src/wiring/contentHealth';
import { workbenchConnection } from './workbenchServices';

export interface IContentHealthWebPartProps {
  persona: string;
  /** Set in a Teams tab. */
  hostTheme?: HostTheme;
}

/** The content health web part as the SPFx class renders it: its view with its loc strings and services. */
export function ContentHealthWebPart(props: IContentHealthWebPartProps): React.ReactElement {
  const wiring = React.useMemo(() => {
    const wired = contentHealth.wire(workbenchConnection(props.persona));
    return {
      service: wired.service, getConfig: wired.getConfig,
      loadMustRead: () => wired.loadMustReadReport().then((service) => ({ service, view: mustReadView }))
    };
  }, [props.persona]);
  return <ContentHealth service={wiring.service} getConfig={wiring.getConfig} loadMustRead={wiring.loadMustRead} strings={strings} hostTheme={props.hostTheme} />;
}

/** The workbench page that shows it: `?page=stada`. */
export const CONTENT_HEALTH_PAGE = 'stada';

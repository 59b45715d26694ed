import * as React from 'react';
import * as strings from 'ContentReuseWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { ContentReuse } from '../../src/components/reuse/ContentReuse';
import * as reuse from '../../src/wiring/reuse';
import { workbenchConnection } from './workbenchServices';

export interface IReuseWebPartProps {
  persona: string;
  /** Set in a Teams tab. */
  hostTheme?: HostTheme;
}

/** The content reuse web part as the SPFx class renders it: its view with its loc strings and services. */
export function ReuseWebPart(props: IReuseWebPartProps): React.ReactElement {
  const wiring = React.useMemo(() => reuse.wire(workbenchConnection(props.persona)), [props.persona]);
  return <ContentReuse service={wiring.service} borrow={wiring.borrow} getConfig={wiring.getConfig} strings={strings} hostTheme={props.hostTheme} />;
}

/** The workbench page that shows it: `?page=samverka`. */
export const REUSE_PAGE = 'samverka';

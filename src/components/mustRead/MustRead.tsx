import * as React from 'react';
import type { PageRef } from '../../core/mustReadPage';
import { MustReadBar } from './MustReadBar';
import type { IMustReadStrings } from './mustReadStrings';
import { useMustRead } from './useMustRead';
import type { MustReadServices } from './useMustRead';

export interface IMustReadProps {
  services: MustReadServices | undefined;
  page: PageRef | undefined;
  strings: IMustReadStrings;
}

/** The must-read bar of a page: the hook holds the requests, the bar the rendering. */
export function MustRead(props: IMustReadProps): React.ReactElement | null {
  const { state, confirm } = useMustRead(props.services, props.page);
  return <MustReadBar state={state} strings={props.strings} onConfirm={confirm} />;
}

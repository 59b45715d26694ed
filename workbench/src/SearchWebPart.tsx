import * as React from 'react';
import * as strings from 'SearchWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { Search } from '../../src/components/search/Search';
import { createSearchServices } from '../../src/services/searchWiring';

export interface ISearchWebPartProps {
  persona: string;
  /** Set in a Teams tab. */
  hostTheme?: HostTheme;
}

/** The search web part as the SPFx class renders it, with the guide connector the local tenant serves. */
export function SearchWebPart(props: ISearchWebPartProps): React.ReactElement {
  const wiring = React.useMemo(
    () => createSearchServices({ kind: 'local', baseUrl: window.location.origin, token: props.persona }, { guideConnectionId: 'kunskapsbanken', pageSize: 10 }),
    [props.persona]
  );
  return <Search services={wiring.services} search={wiring.search} strings={strings} hostTheme={props.hostTheme} />;
}

/** The workbench page that shows it, full width as on a search page: `?page=sok`. */
export const SEARCH_PAGE = 'sok';

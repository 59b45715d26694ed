import * as React from 'react';
import * as strings from 'SearchWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { Search } from '../../src/components/search/Search';
import * as search from '../../src/wiring/search';
import { checkSearchProperties } from '../../src/settings/search';
import { workbenchConnection } from './workbenchServices';

export interface ISearchWebPartProps {
  persona: string;
  /** Set in a Teams tab. */
  hostTheme?: HostTheme;
}

/** What an editor would set in the property pane: the guide connector the local tenant serves, the rest as defaults. */
const PROPERTIES = checkSearchProperties({ guideConnectionId: 'kunskapsbanken' }).values;

/** The search web part as the SPFx class renders it. */
export function SearchWebPart(props: ISearchWebPartProps): React.ReactElement {
  const wiring = React.useMemo(
    () => search.wire(workbenchConnection(props.persona), { guideConnectionId: PROPERTIES.guideConnectionId, pageSize: PROPERTIES.pageSize }),
    [props.persona]
  );
  return <Search services={wiring.services} search={wiring.search} strings={strings} title={PROPERTIES.title} hostTheme={props.hostTheme} />;
}

/** The workbench page that shows it, full width as on a search page: `?page=sok`. */
export const SEARCH_PAGE = 'sok';

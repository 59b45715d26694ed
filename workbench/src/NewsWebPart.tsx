import * as React from 'react';
import * as strings from 'TargetedNewsWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { TargetedNews } from '../../src/components/news/TargetedNews';
import type { NewsLayout, SavedTargetedNewsProps } from '../../src/settings/targetedNews';
import type { SamverkaServices } from '../../src/core/ports';

export interface INewsWebPartProps {
  services: SamverkaServices;
  layout: NewsLayout;
  hostTheme?: HostTheme;
}

/** "Antal nyheter" from the address (`?items=20`), as an editor sets it in the property pane. */
function itemCountFromAddress(): number | undefined {
  const items = Number(new URLSearchParams(window.location.search).get('items'));
  return Number.isInteger(items) && items >= 1 && items <= 50 ? items : undefined;
}

/** The Targeted news web part as the SPFx class renders it: its view with its loc strings. */
export function NewsWebPart(props: INewsWebPartProps): React.ReactElement {
  // What an editor would set in the property pane; cards: a large item and two rows of four.
  const properties = React.useMemo<SavedTargetedNewsProps>(
    () => ({ layout: props.layout, itemCount: itemCountFromAddress() || (props.layout === 'cards' ? 9 : 6), sources: [], title: '' }),
    [props.layout]
  );
  return <TargetedNews services={props.services} properties={properties} strings={strings} hostTheme={props.hostTheme} />;
}

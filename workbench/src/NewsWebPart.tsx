import * as React from 'react';
import * as strings from 'TargetedNewsWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { TargetedNews } from '../../src/components/news/TargetedNews';
import type { SamverkaServices } from '../../src/core/ports';
import { NEWS_BOOSTED_ON_TOP, NEWS_ITEM_COUNT } from '../../src/settings/targetedNews';
import type { ITargetedNewsWebPartProps, NewsLayout } from '../../src/settings/targetedNews';
import { parseCount } from '../../src/settings/properties';
import * as news from '../../src/wiring/news';
import * as naiveNews from '../../bench/naiveNews';
import { workbenchConnection } from './workbenchServices';

/** Which news service the page uses: ours, or the benchmark's naive baseline (`?news=naive`). */
export type WorkbenchNewsService = 'samverka' | 'naive';

export function readNewsService(search: string): WorkbenchNewsService {
  return new URLSearchParams(search).get('news') === 'naive' ? 'naive' : 'samverka';
}

/**
 * Targeted news as the web part wires it in SharePoint, on the workbench's connection. With
 * `naive`, the news service is the baseline that `npm run bench` compares against; it is never
 * used on a real page.
 */
export function createWorkbenchServices(persona: string, service: WorkbenchNewsService = 'samverka'): SamverkaServices {
  const connection = workbenchConnection(persona);
  return service === 'naive' ? naiveNews.wire(connection) : news.wire(connection);
}

export interface INewsWebPartProps {
  services: SamverkaServices;
  layout: NewsLayout;
  hostTheme?: HostTheme;
}

/**
 * "Antal nyheter" from the address (`?items=20`), within the property pane's limits; without it
 * (or with something unusable) a count that fills the layout: cards, a large item and two rows of four.
 */
function itemCountFromAddress(layout: NewsLayout): number {
  const items = new URLSearchParams(window.location.search).get('items');
  return parseCount(items === null ? undefined : items, { ...NEWS_ITEM_COUNT, default: layout === 'cards' ? 9 : NEWS_ITEM_COUNT.default }).value;
}

/** The Targeted news web part as the SPFx class renders it: its view with its loc strings. */
export function NewsWebPart(props: INewsWebPartProps): React.ReactElement {
  // What an editor would set in the property pane.
  const properties = React.useMemo<ITargetedNewsWebPartProps>(
    () => ({ layout: props.layout, itemCount: itemCountFromAddress(props.layout), boostedOnTop: NEWS_BOOSTED_ON_TOP.default, sources: [], title: '' }),
    [props.layout]
  );
  return <TargetedNews services={props.services} properties={properties} strings={strings} hostTheme={props.hostTheme} />;
}

import { checkProperties, defaultsOf, parseCount, parseIdentifier, parseText } from './properties';
import type { ICheckedProperties, ICountLimits, IParsed, PropertyParsers } from './properties';

/**
 * The settings of "Sök" (Search): the web part class, its property pane, the search wiring
 * (src/wiring) and the workbench read them from here.
 */

/** Results per page. */
export const SEARCH_PAGE_SIZE: ICountLimits = { min: 5, max: 25, default: 10 };

export interface ISearchWebPartProps {
  /** Empty: the localized heading. */
  title: string;
  pageSize: number;
  /** Connection id of the external guide system's Graph connector; empty: the guide list only. */
  guideConnectionId: string;
}

const CONNECTION_ID = /^[A-Za-z0-9]{3,32}$/;
/** Ids Graph keeps for its own connections (externalConnection, id); compared without case, the stricter reading. */
const RESERVED_CONNECTION_IDS = [
  'none', 'directory', 'exchange', 'exchangearchive', 'linkedin', 'mailbox', 'onedrivebusiness', 'sharepoint',
  'teams', 'yammer', 'connectors', 'taskfabric', 'powerbi', 'assistant', 'topicengine'
];

/**
 * Graph's rule for a connection id: 3 to 32 letters and digits, not beginning with "Microsoft"
 * and not one of the ids Graph reserves.
 */
export function isConnectionId(id: string): boolean {
  const lower = id.toLowerCase();
  return CONNECTION_ID.test(id) && lower.indexOf('microsoft') !== 0 && RESERVED_CONNECTION_IDS.indexOf(lower) < 0;
}

/** A saved connection id: one that follows Graph's rule, or '' (none). */
export function parseConnectionId(value: unknown): IParsed<string> {
  return parseIdentifier(value, isConnectionId);
}

const PARSERS: PropertyParsers<ISearchWebPartProps> = {
  title: parseText,
  pageSize: (value) => parseCount(value, SEARCH_PAGE_SIZE),
  guideConnectionId: parseConnectionId
};

export const SEARCH_DEFAULTS: ISearchWebPartProps = defaultsOf(PARSERS);

/** The saved properties as the search uses them, and the names of those it could not use as saved. */
export function checkSearchProperties(saved: unknown): ICheckedProperties<ISearchWebPartProps> {
  return checkProperties(saved, PARSERS);
}

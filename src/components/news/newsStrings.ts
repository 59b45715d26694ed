import * as React from 'react';

/**
 * The text the feed shows, handed in by the web part from its loc/ files (or by the workbench
 * and tests), so no component holds a literal UI string. The web part's loc/mystrings.d.ts
 * declares its Feed group as this type, so the two cannot drift apart. What every web
 * part says alike (retry, reload, why something failed) comes from CommonStrings.
 */
export interface INewsFeedStrings {
  Feed: {
    DefaultTitle: string;
    FilterLabel: string;
    FilterAll: string;
    ShowMore: string;
    LoadingMore: string;
    Loading: string;
    Empty: string;
    EmptyFiltered: string;
    ErrorTitle: string;
    /** {0}: the sites, {1}: why (a whole sentence from CommonStrings.Errors). */
    SourceFailed: string;
    /** What went wrong with one site's news (SourceFailed's {1}), where it says more than the shared text: the site. */
    SourceErrors: { notFound: string; forbidden: string };
    /** {0}: why (a whole sentence from CommonStrings.Errors). */
    MoreFailed: string;
    Boosted: string;
    /** {0}: how many more items are shown. */
    MoreLoaded: string;
    /** The same for one item. */
    MoreLoadedOne: string;
    UnknownSources: string;
    /** A news link from another municipality: "Från {0}" ({0} is its short name). */
    From: string;
    /** Läs och bekräfta: the label of a must-read item the user has not confirmed. */
    MustRead: string;
    /** Its day, "Läs senast {0}" ({0} the date, written the Swedish way). */
    ReadBy: string;
    /** The label of one whose day has passed. */
    Overdue: string;
  };
}

export const NewsStringsContext: React.Context<INewsFeedStrings | undefined> =
  React.createContext<INewsFeedStrings | undefined>(undefined);

export function useNewsStrings(): INewsFeedStrings {
  const strings = React.useContext(NewsStringsContext);
  if (!strings) {
    throw new Error('News components need NewsStringsContext: render them inside TargetedNews.');
  }
  return strings;
}

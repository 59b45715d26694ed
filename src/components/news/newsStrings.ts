import * as React from 'react';

/**
 * The text the feed shows, handed in by the web part from its loc/ files (or by the workbench
 * and tests), so no component holds a literal UI string. The web part's loc/mystrings.d.ts
 * declares its Feed, Dates and Errors groups as these types, so the two cannot drift apart.
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
    Retry: string;
    /** Instead of Retry when the sign-in has run out (401): a reload signs in again. */
    Reload: string;
    SourceFailed: string;
    MoreFailed: string;
    Boosted: string;
    MoreLoaded: string;
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
  /** Relative dates; {0} is a number. Absolute dates are written the Swedish way in every language. */
  Dates: {
    Today: string;
    Yesterday: string;
    DaysAgo: string;
    WeekAgo: string;
    WeeksAgo: string;
  };
  /** By the error codes of NewsSourceFailure and of failed service calls. */
  Errors: {
    forbidden: string;
    /** A 401: the sign-in has run out (token or session); reloading the page signs in again. */
    signedOut: string;
    notFound: string;
    throttled: string;
    unavailable: string;
    network: string;
    config: string;
    unknown: string;
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

/** The user-facing reason for an error code; unknown codes read as "unknown". */
export function errorText(strings: INewsFeedStrings, code: string | undefined): string {
  const errors = strings.Errors as Record<string, string>;
  return (code && errors[code]) || strings.Errors.unknown;
}

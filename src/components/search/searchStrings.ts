import * as React from 'react';
import type { IFormatter } from '../../core/formatting';
import { uiFormatter } from '../common/commonStrings';
import type { IGuideViewerStrings } from '../guides/guideStrings';

/**
 * The text of the search web part, handed in from its loc/ files (or by the workbench and the
 * tests), so no component holds a literal UI string. Retry, reload and why something failed
 * come from CommonStrings.
 */
export interface ISearchStrings {
  Search: {
    Heading: string;
    BoxLabel: string;
    Placeholder: string;
    Submit: string;
    Clear: string;
    SuggestionsLabel: string;
    SuggestionGuide: string;
    SuggestionPerson: string;
    /** {0}: the text typed. */
    SuggestionSearch: string;
    VerticalsLabel: string;
    Start: string;
    /** The start page: the organisation's links, the guides for the searcher, and the way to all guides. */
    Shortcuts: string;
    GuidesForYou: string;
    AllGuides: string;
    Loading: string;
    /** {0}: number of results. */
    ResultCount: string;
    /** {0}: 1. */
    ResultCountOne: string;
    Empty: string;
    EmptyRefined: string;
    /** {0}: the corrected text. */
    DidYouMean: string;
    /** {0}: the corrected text. */
    ShowingResultsFor: string;
    ShowMore: string;
    LoadingMore: string;
    MoreLoaded: string;
    PeopleHeading: string;
    ShowAllPeople: string;
    /** {0}: what failed (the failed verticals' names as a list), {1}: why (a sentence from CommonStrings.Errors). */
    SourceFailed: string;
    /** The last joint of a list ("Personer, webbsidor och dokument"). */
    And: string;
    /** For screen readers, in a tab whose count is not known because its source failed (the tab shows "–"). */
    CountUnknown: string;
  };
  Verticals: { all: string; pages: string; documents: string; people: string; guides: string };
  Refiners: {
    Heading: string;
    Clear: string;
    municipality: string;
    forvaltning: string;
    fileType: string;
    modified: string;
    guideCategory: string;
    AllMunicipalities: string;
    Shared: string;
    week: string;
    month: string;
    year: string;
    older: string;
  };
  Results: {
    /** {0}: the site. */
    PageIn: string;
    News: string;
    /** {0}: who changed it. */
    ModifiedBy: string;
    /** {0}: where it lies. */
    Location: string;
    /** {0}: the number of steps. */
    Steps: string;
    GuideFromList: string;
    /** {0}: the external system. */
    GuideFromConnector: string;
    /** A guide on the start page that the searcher pinned in Min sida. */
    GuidePinned: string;
    ConnectorName: string;
    Phone: string;
    Mobile: string;
    Email: string;
    /** {0}: the person's name. */
    PhotoOf: string;
    OpenGuide: string;
    /** {0}: file type, e.g. "PDF". */
    FileType: string;
    /** Near-duplicates under a result (versions of one document, the same title on one site); {0}: how many. */
    Similar: string;
    HideSimilar: string;
  };
  GuideViewer: IGuideViewerStrings;
}

export const SearchStringsContext: React.Context<ISearchStrings | undefined> = React.createContext<ISearchStrings | undefined>(undefined);

export function useSearchStrings(): ISearchStrings {
  const strings = React.useContext(SearchStringsContext);
  if (!strings) {
    throw new Error('Search components need SearchStringsContext: render them inside Search.');
  }
  return strings;
}

/** Numbers and dates in the UI language (sv-SE or en-US): the view's formatter, for every part of it. */
export const SearchFormatterContext: React.Context<IFormatter> = React.createContext<IFormatter>(uiFormatter());

export function useSearchFormatter(): IFormatter {
  return React.useContext(SearchFormatterContext);
}

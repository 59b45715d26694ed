declare interface ITargetedNewsWebPartStrings {
  /** Shown by the web part class itself, before the view has loaded. */
  WebPart: {
    Loading: string;
    LoadFailed: string;
  };
  PropertyPane: {
    Description: string;
    DisplayGroup: string;
    TitleLabel: string;
    TitlePlaceholder: string;
    LayoutLabel: string;
    LayoutList: string;
    LayoutCards: string;
    ItemCountLabel: string;
    SourcesGroup: string;
    SourcesDescription: string;
    SourcesLoading: string;
    SourcesLoadFailed: string;
  };
  /** Text of the news feed; the components in src/components/news read this group. */
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
    SourceFailed: string;
    MoreFailed: string;
    Boosted: string;
    MoreLoaded: string;
    UnknownSources: string;
  };
  /** Relative dates; {0} is a number. Absolute dates are written the Swedish way in every language. */
  Dates: {
    Today: string;
    Yesterday: string;
    DaysAgo: string;
    WeekAgo: string;
    WeeksAgo: string;
  };
  /** Why something failed, by the stable error codes of the services. */
  Errors: {
    forbidden: string;
    notFound: string;
    throttled: string;
    unavailable: string;
    network: string;
    config: string;
    unknown: string;
  };
}

declare module 'TargetedNewsWebPartStrings' {
  const strings: ITargetedNewsWebPartStrings;
  export = strings;
}

declare interface ITargetedNewsWebPartStrings {
  /** Shown by the web part class itself, before the view has loaded. */
  WebPart: {
    Loading: string;
    LoadFailed: string;
    /** For editors: saved settings that are not valid and not used; {0} is their names. */
    InvalidProperties: string;
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
    BoostedOnTopLabel: string;
    BoostedOnTopDescription: string;
    SourcesGroup: string;
    SourcesDescription: string;
    SourcesLoading: string;
    SourcesLoadFailed: string;
  };
  /** Text of the news feed, in the shape the components in src/components/news read. */
  Feed: import('../../../components/news/newsStrings').INewsFeedStrings['Feed'];
}

declare module 'TargetedNewsWebPartStrings' {
  const strings: ITargetedNewsWebPartStrings;
  export = strings;
}

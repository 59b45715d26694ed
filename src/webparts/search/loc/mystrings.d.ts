declare interface ISearchWebPartStrings {
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
    PageSizeLabel: string;
    GuidesGroup: string;
    ConnectionLabel: string;
    ConnectionDescription: string;
  };
  Search: import('../../../components/search/searchStrings').ISearchStrings['Search'];
  Verticals: import('../../../components/search/searchStrings').ISearchStrings['Verticals'];
  Refiners: import('../../../components/search/searchStrings').ISearchStrings['Refiners'];
  Results: import('../../../components/search/searchStrings').ISearchStrings['Results'];
  GuideViewer: import('../../../components/search/searchStrings').ISearchStrings['GuideViewer'];
}

declare module 'SearchWebPartStrings' {
  const strings: ISearchWebPartStrings;
  export = strings;
}

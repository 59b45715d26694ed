declare interface IPersonalDashboardWebPartStrings {
  /** Shown by the web part class itself, before the view has loaded. */
  WebPart: {
    Loading: string;
    LoadFailed: string;
    /** For editors: saved settings that are not valid and not used; {0} is their names. */
    InvalidProperties: string;
  };
  PropertyPane: {
    Description: string;
    CalendarGroup: string;
    CalendarDaysLabel: string;
    DocumentCountLabel: string;
    SectionsGroup: string;
    SectionsDescription: string;
    ShowNews: string;
    ShowCalendar: string;
    ShowDocuments: string;
    ShowGuides: string;
    ShowLinks: string;
  };
  /** Text of the dashboard; the components in src/components/dashboard read this group. */
  Dashboard: {
    Title: string;
    Greeting: string;
    WorksFor: string;
    ShowFor: string;
    ProfileFailed: string;
    /** Att läsa: the heading while loading or failed, and with the count ({0}) once known. */
    ToReadHeading: string;
    ToReadTitle: string;
    ToReadHint: string;
    ToReadEmpty: string;
    /** "Läs senast {0}" ({0} the date, written the Swedish way). */
    ReadBy: string;
    Overdue: string;
    NewsTitle: string;
    NewsFor: string;
    NewsEmpty: string;
    AllNews: string;
    CalendarTitle: string;
    Today: string;
    Tomorrow: string;
    AllDay: string;
    NothingBooked: string;
    Join: string;
    JoinLabel: string;
    OpenInOutlook: string;
    Now: string;
    DocumentsTitle: string;
    DocumentsEmpty: string;
    ModifiedBy: string;
    Modified: string;
    GuidesTitle: string;
    GuidesEmpty: string;
    Pin: string;
    Unpin: string;
    Pinned: string;
    LinksTitle: string;
    LinksEmpty: string;
    AddLink: string;
    LinkTitleLabel: string;
    LinkUrlLabel: string;
    SaveLink: string;
    Cancel: string;
    MoveUp: string;
    MoveDown: string;
    Remove: string;
    Saving: string;
    Saved: string;
    SaveFailed: string;
    LinkTitleMissing: string;
    LinkUrlInvalid: string;
    LinksFull: string;
    OpensInNewWindow: string;
  };
  FileTypes: {
    word: string;
    excel: string;
    powerpoint: string;
    pdf: string;
    other: string;
  };
  /** A section whose Graph permission was not approved: {0} is the permission an admin approves. */
  Permission: {
    CalendarForbidden: string;
    DocumentsForbidden: string;
    SettingsForbidden: string;
    AdminHint: string;
  };
}

declare module 'PersonalDashboardWebPartStrings' {
  const strings: IPersonalDashboardWebPartStrings;
  export = strings;
}

/** The text of the content health report, in the shape the web part's loc/ files provide. */
export interface IContentHealthStrings {
  Report: {
    Title: string;
    Intro: string;
    Loading: string;
    /** Followed by why (a sentence from CommonStrings.Errors). */
    LoadFailed: string;
    OnlyEditors: string;
    OnlyEditorsDetail: string;
    NothingToDo: string;
    GuidesMissing: string;
    /** {0}: what failed ("Eksjö: " and why, or "ägarnas konton"). */
    PartFailed: string;
    OwnersSource: string;
    /** {0} shown of {1}. */
    Showing: string;
    ShowMore: string;
    Sites: string;
  };
  Summary: {
    Caption: string;
    Municipality: string;
    Shared: string;
    /** The levels' column heads: to act on now, soon, fine. */
    Now: string;
    Soon: string;
    Fine: string;
    Total: string;
  };
  Filters: {
    Label: string;
    Kind: string;
    Owner: string;
    Site: string;
    All: string;
    NoOwner: string;
    AttentionOnly: string;
  };
  Kinds: { page: string; news: string; guide: string };
  Columns: {
    Select: string;
    /** {0}: the item's title. */
    SelectItem: string;
    SelectAll: string;
    Title: string;
    Kind: string;
    Site: string;
    Owner: string;
    Status: string;
    Review: string;
    Contact: string;
  };
  MustRead: IMustReadStrings;
  /** The level of an item (HealthUrgency), always written out: the colour of 'now' is never the only sign. */
  Level: { now: string; soon: string; fine: string };
  Reasons: { reviewOverdue: string; noReviewDate: string; unchanged: string; noOwner: string; ownerLeft: string };
  /** {0}: the last change, "3 maj 2024 (för 2 år sedan)". */
  LastChanged: string;
  NoOwner: string;
  OwnerLeft: string;
  Actions: {
    Label: string;
    /** {0}: how many are selected. */
    Selected: string;
    /** The same for exactly one. */
    SelectedOne: string;
    MarkReviewed: string;
    HandOver: string;
    Unpublish: string;
    HandOverTitle: string;
    HandOverText: string;
    HandOverLabel: string;
    HandOverConfirm: string;
    UnpublishTitle: string;
    UnpublishText: string;
    UnpublishConfirm: string;
    Cancel: string;
    Working: string;
    /** {0}: how many succeeded. */
    Done: string;
    /** {0}: how many failed, {1}: why (sentences from CommonStrings.Errors). */
    Failed: string;
    /** {0}: owner, {1}: title. */
    MailLabel: string;
    TeamsLabel: string;
    Mail: string;
    Teams: string;
    /** {0}: title, {1}: URL. */
    MailSubject: string;
    MailBody: string;
    TeamsMessage: string;
  };
  /** Why an action failed, for the codes of this report; every other code reads CommonStrings.Errors. */
  Errors: {
    notSupported: string;
  };
}

/** Läs och bekräfta, the editors' view (MustReadEditors). */
export interface IMustReadStrings {
  Show: string;
  Title: string;
  Intro: string;
  Loading: string;
  LoadFailed: string;
  Empty: string;
  Caption: string;
  Item: string;
  ReadBy: string;
  Audience: string;
  Confirmed: string;
  /** {0} confirmed of {1} ({2} %). */
  ConfirmedOf: string;
  Overdue: string;
  NoDate: string;
  NotTargeted: string;
  Details: string;
  /** {0}: the item's title. */
  DetailsLabel: string;
  ByUnit: string;
  Municipality: string;
  Unit: string;
  NoUnit: string;
  OtherMunicipality: string;
  NotConfirmedTitle: string;
  Name: string;
  AllConfirmed: string;
  Remind: string;
  RemindHow: string;
  ByMail: string;
  ByChat: string;
  /** {0}: the limit. */
  ChatTooMany: string;
  /** {0}: the number of recipients. */
  Recipients: string;
  /** The same for one recipient. */
  RecipientsOne: string;
  Send: string;
  OpenChat: string;
  Cancel: string;
  Sending: string;
  /** {0}: recipients, {1}: messages. */
  Sent: string;
  /** The same for one recipient. */
  SentOne: string;
  SendFailed: string;
  /** {0}: the title. */
  MailSubject: string;
  /** {0}: the title, {1}: the address, {2}: the due day or ''. */
  MailBody: string;
  PartFailed: string;
}

/** "{0} av {1}" with the values in place. */
export function formatString(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

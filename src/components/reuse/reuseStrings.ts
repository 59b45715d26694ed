/** The text of the content reuse web part, in the shape its loc/ files provide. {0}, {1}: values. */
export interface IReuseStrings {
  View: {
    Title: string;
    Intro: string;
    Loading: string;
    /** Followed by why (a sentence from Errors or CommonStrings.Errors). */
    LoadFailed: string;
    OnlyEditors: string;
    OnlyEditorsDetail: string;
  };
  Send: {
    Heading: string;
    From: string;
    News: string;
    NoNews: string;
    To: string;
    Audience: string;
    AllStaff: string;
    Managers: string;
    Submit: string;
    /** The button when the editor may not publish in the chosen municipality. */
    SubmitOffer: string;
    /** Beside the receivers, before sending; {0}: municipality. */
    WillOffer: string;
    Sending: string;
    /** {0}: municipality. */
    Published: string;
    AlreadyPublished: string;
    Offered: string;
    AlreadyOffered: string;
    OpenLink: string;
  };
  Offers: {
    /** {0}: municipality, {1}: how many offers wait for an answer. */
    Heading: string;
    None: string;
    /** {0}: municipality, {1}: who (by name), {2}: the date. */
    OfferedBy: string;
    Preview: string;
    HidePreview: string;
    OpenSource: string;
    Audience: string;
    Accept: string;
    Decline: string;
    Reason: string;
    ReasonRequired: string;
    ConfirmDecline: string;
    Cancel: string;
    /** {0}: title. */
    Accepted: string;
    Declined: string;
  };
  /** Targeted news as a member of an audience sees it. */
  Preview: {
    Heading: string;
    Intro: string;
    Municipality: string;
    Audience: string;
    /** Caption of the list; {0}: audience, {1}: municipality. */
    Caption: string;
    Empty: string;
    Failed: string;
    /** {0}: municipality of a news link's source. */
    From: string;
  };
  /** Who one news page reaches. */
  Audience: {
    Show: string;
    Hide: string;
    /** {0}: group names. */
    Targeted: string;
    /** {0}: group names of the site's readers. */
    Everyone: string;
  };
  /** Who the chosen audience reaches, each person once (Graph member counts, or the members of several groups). */
  Reach: {
    Counting: string;
    /** {0}: number of people; {1}: per municipality ("Vetlanda 410, Sävsjö 2"). */
    Reaches: string;
    /** The same for one person. */
    ReachesOne: string;
    /** {0}: municipality, {1}: number. */
    Part: string;
    /** The chosen municipality's people in the audience; {0}: number, {1}: municipality. */
    ReachesIn: string;
    /** The audience groups' other people; {0}: number, {1}: Parts (and NoMunicipality), {2}: the chosen municipality. */
    Others: string;
    /** People counted under no municipality's e-mail domain; {0}: number. */
    NoMunicipality: string;
    Failed: string;
  };
  /** Borrowing another municipality's page: browse, preview, copy, and copies whose source changed. */
  Borrow: {
    Heading: string;
    Intro: string;
    /** The editor's own hub the copy goes to. */
    To: string;
    Words: string;
    Municipality: string;
    AllMunicipalities: string;
    Kind: string;
    AllKinds: string;
    KindPage: string;
    KindNews: string;
    Since: string;
    Search: string;
    Searching: string;
    NoResults: string;
    /** {0}: number of pages. */
    Results: string;
    /** The same for one page. */
    ResultsOne: string;
    /** {0}: municipality, {1}: page or news, {2}: date. */
    Meta: string;
    Preview: string;
    HidePreview: string;
    /** {0}: who, {1}: date. */
    PreviewModified: string;
    OpenSource: string;
    Borrow: string;
    Borrowing: string;
    /** {0}: title, {1}: municipality. */
    Borrowed: string;
    AlreadyBorrowed: string;
    OpenCopy: string;
    ChangedHeading: string;
    ChangedNone: string;
    /** {0}: municipality, {1}: date, {2}: who. */
    ChangedMeta: string;
    /** {0}: the source's title now. */
    TitleNow: string;
    /** {0}: the source's description now. */
    DescriptionNow: string;
    TakeSource: string;
    KeepOurs: string;
    /** {0}: title. */
    Took: string;
    Kept: string;
    Failed: string;
    /** The page or copy no longer exists. */
    Gone: string;
  };
  /** The record of every send, offer, answer and borrow (Samverkanslogg), failures included. */
  Log: {
    Heading: string;
    Intro: string;
    Show: string;
    Hide: string;
    Loading: string;
    Empty: string;
    Failed: string;
    /** {0}: from (municipality), {1}: to (municipality), {2}: who, {3}: date and time. */
    Meta: string;
    /** In Meta when a page came from the shared site (no municipality). */
    Shared: string;
    /** A send that published nothing because its audience could not be set. */
    FailedAudience: string;
    /** A send that published nothing for another reason; {0}: the reason (an Errors text). */
    FailedOther: string;
    /** What happened, by ReuseAction. */
    Actions: {
      sent: string;
      alreadySent: string;
      sendFailed: string;
      offered: string;
      alreadyOffered: string;
      accepted: string;
      declined: string;
      borrowed: string;
      tookSource: string;
      keptOurs: string;
    };
  };
  /** The reuse rules' own reasons; every failure code (and a page or offer gone) reads CommonStrings.Errors. */
  Errors: {
    sameMunicipality: string;
    noAudience: string;
    reasonRequired: string;
    notPending: string;
    notAllowed: string;
    /** The news link's audience could not be set: nothing was published (and no one outside the audience sees it). */
    audienceFailed: string;
    unknownMunicipality: string;
    /** A list or site the web part needs answered 404: not set up (or removed) on this tenant. */
    missing: string;
  };
}

export function formatReuse(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

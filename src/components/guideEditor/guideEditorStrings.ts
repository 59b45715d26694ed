import type { IGuideViewerStrings } from '../guides/guideStrings';

/** The text of the guide editor, in the shape the web part's loc/ files provide; retry, reload and why something failed come from CommonStrings. */
export interface IGuideEditorStrings {
  Overview: {
    Title: string;
    Intro: string;
    Loading: string;
    /** Followed by why (a sentence from CommonStrings.Errors). */
    LoadFailed: string;
    OnlyEditors: string;
    OnlyEditorsDetail: string;
    New: string;
    /** {0} shown of {1}. */
    Showing: string;
    ShowMore: string;
    NoneFound: string;
    /** The list has no guides at all yet. */
    Empty: string;
    SearchLabel: string;
    SearchHint: string;
    FiltersLabel: string;
    Status: string;
    Category: string;
    Municipality: string;
    All: string;
    AllMunicipalities: string;
    OnlyMine: string;
    Copied: string;
    /** {0}: a guide's title. */
    Deleted: string;
    /** {0}: why (a sentence from CommonStrings.Errors). */
    ActionFailed: string;
  };
  Columns: {
    Title: string;
    Status: string;
    Owner: string;
    Category: string;
    Municipality: string;
    Modified: string;
    Review: string;
    Actions: string;
  };
  StatusNames: {
    utkast: string;
    publicerad: string;
  };
  Actions: {
    /** {0}: the guide's title (the buttons' accessible names). */
    EditLabel: string;
    CopyLabel: string;
    DeleteLabel: string;
    Edit: string;
    Copy: string;
    Delete: string;
    DeleteTitle: string;
    /** {0}: the guide's title. */
    DeleteText: string;
    DeleteConfirm: string;
    Cancel: string;
    Working: string;
  };
  Editor: {
    NewTitle: string;
    /** {0}: the guide's title. */
    EditTitle: string;
    Back: string;
    Loading: string;
    LoadFailed: string;
    GuideFields: string;
    TitleLabel: string;
    SummaryLabel: string;
    CategoryLabel: string;
    CategoryHint: string;
    MunicipalityLabel: string;
    MunicipalityAll: string;
    MunicipalitySome: string;
    ForvaltningLabel: string;
    KeywordsLabel: string;
    KeywordsHint: string;
    OwnerLabel: string;
    OwnerHint: string;
    ReviewLabel: string;
    CopiedFrom: string;
    StepsHeading: string;
    StepsHint: string;
    /** {0}: the step's number. */
    StepLegend: string;
    StepTitle: string;
    StepText: string;
    AddStep: string;
    /** {0}: the step's number. */
    RemoveStep: string;
    MoveUp: string;
    MoveDown: string;
    /** {0}: the step's old place, {1}: its new one. */
    Moved: string;
    /** {0}: the step's number. */
    Removed: string;
    Added: string;
    PictureUrl: string;
    PictureAlt: string;
    PictureHint: string;
    FilmUrl: string;
    CaptionsUrl: string;
    FilmHint: string;
    ChoosePicture: string;
    ChooseCaptions: string;
    /** {0}: the file's name (the progress indicator's label). */
    Uploading: string;
    /** {0}: width, {1}: height in pixels. */
    PictureScaled: string;
    /** {0}: the file's name in the library. */
    PictureUploaded: string;
    /** {0}: the file's name in the library. */
    CaptionsUploaded: string;
    /** {0}: the file's name, {1}: why (a sentence from CommonStrings.Errors). */
    UploadFailed: string;
    Bold: string;
    Italic: string;
    BulletList: string;
    NumberedList: string;
    Link: string;
    LinkAddress: string;
    LinkInsert: string;
    /** {0}: the step's number (the toolbar's label). */
    Formatting: string;
    Preview: string;
    SaveDraft: string;
    Publish: string;
    Saving: string;
    /** {0}: the time. */
    SavedDraft: string;
    Published: string;
    /** {0}: why (a sentence from CommonStrings.Errors). */
    SaveFailed: string;
    StatusDraft: string;
    StatusPublished: string;
    /** {0}: the number of problems. */
    ProblemsHeading: string;
    ProblemsHeadingOne: string;
    /** {0}: when the edit was kept locally. */
    LocalFound: string;
    Restore: string;
    Discard: string;
    LocalKept: string;
    LocalNotKept: string;
    /** {0}: who saved, {1}: when. */
    ConflictText: string;
    LoadTheirs: string;
    KeepMine: string;
    TheirsLoaded: string;
  };
  /** The owner field: a person chosen from a search of people. */
  People: {
    /** {0}: how many people were found. */
    Found: string;
    FoundOne: string;
    NoneFound: string;
    Searching: string;
    SearchFailed: string;
    /** {0}: the chosen person's name, {1}: the address. */
    Chosen: string;
    NoneChosen: string;
  };
  /** The guide's versions (the list keeps one at each save) and restoring an earlier one. */
  Versions: {
    Heading: string;
    Intro: string;
    Show: string;
    Hide: string;
    Loading: string;
    /** Followed by why (a sentence from CommonStrings.Errors). */
    LoadFailed: string;
    /** The table's column headers. */
    Version: string;
    SavedBy: string;
    SavedAt: string;
    Changes: string;
    Actions: string;
    /** After a version's label. */
    Current: string;
    Created: string;
    /** The oldest version kept, when earlier ones are gone. */
    Earliest: string;
    NoChanges: string;
    /** The guide's own fields, as a version's changes name them. */
    Fields: {
      title: string;
      summary: string;
      category: string;
      municipalities: string;
      forvaltning: string;
      keywords: string;
      owner: string;
      reviewDate: string;
      status: string;
    };
    /** {0}: the step's number. */
    StepAdded: string;
    StepRemoved: string;
    StepChanged: string;
    Restore: string;
    /** {0}: the version's label (the button's accessible name). */
    RestoreLabel: string;
    /** {0}: the version's label. */
    ConfirmTitle: string;
    ConfirmText: string;
    ConfirmRestore: string;
    Cancel: string;
    Restoring: string;
    /** {0}: the restored version's label. */
    Restored: string;
    /** {0}: why (a sentence from CommonStrings.Errors). */
    RestoreFailed: string;
    /** In a conflict: restore on top of the newer save. */
    RestoreAnyway: string;
  };
  Problems: {
    noTitle: string;
    noSummary: string;
    noCategory: string;
    noMunicipality: string;
    noSteps: string;
    /** {0}: the step's number. */
    stepWithoutTitle: string;
    pictureWithoutAlt: string;
    filmWithoutCaptions: string;
    /** {0}: the step's number, {1}: the tag. */
    disallowedMarkup: string;
    /** {0}: the step's number, {1}: the address. */
    unsafeLink: string;
    /** {0}: the step's number, {1}: the host. */
    linkToOtherHost: string;
    mediaOnOtherHost: string;
  };
  /** Why a chosen or pasted file was refused before anything was sent. */
  FileProblems: {
    notAPicture: string;
    /** {0}: the limit in MB. */
    pictureTooLarge: string;
    notCaptions: string;
    /** {0}: the limit in MB. */
    captionsTooLarge: string;
    emptyFile: string;
  };
  GuideViewer: IGuideViewerStrings;
}

/** Text of the guide viewer, from the web part's loc/ files (GuideViewer group). */
export interface IGuideViewerStrings {
  Close: string;
  /** {0}: the guide's title. */
  DialogLabel: string;
  OneStep: string;
  AllSteps: string;
  ModeLabel: string;
  Previous: string;
  Next: string;
  /** {0}: the step, {1}: the number of steps. */
  Progress: string;
  Print: string;
  KeyboardHint: string;
  Loading: string;
  /** After a 401 followed by CommonStrings.Errors.signedOut. */
  LoadFailed: string;
  NoSteps: string;
  CaptionsLabel: string;
  VideoLabel: string;
  /** {0}: where the guide comes from. */
  OpenAtSource: string;
  SourceList: string;
  SourceConnector: string;
}

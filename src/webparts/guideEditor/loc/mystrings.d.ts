/** The editor's text (IGuideEditorStrings, declared with the component), and what the web part class shows itself. */
declare type IGuideEditorWebPartStrings = import('../../../components/guideEditor/guideEditorStrings').IGuideEditorStrings & {
  /** Shown by the web part class itself, before the view has loaded. */
  WebPart: {
    Loading: string;
    LoadFailed: string;
  };
};

declare module 'GuideEditorWebPartStrings' {
  const strings: IGuideEditorWebPartStrings;
  export = strings;
}

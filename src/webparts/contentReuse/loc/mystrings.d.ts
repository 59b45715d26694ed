/** The view's text (IReuseStrings, declared with the component), and what the web part class shows itself. */
declare type IContentReuseWebPartStrings = import('../../../components/reuse/reuseStrings').IReuseStrings & {
  /** Shown by the web part class itself, before the view has loaded. */
  WebPart: {
    Loading: string;
    LoadFailed: string;
  };
};

declare module 'ContentReuseWebPartStrings' {
  const strings: IContentReuseWebPartStrings;
  export = strings;
}

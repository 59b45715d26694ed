/** The report's text (IContentHealthStrings, declared with the component), and what the web part class shows itself. */
declare type IContentHealthWebPartStrings = import('../../../components/contentHealth/contentHealthStrings').IContentHealthStrings & {
  /** Shown by the web part class itself, before the view has loaded. */
  WebPart: {
    Loading: string;
    LoadFailed: string;
  };
};

declare module 'ContentHealthWebPartStrings' {
  const strings: IContentHealthWebPartStrings;
  export = strings;
}

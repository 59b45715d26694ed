/** The bar's text (IMustReadStrings, declared with the component). */
declare type IMustReadApplicationCustomizerStrings = import('../../../components/mustRead/mustReadStrings').IMustReadStrings;

declare module 'MustReadApplicationCustomizerStrings' {
  const strings: IMustReadApplicationCustomizerStrings;
  export = strings;
}

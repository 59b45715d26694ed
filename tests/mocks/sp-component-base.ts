// A small stand-in for @microsoft/sp-component-base (types are interfaces, erased at run time).
export class ThemeProvider {}
export class ThemeChangedEventArgs {}

/**
 * What every web part and the must-read bar say alike: the UI language, loading, trying again,
 * reloading after the sign-in ran out, and why something failed. Each text is a whole sentence,
 * so it can follow any message ("Nyheterna kunde inte hämtas. Tjänsten svarar inte just nu.").
 */
declare interface ICommonStrings {
  /** The UI language dates and numbers are written in: 'sv-SE' or 'en-US'. */
  Locale: string;
  /** A loading indicator with nothing more specific to say. */
  Loading: string;
  /** The button that asks again after a failure. */
  Retry: string;
  /** Instead of Retry when the sign-in has run out (401): a reload signs in again. */
  Reload: string;
  /** A date field (components/common/DateField.tsx): its format, the calendar's buttons and a wrong entry. */
  DateField: {
    Format: string;
    OpenCalendar: string;
    GoToToday: string;
    PreviousMonth: string;
    NextMonth: string;
    PreviousYear: string;
    NextYear: string;
    Close: string;
    /** {0}: the week's number. */
    Week: string;
    Invalid: string;
  };
  /** One text per failure code (core/failures.ts); signedOut (401) says a reload signs in again. */
  Errors: { [code in import('../../core/failures').FailureCode]: string };
}

declare module 'CommonStrings' {
  const strings: ICommonStrings;
  export = strings;
}

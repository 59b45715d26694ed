/**
 * The bar's text (src/extensions/mustRead/loc): Swedish and English. `{0}`, `{1}` are filled in as
 * text. The language dates are written in, and "Försök igen", come from CommonStrings.
 */
export interface IMustReadStrings {
  Bar: {
    /** The bar's name for screen readers. */
    Label: string;
    /** {0} the page's title, {1} the day to read it by. */
    Due: string;
    /** {0} the page's title. */
    NoDueDate: string;
    /** {0} the page's title, {1} the day it was to be read by. */
    Overdue: string;
    Confirm: string;
    Confirming: string;
    /** {0} the day the reader confirmed. */
    Confirmed: string;
    Failed: string;
  };
}

/** `{0}`-style placeholders filled with plain text (React renders the result as text, never markup). */
export function fillIn(template: string, ...values: string[]): string {
  return template.replace(/\{(\d)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : value;
  });
}

/**
 * Fills the numbered placeholders of a localized string ("Nyheter från {0}"), so word order
 * stays in the translation and never in code.
 */
export function formatText(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (placeholder: string, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

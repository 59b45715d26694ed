import * as React from 'react';

/**
 * formatText for elements: fills the numbered placeholders of a localized string with nodes, so a
 * date can sit in its own <time> inside "Ändrad {0} av {1}" while the word order stays in the translation.
 */
export function formatParts(template: string, ...values: React.ReactNode[]): React.ReactElement {
  const parts = template.split(/(\{\d+\})/).map((part, i) => {
    const match = /^\{(\d+)\}$/.exec(part);
    const value = match ? values[Number(match[1])] : undefined;
    return <React.Fragment key={i}>{match && value !== undefined ? value : part}</React.Fragment>;
  });
  return <>{parts}</>;
}

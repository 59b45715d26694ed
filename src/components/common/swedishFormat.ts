import { createFormatter } from '../../core/formatting';

/**
 * Dates and numbers written as in Sweden whatever the UI language: the rule of the pages that have not yet
 * moved to formatting.ts's style in the UI language ("Läs senast 25 november 2026").
 */
export const swedishFormat = createFormatter('sv-SE');

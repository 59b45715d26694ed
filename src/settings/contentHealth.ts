/**
 * "Städa innehåll" (content health) has no settings: what the report covers follows from the
 * user's permissions. Properties an older page saved are not read.
 */
export type IContentHealthWebPartProps = Record<string, never>;

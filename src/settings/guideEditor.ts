/**
 * "Guideredigeraren" (the guide editor) has no settings: who may edit follows from the guide
 * list's permissions. Properties an older page saved are not read.
 */
export type IGuideEditorWebPartProps = Record<string, never>;

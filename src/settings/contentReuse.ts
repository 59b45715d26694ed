/**
 * "Samverka" (content reuse) has no settings: what an editor may do follows from their
 * permissions in each hub. Properties an older page saved are not read.
 */
export type IContentReuseWebPartProps = Record<string, never>;

import * as purifyModule from 'dompurify';
import { GUIDE_STEP_ATTRIBUTES, GUIDE_STEP_TAGS } from '../../core/guideEditorValidation';
// The shared sanitizer's hooks (styles, data: URLs) are registered when it is loaded.
import '../common/sanitizeHtml';

const DOMPurify: typeof purifyModule =
  (purifyModule as unknown as { default?: typeof purifyModule }).default || purifyModule;

/**
 * A guide step's text as the editor saves it: bold, italic, paragraphs, lists and links
 * (GUIDE_STEP_TAGS), links with their address only. The viewer renders it through the shared
 * sanitizer, whose allow-list holds all of these; pasted markup beyond them is reduced to text.
 */
export function sanitizeGuideStepHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: GUIDE_STEP_TAGS as string[],
    ALLOWED_ATTR: GUIDE_STEP_ATTRIBUTES as string[],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false
  });
}

import { formatCalendarDay, stockholmDay, stockholmMidnight } from '../../core/contentHealth';
import type { GuideDraft } from '../../core/guideEditor';
import type { GuideProblem } from '../../core/guideEditorValidation';
import { formatText } from '../common/formatText';
import type { IGuideEditorStrings } from './guideEditorStrings';

/** The id of a guide field in one form (`base` is the form's own prefix). */
export function fieldId(base: string, name: string): string {
  return `${base}-${name}`;
}

/** The id of a field of step `i` (0-based) in one form. */
export function stepFieldId(base: string, i: number, name: string): string {
  return `${base}-step-${i}-${name}`;
}

/** The date input's value (yyyy-mm-dd, the day in Stockholm) of a stored review date, and back. */
export function dayInput(iso: string | null): string {
  if (!iso || isNaN(Date.parse(iso))) {
    return '';
  }
  return formatCalendarDay(stockholmDay(new Date(iso)));
}

export function dayValue(input: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  return m ? stockholmMidnight({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }).toISOString() : null;
}

export function formatWhen(iso: string): string {
  const time = Date.parse(iso);
  return isNaN(time) ? iso : new Date(time).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
}

/** The id of the field a publish problem is about, so the problem's link takes the editor there. */
export function problemTarget(base: string, draft: GuideDraft, problem: GuideProblem): string {
  switch (problem.code) {
    case 'noTitle': return fieldId(base, 'title');
    case 'noSummary': return fieldId(base, 'summary');
    case 'noCategory': return fieldId(base, 'category');
    case 'noMunicipality': return fieldId(base, 'municipality-all');
    case 'noSteps': return fieldId(base, 'add-step');
    case 'stepWithoutTitle': return stepFieldId(base, problem.step, 'title');
    case 'pictureWithoutAlt': return stepFieldId(base, problem.step, 'alt');
    case 'filmWithoutCaptions': return stepFieldId(base, problem.step, 'captions');
    case 'disallowedMarkup': return stepFieldId(base, problem.step, 'text');
    default: {
      const step = draft.steps[problem.step];
      if (step && step.image && step.image.url === problem.url) return stepFieldId(base, problem.step, 'picture');
      if (step && step.video && step.video.url === problem.url) return stepFieldId(base, problem.step, 'film');
      if (step && step.video && step.video.captionsUrl === problem.url) return stepFieldId(base, problem.step, 'captions');
      return stepFieldId(base, problem.step, 'text');
    }
  }
}

export function problemText(strings: IGuideEditorStrings, problem: GuideProblem): string {
  const p = strings.Problems;
  switch (problem.code) {
    case 'stepWithoutTitle':
    case 'pictureWithoutAlt':
    case 'filmWithoutCaptions':
      return formatText(p[problem.code], problem.step + 1);
    case 'disallowedMarkup': return formatText(p.disallowedMarkup, problem.step + 1, problem.tag);
    case 'unsafeLink': return formatText(p.unsafeLink, problem.step + 1, problem.url);
    case 'linkToOtherHost':
    case 'mediaOnOtherHost':
      return formatText(p[problem.code], problem.step + 1, problem.host);
    default: return p[problem.code];
  }
}

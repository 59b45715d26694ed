/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { GUIDE_STEP_TAGS, linkPolicyOf, publishProblems, tagsOf } from '../../core/guideEditorValidation';
import { RICH_TEXT_ATTRIBUTES, RICH_TEXT_TAGS } from '../common/sanitizeHtml';
import { sanitizeGuideStepHtml } from './guideStepHtml';

interface IHostilePayload { id: string; category: string; payload: string }
const corpus: IHostilePayload[] = JSON.parse(readFileSync(path.join(__dirname, '../../../tests/fixtures/hostile-payloads.json'), 'utf8')).payloads;

describe('a guide step\'s text', () => {
  it('uses only markup the viewer\'s sanitizer keeps', () => {
    for (const tag of GUIDE_STEP_TAGS) {
      expect(RICH_TEXT_TAGS).toContain(tag);
    }
    expect(RICH_TEXT_ATTRIBUTES).toContain('href');
  });

  it('keeps bold, italic, lists and links, and nothing else', () => {
    const html = '<p class="x" style="color:red"><strong>Fet</strong> <em>kursiv</em> <a href="/sites/gemensamt" title="t" onclick="x()">länk</a></p><ul><li>ett</li></ul><table><tr><td>cell</td></tr></table><img src="/a.png" alt="a"><h2>Rubrik</h2>';
    expect(sanitizeGuideStepHtml(html)).toBe('<p><strong>Fet</strong> <em>kursiv</em> <a href="/sites/gemensamt">länk</a></p><ul><li>ett</li></ul>cellRubrik');
  });

  it.each(corpus.map((p) => [p.id, p.payload]))('%s: leaves markup the publish check accepts', (_id, payload) => {
    const clean = sanitizeGuideStepHtml(payload);
    expect(tagsOf(clean).filter((t) => GUIDE_STEP_TAGS.indexOf(t) < 0)).toEqual([]);
    const draft = { title: 't', summary: 's', category: 'c', municipalities: 'alla' as const, forvaltning: '', keywords: [], owner: null, reviewDate: null, status: 'utkast' as const, steps: [{ title: 'x', html: clean }] };
    const problems = publishProblems(draft, linkPolicyOf(null, 'https://samverka.sharepoint.com'));
    expect(problems.filter((p) => p.code === 'disallowedMarkup' || p.code === 'unsafeLink')).toEqual([]);
  });
});

/**
 * @jest-environment jsdom
 */
import { htmlToText, sanitizeHtml } from './sanitizeHtml';

describe('sanitizeHtml', () => {
  it('keeps ordinary markup', () => {
    expect(sanitizeHtml('<p>Hej <strong>alla</strong> <a href="https://eksjo.se">här</a></p>'))
      .toBe('<p>Hej <strong>alla</strong> <a href="https://eksjo.se">här</a></p>');
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const clean = sanitizeHtml('<img src="x" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>');
    expect(clean).not.toMatch(/onerror|<script|javascript:/i);
  });
});

describe('htmlToText', () => {
  it('returns plain text unchanged', () => {
    expect(htmlToText('Nytt schema för hemtjänsten')).toBe('Nytt schema för hemtjänsten');
  });

  it('decodes entities and drops tags, keeping their text', () => {
    expect(htmlToText('Lön &amp; HR <b>flyttar</b>\n till  plan 3')).toBe('Lön & HR flyttar till plan 3');
  });

  it('drops the content of scripts and styles', () => {
    expect(htmlToText('<style>p{}</style>Text<script>alert(1)</script>')).toBe('Text');
  });
});

/**
 * @jest-environment jsdom
 */
import { sanitizeHtml } from './sanitizeHtml';

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

/**
 * @jest-environment jsdom
 */
import * as fc from 'fast-check';
import * as purifyModule from 'dompurify';
import { htmlToText } from './htmlText';

const DOMPurify: typeof purifyModule = (purifyModule as unknown as { default?: typeof purifyModule }).default || purifyModule;

/** The text the sanitizer kept when asked for text alone: what htmlToText replaced. */
function purifiedText(html: string): string {
  if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
    return html;
  }
  const fragment = DOMPurify.sanitize(html, { ALLOWED_TAGS: ['#text'], RETURN_DOM_FRAGMENT: true });
  return (fragment.textContent || '').replace(/\s+/g, ' ').trim();
}

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

  it('drops what is not text for a reader: SVG and MathML, media, frames, a table head, templates', () => {
    expect(htmlToText('A<svg><text>svg</text></svg><math><mi>x</mi></math><video>v</video><iframe>f</iframe>B'))
      .toBe('AB');
    expect(htmlToText('<table><thead><tr><th>Rubrik</th></tr></thead><tbody><tr><td>Cell</td></tr></tbody></table>')).toBe('Cell');
    expect(htmlToText('<template><p>mall</p></template>Kvar')).toBe('Kvar');
  });

  it('shows as text what the sanitizer dropped as a markup-injection attempt: it is never markup here', () => {
    expect(htmlToText('<p><!-- c -->&lt;b&gt;</p>')).toBe('<b>');
    expect(htmlToText('Före<form><input name="textContent">Formulär</form>Efter')).toBe('FöreFormulärEfter');
  });

  it('runs nothing while parsing: no handler fires, no script runs', () => {
    const fired = jest.fn();
    (window as unknown as { __fired: () => void }).__fired = fired;
    htmlToText('<img src="x" onerror="window.__fired()"><script>window.__fired()</script><svg onload="window.__fired()"></svg>Text');
    return new Promise<void>((resolve) => setTimeout(resolve, 50)).then(() => expect(fired).not.toHaveBeenCalled());
  });

  it('keeps the same text as the sanitizer did, on generated content markup', () => {
    const tag = fc.constantFrom('p', 'b', 'div', 'span', 'a', 'li', 'ul', 'table', 'tr', 'td', 'thead', 'tbody', 'colgroup', 'title', 'style',
      'script', 'noscript', 'template', 'svg', 'math', 'mi', 'textarea', 'xmp', 'iframe', 'video', 'form', 'select', 'option', 'head',
      'my-element', 'noembed', 'plaintext', 'desc', 'foreignObject', 'annotation-xml');
    const text = fc.constantFrom('Lön', ' & ', '&amp;', '&lt;b&gt;', '<', '>', ' ', '\n', 'å', '&nbsp;',
      '<input name="q">', '<img src=x onerror=alert(1)>', '<br>', '</p>', '&#x3C;');
    const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 })).map(([name, children]) => `<${name}>${children.join('')}</${name}>`)
      )
    })).node;
    fc.assert(fc.property(fc.array(markup, { maxLength: 5 }), (parts) => {
      const html = parts.join('');
      expect(htmlToText(html)).toBe(purifiedText(html));
    }), { numRuns: 400 });
  });
});

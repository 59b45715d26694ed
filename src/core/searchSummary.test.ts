import fc from 'fast-check';
import { summaryOfText, summarySegments } from './searchSummary';

/** What a summary says, without its highlights. */
function summaryText(summary: string): string {
  return summarySegments(summary).map(s => ('text' in s ? s.text : '…')).join('');
}

describe('summarySegments', () => {
  it('turns <c0> into highlights and <ddd/> into ellipses', () => {
    expect(summarySegments('<ddd/>Ny <c0>lön</c0> från mars <ddd/>')).toEqual([
      { ellipsis: true },
      { text: 'Ny ', highlight: false },
      { text: 'lön', highlight: true },
      { text: ' från mars ', highlight: false },
      { ellipsis: true }
    ]);
  });

  it('shows any other markup as the text it is', () => {
    const pixel = '<img src="https://tracker.example/pixel.gif">';
    const notice = '<div class="signin">Din session har gått ut. <a href="https://phish.example/login">Logga in igen</a></div>';
    expect(summarySegments(`${pixel} <c0>Xssprov</c0> ${notice}`)).toEqual([
      { text: `${pixel} `, highlight: false },
      { text: 'Xssprov', highlight: true },
      { text: ` ${notice}`, highlight: false }
    ]);
    expect(summarySegments('<script>alert(1)</script><C0>x</C0><ddd>')).toEqual([{ text: '<script>alert(1)</script><C0>x</C0><ddd>', highlight: false }]);
  });

  it('keeps nested <c0> one highlight, highlights an unclosed one to the end and drops stray closers', () => {
    expect(summarySegments('a<c0>b<c0>c</c0>d</c0>e')).toEqual([
      { text: 'a', highlight: false }, { text: 'bcd', highlight: true }, { text: 'e', highlight: false }
    ]);
    expect(summarySegments('a<c0>b c')).toEqual([{ text: 'a', highlight: false }, { text: 'b c', highlight: true }]);
    expect(summarySegments('a</c0>b</c0><c0>c</c0>')).toEqual([{ text: 'ab', highlight: false }, { text: 'c', highlight: true }]);
    expect(summarySegments('<c0></c0>')).toEqual([]);
    expect(summarySegments('')).toEqual([]);
  });

  it('decodes character references to text, and nothing they spell becomes markup', () => {
    expect(summarySegments('Lön &amp; HR &lt;img src=x&gt; &#8230; &#x1F600; &nbsp; &#0;')).toEqual([
      { text: 'Lön & HR <img src=x> … \u{1F600} &nbsp; &#0;', highlight: false }
    ]);
    // An encoded marker is text an editor wrote, not a highlight.
    expect(summarySegments('&lt;c0&gt;x&lt;/c0&gt;')).toEqual([{ text: '<c0>x</c0>', highlight: false }]);
  });

  it('reads any text made into a summary back as exactly that text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(summaryText(summaryOfText(text))).toBe(text);
      expect(summarySegments(summaryOfText(text)).every((s) => 'text' in s && !s.highlight)).toBe(true);
    }));
    expect(summaryText(summaryOfText('<c0>&amp;<ddd/>'))).toBe('<c0>&amp;<ddd/>');
  });

  it('loses no text: the segments hold the summary without its markers', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('<c0>', '</c0>', '<ddd/>', 'a', ' ', '<', '>', '&', 'lön', '<b>', '&lt;')), (parts) => {
      const summary = parts.join('');
      const expected = summary.replace(/<ddd\/>/g, '…').replace(/<\/?c0>/g, '').replace(/&lt;/g, '<');
      expect(summaryText(summary)).toBe(expected);
    }));
  });
});

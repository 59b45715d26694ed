/**
 * Plain text of a field that may hold markup or entities ("Lön &amp; HR"), for places that render
 * text only (the news feed's descriptions). It needs no sanitizer, so the feed does not download
 * one: the markup is parsed by DOMParser into an inert document (no script runs, nothing loads,
 * no handler fires) and only its text nodes are read; it never reaches the page as markup.
 * On content markup it keeps the text DOMPurify kept when it was asked for text alone: the same
 * elements drop their content and what the parser puts in the head is not read (htmlText.test.ts
 * compares the two on generated markup). Where DOMPurify dropped an element as a markup-injection
 * attempt (text that itself looks like markup beside a comment, a clobbered form), this keeps its
 * text: it is only ever shown as text, and the tree walker cannot be misled by clobbered properties.
 */

/** Elements whose content is not text a reader should see (DOMPurify's default FORBID_CONTENTS). */
const NO_TEXT_CONTENT: ReadonlySet<string> = new Set([
  'annotation-xml', 'audio', 'colgroup', 'desc', 'foreignobject', 'head', 'iframe', 'math', 'mi', 'mn', 'mo', 'ms', 'mtext',
  'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'selectedcontent', 'style', 'svg', 'template', 'thead', 'title',
  'video', 'xmp'
]);

export function htmlToText(html: string): string {
  if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
    return html;
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.body) {
    return '';
  }
  // The tree walker is the document's own traversal: content cannot clobber it as it can a form's childNodes.
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === Node.TEXT_NODE) {
        return NodeFilter.FILTER_ACCEPT;
      }
      const element = node as Element;
      if (NO_TEXT_CONTENT.has(element.nodeName.toLowerCase())) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    }
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    parts.push((node as Text).data);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

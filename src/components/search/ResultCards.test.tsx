import * as React from 'react';
import { render } from '@testing-library/react';
import * as strings from 'SearchWebPartStrings';
import type { DocumentResult, PageResult } from '../../core/search';
import { DocumentCard, PageCard } from './ResultCards';
import { SearchStringsContext } from './searchStrings';
import type { SearchClassNames } from './searchStyles';

const classNames = new Proxy({}, { get: (_target, name) => String(name) }) as SearchClassNames;
const PIXEL = '<img src="https://tracker.example/pixel.gif">';
const NOTICE = '<div class="signin">Din session har gått ut. <a href="https://phish.example/login">Logga in igen</a></div>';
const HOSTILE = `<ddd/>${PIXEL} Ny <c0>lönerutin</c0> ${NOTICE} <ddd/>`;

function renderCard(card: React.ReactElement): HTMLElement {
  return render(<SearchStringsContext.Provider value={strings}>{card}</SearchStringsContext.Provider>).container;
}

describe('search result summaries', () => {
  const page: PageResult = { kind: 'page', id: 'p1', title: 'Lön', url: 'https://x/lon.aspx', summary: HOSTILE, siteTitle: 'Eksjö', siteUrl: '', date: '', audienceIds: [] };
  const document: DocumentResult = { kind: 'document', id: 'd1', title: 'Lön', fileName: 'Lön.docx', fileType: 'docx', url: 'https://x/Lön.docx', summary: HOSTILE, siteTitle: 'Eksjö', folderUrl: 'https://x', modified: '', modifiedBy: '' };

  for (const [name, card] of [['a page', <PageCard key="p" item={page} classNames={classNames} />], ['a document', <DocumentCard key="d" item={document} classNames={classNames} />]] as const) {
    it(`${name}: an editor's markup shows as text, highlights as <mark>, elisions as …`, () => {
      const container = renderCard(card);
      const summary = container.querySelector('[data-search-summary]') as HTMLElement;
      expect(summary.textContent).toBe(`…${PIXEL} Ny lönerutin ${NOTICE} …`);
      expect(Array.from(summary.querySelectorAll('*')).map((e) => e.tagName)).toEqual(['MARK']);
      expect(summary.querySelector('mark')!.textContent).toBe('lönerutin');
      // Nothing of it became an element anywhere in the card: no picture to fetch, no link to follow.
      expect(container.querySelector('img, .signin, a[href^="https://phish"]')).toBeNull();
      expect(container.querySelector('[data-safe-html]')).toBeNull();
    });
  }
});

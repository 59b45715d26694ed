// The pages `npm run bench` opens in the workbench, one web part each, and what each must show to
// count as loaded (when that is, tests/support/webPartLoaded.mjs says, for the browser tests too).

/** News in the list layout, as many as the benchmark waits for. */
export const NEWS_ITEMS = 20;

/** A word per search vertical that has hits there. */
export const SEARCH_QUERIES = [
  { vertical: 'all', text: 'semester' },
  { vertical: 'pages', text: 'förskola' },
  { vertical: 'documents', text: 'protokoll' },
  { vertical: 'people', text: 'lindqvist' },
  { vertical: 'guides', text: 'lön' }
];

/**
 * Every page measured. `webPart` is the data-webpart of the workbench's web part zone; `content`
 * a selector of what the web part shows once its data is in (with `min`, how many of them).
 * `baseline` rows are the naive news service that only exists to compare with: they are
 * reported, not judged.
 */
export function benchPages() {
  const pages = [
    {
      key: 'news', label: 'Targeted news', webPart: 'targeted-news', persona: 'erik',
      params: { page: 'news', layout: 'list', items: String(NEWS_ITEMS), news: 'samverka' }, content: 'li h3', min: NEWS_ITEMS
    },
    {
      key: 'news-naive', label: 'Targeted news, naive', webPart: 'targeted-news', persona: 'erik', baseline: true,
      params: { page: 'news', layout: 'list', items: String(NEWS_ITEMS), news: 'naive' }, content: 'li h3', min: NEWS_ITEMS
    },
    {
      key: 'dashboard', label: 'Min sida', webPart: 'personal-dashboard', persona: 'erik',
      params: { page: 'dashboard' }, content: '[data-section="profile"] h1, [data-section="calendar"], [data-section="news"], [data-section="documents"]', min: 4
    },
    ...SEARCH_QUERIES.map((query) => ({
      key: `search-${query.vertical}`, label: `Sök: ${query.vertical}`, webPart: 'search', persona: 'anna', query,
      params: { page: 'sok', q: query.text, ...(query.vertical === 'all' ? {} : { v: query.vertical }) },
      // The result count ("N träffar") is written once the results are in.
      content: '[role="status"]', contentText: 'träff', min: 1
    })),
    {
      key: 'content-health', label: 'Städa innehåll', webPart: 'content-health', persona: 'johan',
      params: { page: 'stada' }, content: 'table caption', min: 1
    },
    {
      key: 'reuse-johan', label: 'Samverka (Vetlanda)', webPart: 'content-reuse', persona: 'johan',
      params: { page: 'samverka' }, content: 'form select option', min: 1
    },
    {
      key: 'reuse-karin', label: 'Samverka (Sävsjö)', webPart: 'content-reuse', persona: 'karin',
      params: { page: 'samverka' }, content: 'form select option', min: 1
    }
  ];
  return pages;
}

/** Läs och bekräfta at scale: must-read news the benchmark's scale tenants seed (`--must-read-items`). */
export const MUST_READ_ITEMS = 50;

/**
 * The pages measured on the scale tenants (every person of the three municipalities in the audience
 * of MUST_READ_ITEMS must-read news, a share of them confirmed): the editors' view, opened in Städa
 * innehåll with its button (`reveal`: timed from the press, counting only what it asks), and the
 * readers' views, whose must-read requests are counted apart.
 */
export function mustReadPages() {
  return [
    {
      key: 'must-read-editors', label: 'Läsbekräftelser', webPart: 'content-health', persona: 'johan',
      params: { page: 'stada' }, reveal: 'Visa läsbekräftelser', content: '[data-testid="must-read-items"] tbody tr', min: MUST_READ_ITEMS,
      // Measured once more before the runs with no summary of confirmations (src/core/confirmationSummary.ts): the
      // first open after setup or a retention run, which reads the whole list and writes the summary the runs then use.
      summary: "/sites/gemensamt/_api/web/getFileByServerRelativePath(decodedUrl='/sites/gemensamt/Lasbekraftelser-sammanstallning/sammanstallning.json')"
    },
    {
      key: 'must-read-news', label: 'Targeted news', webPart: 'targeted-news', persona: 'erik',
      params: { page: 'news', layout: 'list', items: String(NEWS_ITEMS), news: 'samverka' }, content: 'li h3', min: NEWS_ITEMS
    },
    {
      key: 'must-read-dashboard', label: 'Min sida', webPart: 'personal-dashboard', persona: 'erik',
      params: { page: 'dashboard' }, content: '[data-section="profile"] h1, [data-section="calendar"], [data-section="news"], [data-section="documents"]', min: 4
    }
  ];
}

import * as React from 'react';

/*
 * Inline glyphs instead of Fluent's icon font: the font is fetched from a CDN that Teams tabs,
 * locked-down networks and the offline workbench may not reach. All are decorative (aria-hidden).
 */

export function PinGlyph(): React.ReactElement {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M10.1 1.3a1 1 0 0 1 1.4 0l3.2 3.2a1 1 0 0 1 0 1.4l-1.5 1.5a1 1 0 0 1-1 .25l-2.1 2.1.3 2.6a1 1 0 0 1-.3.8l-.7.7a.5.5 0 0 1-.7 0L6 11.1l-3.6 3.6H1.3v-1.1L4.9 10 2.2 7.3a.5.5 0 0 1 0-.7l.7-.7a1 1 0 0 1 .8-.3l2.6.3 2.1-2.1a1 1 0 0 1 .25-1z" />
    </svg>
  );
}

export function NewsGlyph(): React.ReactElement {
  return (
    <svg width="48" height="48" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path fill="currentColor" opacity="0.85" d="M8 10h26a2 2 0 0 1 2 2v24a4 4 0 0 0 4 4H12a6 6 0 0 1-6-6V12a2 2 0 0 1 2-2zm30 8h2a2 2 0 0 1 2 2v16a2 2 0 0 1-4 0V18zM12 16v8h10v-8H12zm14 0v2h6v-2h-6zm0 6v2h6v-2h-6zm-14 6v2h20v-2H12zm0 5v2h20v-2H12z" />
    </svg>
  );
}

import * as React from 'react';
import type { DocumentFileType } from '../../core/dashboard';

/*
 * Inline glyphs (no icon font from a CDN, which Teams tabs and locked-down networks may not reach).
 * All are decorative: the text beside them says what they mean.
 */

const FILE_COLOURS: Record<DocumentFileType, string> = {
  word: '#185abd',
  excel: '#107c41',
  powerpoint: '#c43e1c',
  pdf: '#b30b00',
  other: '#616161'
};
const FILE_LETTERS: Record<DocumentFileType, string> = { word: 'W', excel: 'X', powerpoint: 'P', pdf: 'PDF', other: '' };

/** A file-type icon: a page with a coloured badge carrying the application's letter. */
export function FileTypeGlyph(props: { type: DocumentFileType }): React.ReactElement {
  const colour = FILE_COLOURS[props.type];
  const letter = FILE_LETTERS[props.type];
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <path d="M8 2h10l6 6v17a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z" fill="#ffffff" stroke="#8a8a8a" />
      <path d="M18 2v5a1 1 0 0 0 1 1h5" fill="none" stroke="#8a8a8a" />
      <rect x="2" y="10" width={letter.length > 1 ? 20 : 14} height="13" rx="2" fill={colour} />
      <text x={letter.length > 1 ? 12 : 9} y="20" textAnchor="middle" fontFamily="Segoe UI, Arial, sans-serif" fontSize={letter.length > 1 ? 7.5 : 10} fontWeight="700" fill="#ffffff">{letter}</text>
    </svg>
  );
}

function Glyph(props: { d: string; size?: number }): React.ReactElement {
  const size = props.size || 16;
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={props.d} />
    </svg>
  );
}

export function PinGlyph(props: { filled: boolean }): React.ReactElement {
  return props.filled
    ? <Glyph d="M10.1 1.3a1 1 0 0 1 1.4 0l3.2 3.2a1 1 0 0 1 0 1.4l-1.5 1.5a1 1 0 0 1-1 .25l-2.1 2.1.3 2.6a1 1 0 0 1-.3.8l-.7.7a.5.5 0 0 1-.7 0L6 11.1l-3.6 3.6H1.3v-1.1L4.9 10 2.2 7.3a.5.5 0 0 1 0-.7l.7-.7a1 1 0 0 1 .8-.3l2.6.3 2.1-2.1a1 1 0 0 1 .25-1z" />
    : <Glyph d="M10.1 1.3a1 1 0 0 1 1.4 0l3.2 3.2a1 1 0 0 1 0 1.4l-1.5 1.5a1 1 0 0 1-1 .25l-2.1 2.1.3 2.6a1 1 0 0 1-.3.8l-.7.7a.5.5 0 0 1-.7 0L6 11.1l-3.6 3.6H1.3v-1.1L4.9 10 2.2 7.3a.5.5 0 0 1 0-.7l.7-.7a1 1 0 0 1 .8-.3l2.6.3 2.1-2.1a1 1 0 0 1 .25-1zm.7.7L9.2 3.6a2 2 0 0 1-.5 2l-2.4 2.4-3.2-.4-.3.3 5.4 5.4.3-.3-.4-3.2 2.4-2.4a2 2 0 0 1 2-.5l1.5-1.6-3.2-3.2z" />;
}

export function ArrowUpGlyph(): React.ReactElement {
  return <Glyph d="M8 2.5l5 5-.7.7L8.5 4.4V14h-1V4.4L3.7 8.2 3 7.5z" />;
}

export function ArrowDownGlyph(): React.ReactElement {
  return <Glyph d="M8 13.5l-5-5 .7-.7 3.8 3.8V2h1v9.6l3.8-3.8.7.7z" />;
}

export function RemoveGlyph(): React.ReactElement {
  return <Glyph d="M3.6 2.9L8 7.3l4.4-4.4.7.7L8.7 8l4.4 4.4-.7.7L8 8.7l-4.4 4.4-.7-.7L7.3 8 2.9 3.6z" />;
}

export function VideoGlyph(): React.ReactElement {
  return <Glyph d="M2 4h8a1 1 0 0 1 1 1v1.3l3-2v7.4l-3-2V11a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z" />;
}

export function LinkGlyph(): React.ReactElement {
  return <Glyph d="M6.5 9.5l3-3 .7.7-3 3zM5 7.3L3.6 8.7a2 2 0 0 0 2.8 2.8L7.8 10l.7.7-1.4 1.4a3 3 0 0 1-4.2-4.2l1.4-1.4zm6-1.6l-.7-.7 1.4-1.4a2 2 0 0 0-2.8-2.8L7.5 2.2l-.7-.7L8.2.1a3 3 0 0 1 4.2 4.2z" />;
}

export function GuideGlyph(): React.ReactElement {
  return <Glyph d="M3 1.5h8.5L13 3v11.5H3zm1 1v11h8V3.4L11.1 2.5zM5.5 5h5v1h-5zm0 2.5h5v1h-5zm0 2.5h3v1h-3z" />;
}

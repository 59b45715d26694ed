import { createHash } from 'node:crypto';
import { NEWS_THEMES } from './news-themes.ts';

/**
 * Banner images of the seeded news, drawn on request: a small SVG per theme and variant,
 * so the database holds no binaries and every image URL in the data resolves.
 */

const PALETTES: ReadonlyArray<readonly [string, string, string]> = [
  ['#0b5cad', '#2f8fd8', '#e8f2fb'],
  ['#2e6b30', '#58a05a', '#eef7ee'],
  ['#8a3b12', '#c8672e', '#fbf0e8'],
  ['#5b2a86', '#8c5cc0', '#f3ecfa'],
  ['#005f66', '#2a9ca4', '#e6f6f7'],
  ['#7a1f3d', '#b8476b', '#fbecf1'],
];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The SVG for an image name such as "lonerevision-2", or null when no theme has that name. */
export function bannerSvg(imageName: string): string | null {
  const match = /^([a-z0-9-]+)-(\d)$/.exec(imageName);
  if (!match) return null;
  const theme = NEWS_THEMES.find((t) => t.key === match[1]);
  if (!theme) return null;
  const hash = createHash('sha1').update(imageName).digest();
  const [dark, light, pale] = PALETTES[hash[0] % PALETTES.length];
  const circles = [0, 1, 2]
    .map((i) => {
      const cx = 700 + ((hash[1 + i] * 2) % 480);
      const cy = 60 + ((hash[4 + i] * 3) % 520);
      const r = 60 + (hash[7 + i] % 160);
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${pale}" fill-opacity="${(0.12 + (hash[10 + i] % 20) / 100).toFixed(2)}"/>`;
    })
    .join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675" role="img" aria-labelledby="t">',
    `<title id="t">${escapeXml(theme.imageAlt)}</title>`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>`,
    '<rect width="1200" height="675" fill="url(#g)"/>',
    circles,
    `<text x="72" y="560" font-family="Segoe UI, Arial, sans-serif" font-size="72" font-weight="600" fill="#ffffff">${escapeXml(theme.label)}</text>`,
    '</svg>',
  ].join('');
}

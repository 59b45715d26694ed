import { createHash } from 'node:crypto';

/**
 * Pictures and captions of the seeded guides, drawn on request like the news banners: a step's
 * picture is a small SVG "screenshot" (a window with a highlighted control), a film's captions a
 * WebVTT file. The films themselves are not served (a real tenant streams them from Stream).
 */

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The SVG for "<slug>-<step>", or null when the name does not look like one. */
export function guideImageSvg(name: string): string | null {
  const m = /^([a-z0-9-]+)-(\d{1,2})$/.exec(name);
  if (!m) return null;
  const step = Number(m[2]);
  const h = createHash('sha1').update(m[1]).digest();
  const hue = h[0] % 360;
  const accent = `hsl(${hue}, 55%, 38%)`;
  const pale = `hsl(${hue}, 45%, 94%)`;
  const rows = [0, 1, 2, 3]
    .map((i) => `<rect x="${196 + (h[1 + i] % 40)}" y="${128 + i * 44}" width="${240 + (h[5 + i] % 200)}" height="18" rx="4" fill="#d6dbe1"/>`)
    .join('');
  const target = 128 + (step % 4) * 44;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">',
    `<title>${escapeXml(`Steg ${step}`)}</title>`,
    '<rect width="800" height="450" fill="#eef1f4"/>',
    '<rect x="40" y="30" width="720" height="390" rx="10" fill="#ffffff" stroke="#c5ccd3"/>',
    `<rect x="40" y="30" width="720" height="44" rx="10" fill="${accent}"/>`,
    `<rect x="40" y="74" width="130" height="346" fill="${pale}"/>`,
    rows,
    `<rect x="180" y="${target - 10}" width="520" height="38" rx="6" fill="none" stroke="#d13438" stroke-width="4"/>`,
    `<circle cx="716" cy="${target + 9}" r="22" fill="#d13438"/>`,
    `<text x="716" y="${target + 17}" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="24" font-weight="700" fill="#ffffff">${step}</text>`,
    '</svg>',
  ].join('');
}

/** WebVTT captions for a guide film. */
export function guideCaptionsVtt(slug: string): string | null {
  if (!/^[a-z0-9-]+$/.test(slug)) return null;
  const title = slug.replace(/-(eksjo|savsjo|vetlanda)$/, '').replace(/-/g, ' ');
  return [
    'WEBVTT',
    '',
    '00:00:00.000 --> 00:00:04.000',
    `I den här filmen visar vi: ${title}.`,
    '',
    '00:00:04.000 --> 00:00:09.000',
    'Följ stegen i guiden under filmen i din egen takt.',
    '',
  ].join('\n');
}

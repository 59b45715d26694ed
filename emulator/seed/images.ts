import { NEWS_THEMES } from './news-themes.ts';
import { sceneSvg } from './scenes.ts';

/**
 * Banner images of the seeded news, drawn on request: the theme's scene (scenes.ts) in one of
 * three variants, so the database holds no binaries and every image URL in the data resolves.
 */

/** The SVG for an image name such as "lonerevision-2", or null when no theme has that name. */
export function bannerSvg(imageName: string): string | null {
  const match = /^([a-z0-9-]+)-([1-3])$/.exec(imageName);
  if (!match) return null;
  const theme = NEWS_THEMES.find((t) => t.key === match[1]);
  return theme ? sceneSvg(theme.scene, Number(match[2])) : null;
}

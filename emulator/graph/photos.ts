import { createHash } from 'node:crypto';
import { graphError } from '../http/errors.ts';
import type { UserRecord } from '../db/records.ts';
import type { EmulatorRequest, EmulatorResponse } from '../http/types.ts';
import { hasPhoto } from '../search/sources/people.ts';

/**
 * GET /users/{id}/photo/$value (and /me/photo/$value): the user's profile photo, or 404
 * ImageNotFound when they have none (https://learn.microsoft.com/graph/api/profilephoto-get).
 * Graph returns the JPEG that was uploaded; the local tenant draws a small SVG portrait instead,
 * so it stores no binaries.
 */

const BACKGROUNDS = ['#c7dcef', '#d7e8d0', '#f3dcc8', '#e2d5f0', '#cfe9ea', '#f0d3dc'];
const SKIN = ['#f1c9a5', '#e0ac85', '#c68863', '#8d5a3b', '#f6d7bd'];
const HAIR = ['#2b1d14', '#5a3a22', '#a8743c', '#d9b36c', '#6b6b6b', '#1f1f1f'];

export function portraitSvg(userId: string): string {
  const h = createHash('sha1').update(userId).digest();
  const bg = BACKGROUNDS[h[0] % BACKGROUNDS.length];
  const skin = SKIN[h[1] % SKIN.length];
  const hair = HAIR[h[2] % HAIR.length];
  const shirt = `hsl(${h[3] % 360}, 35%, 42%)`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">',
    `<rect width="240" height="240" fill="${bg}"/>`,
    `<path d="M40 240c0-52 36-84 80-84s80 32 80 84z" fill="${shirt}"/>`,
    `<rect x="104" y="132" width="32" height="30" fill="${skin}"/>`,
    `<ellipse cx="120" cy="104" rx="44" ry="50" fill="${skin}"/>`,
    `<path d="M74 100c0-38 22-58 46-58s46 20 46 58c-10-18-26-28-46-28s-36 10-46 28z" fill="${hair}"/>`,
    '</svg>',
  ].join('');
}

export function getPhoto(request: EmulatorRequest, user: UserRecord | undefined, id: string): EmulatorResponse {
  if (!user) return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  if (!hasPhoto(user)) return graphError(request, 404, 'ImageNotFound', 'Exception of type \'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException\' was thrown.');
  return { status: 200, headers: { 'content-type': 'image/svg+xml', 'cache-control': 'private, max-age=3600' }, body: request.method === 'HEAD' ? '' : portraitSvg(user.id) };
}

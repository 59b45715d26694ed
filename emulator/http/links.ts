/**
 * The link to the next page: the request's own URL with its `$skiptoken` replaced, keeping the
 * rest of the query string exactly as the client wrote it.
 */
export function withSkipToken(url: URL, token: string): string {
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !/^(\$|%24)skiptoken=/i.test(part));
  kept.push(`$skiptoken=${encodeURIComponent(token)}`);
  return `${url.origin}${url.pathname}?${kept.join('&')}`;
}

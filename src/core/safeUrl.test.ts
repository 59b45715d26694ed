/* eslint-disable no-script-url -- script URLs are what these tests feed in */
import { safeUrl } from './safeUrl';

describe('safeUrl', () => {
  it('lets web, mail, phone and relative URLs through', () => {
    for (const url of ['https://savsjo.se/a', 'http://x', 'mailto:a@b.se', 'tel:+4638212', '/sites/gemensamt/SiteAssets/a.png', 'bild.png', 'mapp/a:b.png', '#steg-2']) {
      expect(safeUrl(url)).toBe(url);
    }
  });

  it('stops script and document URLs however they are spelled', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', ' javascript:x', 'java\tscript:x', 'java\nscript:x', '\u0001javascript:x', 'javas\u200bcript:x',
      'vbscript:msgbox(1)', 'data:text/html,<script>x</script>', 'data:image/svg+xml,<svg onload=x>', 'file:///etc/passwd']) {
      expect(safeUrl(url)).toBeUndefined();
      expect(safeUrl(url, 'image')).toBeUndefined();
    }
  });

  it('allows a raster data: picture, but not as a link', () => {
    expect(safeUrl('data:image/png;base64,iVBORw0KGgo=', 'image')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(safeUrl('data:image/png;base64,iVBORw0KGgo=')).toBeUndefined();
  });
});

import { newGuideDraft } from './guideEditor';
import type { GuideDraft } from './guideEditor';
import {
  captionsFileProblem, GUIDE_PICTURE_MAX_BYTES, GUIDE_PICTURE_MAX_DIMENSION, GUIDE_STEP_TAGS, libraryFileName, linkHost, linkPolicyOf, linksOf,
  pictureFileProblem, publishProblems, scaledDimensions, uploadFileName, uploadFraction
} from './guideEditorValidation';
import { parseTenantConfig } from './tenantConfig';

const TENANT = 'https://samverka.sharepoint.com';
const POLICY = linkPolicyOf({ guideLinkHosts: ['www.skatteverket.se', '*.1177.se'] }, TENANT);

function guide(patch: Partial<GuideDraft> = {}): GuideDraft {
  return {
    ...newGuideDraft(null, new Date('2026-03-10T09:00:00Z'), null),
    title: 'Ansök om ledighet', summary: 'Så ansöker du.', category: 'Ledighet',
    steps: [{ title: 'Öppna', html: '<p>Gå till <a href="/sites/gemensamt">Gemensamt</a>.</p>' }],
    ...patch
  };
}

describe('publish validation', () => {
  it('passes a complete guide', () => {
    expect(publishProblems(guide(), POLICY)).toEqual([]);
  });

  it('names every problem at once, each with its step', () => {
    const problems = publishProblems(guide({
      title: ' ', summary: '', category: '', municipalities: [],
      steps: [
        { title: '', html: '<p>ok</p>', image: { url: '/sites/gemensamt/Guidebilder/a.png', alt: ' ' } },
        { title: 'Film', html: '<table><tr><td>x</td></tr></table>', video: { url: `${TENANT}/sites/gemensamt/Guidebilder/f.mp4` } },
        { title: 'Länkar', html: '<p><a href="https://evil.example.com/x">a</a> <a href="javascript:alert(1)">b</a> <a href="https://www.skatteverket.se/lon">c</a> <a href="https://www.1177.se/">d</a></p>' },
        { title: 'Bild utifrån', html: '', image: { url: 'https://cdn.example.com/p.png', alt: 'Bild' }, video: { url: '/f.mp4', captionsUrl: 'https://cdn.example.com/f.vtt' } }
      ]
    }), POLICY);
    expect(problems).toEqual([
      { code: 'noTitle' }, { code: 'noSummary' }, { code: 'noCategory' }, { code: 'noMunicipality' },
      { code: 'stepWithoutTitle', step: 0 }, { code: 'pictureWithoutAlt', step: 0 },
      { code: 'disallowedMarkup', step: 1, tag: 'table' }, { code: 'disallowedMarkup', step: 1, tag: 'tr' }, { code: 'disallowedMarkup', step: 1, tag: 'td' },
      { code: 'filmWithoutCaptions', step: 1 },
      { code: 'linkToOtherHost', step: 2, url: 'https://evil.example.com/x', host: 'evil.example.com' },
        // eslint-disable-next-line no-script-url -- a script link the check must refuse
      { code: 'unsafeLink', step: 2, url: 'javascript:alert(1)' },
      { code: 'mediaOnOtherHost', step: 3, url: 'https://cdn.example.com/p.png', host: 'cdn.example.com' },
      { code: 'mediaOnOtherHost', step: 3, url: 'https://cdn.example.com/f.vtt', host: 'cdn.example.com' }
    ]);
  });

  it('refuses a guide without steps', () => {
    expect(publishProblems(guide({ steps: [] }), POLICY)).toEqual([{ code: 'noSteps' }]);
  });

  it('reads links as a browser would: quoted or not, entities decoded, tricks that lead to another host caught', () => {
    expect(linksOf('<a href=x.html>a</a><a HREF = \'/y?a=1&amp;b=2\'>b</a>')).toEqual(['x.html', '/y?a=1&b=2']);
    for (const url of ['//evil.example.com/', 'http:/evil.example.com/', 'https:\\\\evil.example.com', 'https://samverka.sharepoint.com@evil.example.com/']) {
      expect(linkHost(url, 'samverka.sharepoint.com')).toBe('evil.example.com');
    }
    expect(linkHost('mailto:lon@eksjo.se', 'samverka.sharepoint.com')).toBe('');
    expect(linkHost('relative/page.aspx', 'samverka.sharepoint.com')).toBe('samverka.sharepoint.com');
    expect(linkHost('data:text/html,x', 'samverka.sharepoint.com')).toBeUndefined();
    const step = { title: 's', html: '<a href="//evil.example.com/">a</a><a href="mailto:lon@eksjo.se">b</a><a href="tel:+4638">c</a>' };
    expect(publishProblems(guide({ steps: [step] }), POLICY)).toEqual([{ code: 'linkToOtherHost', step: 0, url: '//evil.example.com/', host: 'evil.example.com' }]);
  });

  it('allows the tenant\'s own host by default, and a subdomain only when the list says "*."', () => {
    const own = linkPolicyOf(null, 'http://127.0.0.1:43111/');
    expect(own).toEqual({ tenantHost: '127.0.0.1:43111', allowedHosts: [] });
    const step = (href: string): GuideDraft => guide({ steps: [{ title: 's', html: `<a href="${href}">a</a>` }] });
    expect(publishProblems(step('http://127.0.0.1:43111/sites/x'), own)).toEqual([]);
    expect(publishProblems(step('https://www.skatteverket.se/'), own)).toHaveLength(1);
    expect(publishProblems(step('https://skatteverket.se/'), POLICY)).toHaveLength(1);
    expect(publishProblems(step('https://a.b.1177.se/'), POLICY)).toEqual([]);
    expect(publishProblems(step('https://1177.se/'), POLICY)).toHaveLength(1);
    expect(publishProblems(step('https://x1177.se/'), POLICY)).toHaveLength(1);
  });

  it('lets step text hold bold, italic, lists and links only: a subset of what the viewer renders', () => {
    expect(GUIDE_STEP_TAGS.slice().sort()).toEqual(['a', 'b', 'br', 'em', 'i', 'li', 'ol', 'p', 'strong', 'ul']);
  });
});

describe('the tenant configuration\'s link allow-list', () => {
  const base = {
    municipalities: [{ id: 'eksjo', name: 'Eksjö kommun', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: '00000000-0000-0000-0000-000000000001', allStaff: '00000000-0000-0000-0000-000000000002', managers: '00000000-0000-0000-0000-000000000003' } }],
    sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
  };

  it('is optional (the tenant\'s own host only) and read in lower case', () => {
    expect(parseTenantConfig(base).guideLinkHosts).toBeUndefined();
    expect(parseTenantConfig({ ...base, guideLinkHosts: ['WWW.Skatteverket.se', '*.1177.se'] }).guideLinkHosts).toEqual(['www.skatteverket.se', '*.1177.se']);
  });

  it('names every entry that is not a host name', () => {
    expect(() => parseTenantConfig({ ...base, guideLinkHosts: ['https://x.se', 3, 'ok.se'] })).toThrow(/guideLinkHosts\[0\].*guideLinkHosts\[1\]/);
    expect(() => parseTenantConfig({ ...base, guideLinkHosts: 'x.se' })).toThrow(/guideLinkHosts: must be an array/);
  });
});

describe('pictures and captions', () => {
  it('takes PNG, JPEG, GIF and WebP up to the size limit; not SVG, not other files', () => {
    expect(pictureFileProblem({ name: 'a.png', type: 'image/png', size: 1000 })).toBeNull();
    expect(pictureFileProblem({ name: 'foto.JPG', type: '', size: 1000 })).toBeNull();
    expect(pictureFileProblem({ name: 'a.svg', type: 'image/svg+xml', size: 1000 })).toBe('notAPicture');
    expect(pictureFileProblem({ name: 'a.pdf', type: 'application/pdf', size: 1000 })).toBe('notAPicture');
    expect(pictureFileProblem({ name: 'a.png', type: 'image/png', size: GUIDE_PICTURE_MAX_BYTES + 1 })).toBe('pictureTooLarge');
    expect(pictureFileProblem({ name: 'a.png', type: 'image/png', size: 0 })).toBe('emptyFile');
    expect(GUIDE_PICTURE_MAX_BYTES).toBe(10 * 1024 * 1024);
  });

  it('takes WebVTT captions only', () => {
    expect(captionsFileProblem({ name: 'film.sv.vtt', type: 'text/vtt', size: 100 })).toBeNull();
    expect(captionsFileProblem({ name: 'film.vtt', type: '', size: 100 })).toBeNull();
    expect(captionsFileProblem({ name: 'film.srt', type: 'text/plain', size: 100 })).toBe('notCaptions');
    expect(captionsFileProblem({ name: 'film.vtt', type: 'text/html', size: 100 })).toBe('notCaptions');
  });

  it('scales the longer side down to the target, keeping proportions and never enlarging', () => {
    expect(GUIDE_PICTURE_MAX_DIMENSION).toBe(1600);
    expect(scaledDimensions(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(scaledDimensions(1000, 5000)).toEqual({ width: 320, height: 1600 });
    expect(scaledDimensions(800, 600)).toEqual({ width: 800, height: 600 });
    expect(scaledDimensions(10000, 1)).toEqual({ width: 1600, height: 1 });
  });

  it('names files for the library without paths or markup', () => {
    expect(libraryFileName('Skärmbild 2026-03-10 kl. 09.00.PNG', 'k3x')).toBe('k3x-Skärmbild-2026-03-10-kl-09-00.png');
    expect(libraryFileName('../../<script>.png', 'u')).toBe('u-script.png');
    expect(libraryFileName('...', 'u')).toBe('u-fil');
  });
});

describe('uploadFileName and uploadFraction', () => {
  it('names a file safely and uniquely, with the extension its type calls for', () => {
    expect(uploadFileName({ name: 'Skärmbild: steg 2.PNG', type: 'image/png', size: 1 }, 'picture', 'k1')).toBe('k1-Skärmbild-steg-2.png');
    expect(uploadFileName({ name: 'image', type: 'image/png', size: 1 }, 'picture', 'k1')).toBe('k1-image.png');
    expect(uploadFileName({ name: 'foto.png', type: 'image/jpeg', size: 1 }, 'picture', 'k1')).toBe('k1-foto.jpg');
    expect(uploadFileName({ name: 'foto.jpeg', type: 'image/jpeg', size: 1 }, 'picture', 'k1')).toBe('k1-foto.jpeg');
    expect(uploadFileName({ name: '..\\..\\<script>.gif', type: '', size: 1 }, 'picture', 'k1')).toBe('k1-script.gif');
    expect(uploadFileName({ name: 'film.sv.vtt', type: 'text/vtt', size: 1 }, 'captions', 'k1')).toBe('k1-film-sv.vtt');
  });

  it('turns PnPjs\' progress offsets into fractions below 1 until the file is saved', () => {
    expect(uploadFraction(0, 100)).toBe(0);
    expect(uploadFraction(40, 100)).toBe(0.4);
    expect(uploadFraction(100, 100)).toBe(0.95);
    expect(uploadFraction(5, 0)).toBe(0);
  });
});

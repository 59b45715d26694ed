import type { GuideDraft } from './guideEditor';
import type { TenantConfig } from './municipality';
import { safeUrl } from './safeUrl';
import { ALL_MUNICIPALITIES } from './search';

/**
 * What a guide must be to be published, and what the editor may put into a step. Every problem
 * is named at once, each with the step it concerns, so an editor fixes them in one pass.
 */

/**
 * The markup a step's text may have: bold, italic, paragraphs and line breaks, lists and links.
 * A subset of the viewer's sanitizer allow-list (components/common/sanitizeHtml RICH_TEXT_TAGS,
 * held to it by a test), so the viewer renders everything the editor writes and nothing more.
 */
export const GUIDE_STEP_TAGS: readonly string[] = ['p', 'br', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'a'];
/** Attributes a step's text may keep: a link's address. */
export const GUIDE_STEP_ATTRIBUTES: readonly string[] = ['href'];

export type GuideProblem =
  | { code: 'noTitle' }
  | { code: 'noSummary' }
  | { code: 'noCategory' }
  | { code: 'noMunicipality' }
  | { code: 'noSteps' }
  /** `step` is 0-based; the editor shows it 1-based. */
  | { code: 'stepWithoutTitle'; step: number }
  | { code: 'pictureWithoutAlt'; step: number }
  | { code: 'filmWithoutCaptions'; step: number }
  | { code: 'disallowedMarkup'; step: number; tag: string }
  | { code: 'unsafeLink'; step: number; url: string }
  | { code: 'linkToOtherHost'; step: number; url: string; host: string }
  | { code: 'mediaOnOtherHost'; step: number; url: string; host: string };

export interface LinkPolicy {
  /** The tenant's own host ("kommun.sharepoint.com"): always allowed. */
  tenantHost: string;
  /** Further hosts links may point to (tenant configuration `guideLinkHosts`); "*.example.se" allows subdomains. */
  allowedHosts: readonly string[];
}

/** The link policy of a tenant: its own host (from its URL) and the configuration's allow-list (none by default). */
export function linkPolicyOf(config: Pick<TenantConfig, 'guideLinkHosts'> | null, tenantUrl: string): LinkPolicy {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(tenantUrl.trim());
  return { tenantHost: host ? host[1].toLowerCase() : '', allowedHosts: (config && config.guideLinkHosts) || [] };
}

/**
 * The host an address leads to, resolved as a browser resolves it on a tenant page (so
 * "//x.se", "http:/x.se" and backslashes all lead to x.se); '' for mailto: and tel:, which
 * open no site; undefined for anything else (scripts, data:, addresses that do not parse).
 */
export function linkHost(url: string, tenantHost: string): string | undefined {
  try {
    const resolved = new URL(url.trim(), `https://${tenantHost}/`);
    if (resolved.protocol === 'mailto:' || resolved.protocol === 'tel:') {
      return '';
    }
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export function isAllowedHost(host: string, policy: LinkPolicy): boolean {
  const h = host.toLowerCase();
  if (h === policy.tenantHost.toLowerCase().replace(/:\d+$/, '')) {
    return true;
  }
  return policy.allowedHosts.some((entry) => {
    const e = entry.trim().toLowerCase();
    return e.indexOf('*.') === 0 ? h.length > e.length - 1 && h.slice(-(e.length - 1)) === e.slice(1) : h === e;
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', '#39': '\'' };

function decodeAttribute(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_m, name: string) => ENTITIES[name]);
}

/** The tag names in a fragment of HTML (lower case, once each). */
export function tagsOf(html: string): string[] {
  const found: string[] = [];
  const tag = /<\s*\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/g;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(html)) !== null) {
    const name = match[1].toLowerCase();
    if (found.indexOf(name) < 0) {
      found.push(name);
    }
  }
  return found;
}

/** The addresses of a fragment's links (href attributes, quoted or not), entities decoded. */
export function linksOf(html: string): string[] {
  const links: string[] = [];
  const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
  let match: RegExpExecArray | null;
  while ((match = href.exec(html)) !== null) {
    links.push(decodeAttribute(match[1] !== undefined ? match[1] : match[2] !== undefined ? match[2] : match[3]));
  }
  return links;
}

/**
 * Every reason the guide cannot be published, in the order the editor sees the fields; empty
 * when it may be. Step text is checked as saved (after the editor's sanitizer): markup outside
 * GUIDE_STEP_TAGS, links that are scripts, links to hosts not allowed; pictures need alt text,
 * films need captions, and both must lie on the tenant (or an allowed host).
 */
export function publishProblems(draft: GuideDraft, policy: LinkPolicy): GuideProblem[] {
  const problems: GuideProblem[] = [];
  if (!draft.title.trim()) {
    problems.push({ code: 'noTitle' });
  }
  if (!draft.summary.trim()) {
    problems.push({ code: 'noSummary' });
  }
  if (!draft.category.trim()) {
    problems.push({ code: 'noCategory' });
  }
  if (draft.municipalities !== ALL_MUNICIPALITIES && draft.municipalities.length === 0) {
    problems.push({ code: 'noMunicipality' });
  }
  if (draft.steps.length === 0) {
    problems.push({ code: 'noSteps' });
  }
  draft.steps.forEach((step, i) => {
    if (!step.title.trim()) {
      problems.push({ code: 'stepWithoutTitle', step: i });
    }
    for (const tag of tagsOf(step.html)) {
      if (GUIDE_STEP_TAGS.indexOf(tag) < 0) {
        problems.push({ code: 'disallowedMarkup', step: i, tag });
      }
    }
    for (const url of linksOf(step.html)) {
      checkAddress(url, i, 'link', policy, problems);
    }
    if (step.image) {
      if (!step.image.alt.trim()) {
        problems.push({ code: 'pictureWithoutAlt', step: i });
      }
      checkAddress(step.image.url, i, 'media', policy, problems);
    }
    if (step.video) {
      checkAddress(step.video.url, i, 'media', policy, problems);
      if (!step.video.captionsUrl || !step.video.captionsUrl.trim()) {
        problems.push({ code: 'filmWithoutCaptions', step: i });
      } else {
        checkAddress(step.video.captionsUrl, i, 'media', policy, problems);
      }
    }
  });
  return problems;
}

function checkAddress(url: string, step: number, kind: 'link' | 'media', policy: LinkPolicy, problems: GuideProblem[]): void {
  if (safeUrl(url) === undefined || (kind === 'media' && /^(mailto|tel):/i.test(url.trim()))) {
    problems.push({ code: 'unsafeLink', step, url });
    return;
  }
  const host = linkHost(url, policy.tenantHost);
  if (host === undefined) {
    problems.push({ code: 'unsafeLink', step, url });
  } else if (host !== '' && !isAllowedHost(host, policy)) {
    problems.push(kind === 'link' ? { code: 'linkToOtherHost', step, url, host } : { code: 'mediaOnOtherHost', step, url, host });
  }
}

// Pictures and captions files.

/** Picture types a step may have: raster images the browser scales (SVG is a document of its own). */
export const GUIDE_PICTURE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
/** The largest picture file taken, before scaling: 10 MB (a phone's full-size photo fits). */
export const GUIDE_PICTURE_MAX_BYTES = 10 * 1024 * 1024;
/** Pictures are scaled down in the browser so that their longer side is at most this many pixels. */
export const GUIDE_PICTURE_MAX_DIMENSION = 1600;
/** Captions: WebVTT, at most 1 MB. */
export const GUIDE_CAPTIONS_MAX_BYTES = 1024 * 1024;

export type GuideFileProblem = 'notAPicture' | 'pictureTooLarge' | 'notCaptions' | 'captionsTooLarge' | 'emptyFile';

export interface FileFacts {
  name: string;
  /** The browser's MIME type ('' when it does not know). */
  type: string;
  size: number;
}

const PICTURE_EXTENSIONS = /\.(png|jpe?g|gif|webp)$/i;

/** Why a file cannot be a step's picture; null when it can. */
export function pictureFileProblem(file: FileFacts): GuideFileProblem | null {
  const type = file.type.toLowerCase();
  if (type ? GUIDE_PICTURE_TYPES.indexOf(type) < 0 : !PICTURE_EXTENSIONS.test(file.name)) {
    return 'notAPicture';
  }
  if (file.size <= 0) {
    return 'emptyFile';
  }
  return file.size > GUIDE_PICTURE_MAX_BYTES ? 'pictureTooLarge' : null;
}

/** Why a file cannot be a film's captions; null when it can (a .vtt file, text/vtt or unknown type). */
export function captionsFileProblem(file: FileFacts): GuideFileProblem | null {
  const type = file.type.toLowerCase();
  if (!/\.vtt$/i.test(file.name) || (type !== '' && type !== 'text/vtt')) {
    return 'notCaptions';
  }
  if (file.size <= 0) {
    return 'emptyFile';
  }
  return file.size > GUIDE_CAPTIONS_MAX_BYTES ? 'captionsTooLarge' : null;
}

/** The size a picture is scaled to: its longer side at most `max` pixels, proportions kept, never enlarged. */
export function scaledDimensions(width: number, height: number, max: number = GUIDE_PICTURE_MAX_DIMENSION): { width: number; height: number } {
  const longer = Math.max(width, height);
  if (longer <= max || longer <= 0) {
    return { width, height };
  }
  const ratio = max / longer;
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
}

/**
 * A file name for the picture library: the name's letters (å, ä, ö kept), digits, '-' and '_',
 * no path, no leading dots, at most 80 characters before the extension; a unique prefix keeps
 * two editors' "bild.png" apart.
 */
export function libraryFileName(name: string, unique: string): string {
  const base = name.split(/[\\/]/).pop() || '';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const stem = (dot > 0 ? base.slice(0, dot) : base).normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80) || 'fil';
  return `${unique}-${stem}${extension ? `.${extension}` : ''}`;
}

/** The guide pictures library on the shared site: a document library (sharepoint/assets/guides.xml). */
export const GUIDE_PICTURE_LIBRARY = 'Guidebilder';
/** Uploads go in slices of this size (PnPjs' chunked upload), so the progress indicator moves on a large file. */
export const GUIDE_UPLOAD_CHUNK_BYTES = 1024 * 1024;

const PICTURE_TYPE_EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/**
 * The name a picture or captions file gets in the library: libraryFileName's safe, unique name, with
 * the extension its type calls for (a picture scaled to JPEG is "…jpg" whatever it was called;
 * a pasted "image" gets one), so the library serves it with the right content type.
 */
export function uploadFileName(file: FileFacts, kind: 'picture' | 'captions', unique: string): string {
  const base = libraryFileName(file.name, unique);
  const wanted = kind === 'captions' ? 'vtt' : PICTURE_TYPE_EXTENSIONS[file.type.toLowerCase()];
  const dot = base.lastIndexOf('.');
  const hasExtension = dot > unique.length;
  const extension = hasExtension ? base.slice(dot + 1) : '';
  if (!wanted || extension === wanted || (wanted === 'jpg' && extension === 'jpeg')) {
    return base;
  }
  return `${hasExtension ? base.slice(0, dot) : base}.${wanted}`;
}

/** A stage of PnPjs' chunked upload as a fraction: bytes sent of the whole, below 1 until the file is saved. */
export function uploadFraction(offset: number, size: number): number {
  if (size <= 0 || !(offset > 0)) {
    return 0;
  }
  return Math.min(0.95, offset / size);
}

import type { DocumentResult, GuideResult, PageResult, PersonResult } from '../core/search';
import { ALL_MUNICIPALITIES, parseGuideSteps } from '../core/search';
import { safeUrl } from '../core/safeUrl';
import { summaryOfText } from '../core/searchSummary';

/**
 * Graph search hits as search results. Field names come back as requested or in another letter
 * case depending on the service, so they are read case-insensitively; a missing value is ''.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
export type GraphHit = { hitId?: string; rank?: number; summary?: string; resource?: any };

export function fieldOf(fields: Record<string, unknown> | undefined, name: string): unknown {
  if (!fields) {
    return undefined;
  }
  if (name in fields) {
    return fields[name];
  }
  const lower = name.toLowerCase();
  for (const key of Object.keys(fields)) {
    if (key.toLowerCase() === lower) {
      return fields[key];
    }
  }
  return undefined;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** A "url, description" value of a URL field (…OWSURLH) as its parts. */
function urlField(value: unknown): { url: string; alt: string } | undefined {
  const raw = text(value);
  if (raw === '') {
    return undefined;
  }
  const comma = raw.indexOf(', ');
  return comma < 0 ? { url: raw, alt: '' } : { url: raw.slice(0, comma), alt: raw.slice(comma + 2) };
}

function absolute(url: string, tenantUrl: string): string {
  return url.indexOf('/') === 0 ? `${tenantUrl}${url}` : url;
}

export function pageOf(hit: GraphHit): PageResult {
  const r = hit.resource || {};
  const f = r.fields || (r.listItem && r.listItem.fields) || {};
  const path = text(fieldOf(f, 'Path')) || text(r.webUrl);
  const published = text(fieldOf(f, 'FirstPublishedDate'));
  const isNews = text(fieldOf(f, 'PromotedState')) === '2';
  return {
    kind: 'page',
    id: text(hit.hitId || r.id),
    title: text(fieldOf(f, 'Title')) || path.split('/').pop() || '',
    url: text(r.webUrl) || path,
    // The description is plain text: put in the summary's form, its own markup stays text.
    summary: text(hit.summary) || summaryOfText(text(fieldOf(f, 'Description'))),
    siteTitle: text(fieldOf(f, 'SiteTitle')),
    siteUrl: text(fieldOf(f, 'SPSiteURL')) || (r.parentReference && r.parentReference.sharepointIds ? text(r.parentReference.sharepointIds.siteUrl) : ''),
    date: isNews && published ? published : text(fieldOf(f, 'LastModifiedTime')) || text(r.lastModifiedDateTime),
    audienceIds: text(fieldOf(f, 'ModernAudienceAadObjectIds')).split(';').map(s => s.trim()).filter(s => s !== '')
  };
}

export function documentOf(hit: GraphHit): DocumentResult {
  const r = hit.resource || {};
  const f = r.fields || (r.listItem && r.listItem.fields) || {};
  const url = text(r.webUrl) || text(fieldOf(f, 'Path'));
  const fileName = text(r.name) || text(fieldOf(f, 'Filename')) || decodeURIComponent(url.split('/').pop() || '');
  const dot = fileName.lastIndexOf('.');
  const fileType = (text(fieldOf(f, 'FileType')) || text(fieldOf(f, 'FileExtension')) || (dot > 0 ? fileName.slice(dot + 1) : '')).toLowerCase();
  const title = text(fieldOf(f, 'Title')) || (dot > 0 ? fileName.slice(0, dot) : fileName);
  const modifiedBy = r.lastModifiedBy && r.lastModifiedBy.user ? text(r.lastModifiedBy.user.displayName) : text(fieldOf(f, 'ModifiedBy'));
  return {
    kind: 'document',
    id: text(hit.hitId || r.id),
    title,
    fileName,
    fileType,
    url,
    summary: text(hit.summary),
    siteTitle: text(fieldOf(f, 'SiteTitle')),
    folderUrl: text(fieldOf(f, 'ParentLink')) || url.slice(0, url.lastIndexOf('/')),
    modified: text(r.lastModifiedDateTime) || text(fieldOf(f, 'LastModifiedTime')),
    modifiedBy
  };
}

export function personOf(hit: GraphHit): PersonResult {
  const r = hit.resource || {};
  const phones: Array<{ type?: string; number?: string }> = Array.isArray(r.phones) ? r.phones : [];
  const phone = phones.find(p => p.type === 'business');
  const mobile = phones.find(p => p.type === 'mobile');
  const emails: Array<{ address?: string }> = Array.isArray(r.emailAddresses) ? r.emailAddresses : [];
  return {
    kind: 'person',
    id: text(r.id || hit.hitId),
    displayName: text(r.displayName),
    jobTitle: text(r.jobTitle),
    department: text(r.department),
    municipality: text(r.companyName),
    officeLocation: text(r.officeLocation),
    phone: phone ? text(phone.number) : '',
    mobilePhone: mobile ? text(mobile.number) : '',
    email: emails.length > 0 ? text(emails[0].address) : text(r.userPrincipalName)
  };
}

export function listGuideOf(hit: GraphHit, tenantUrl: string): GuideResult {
  const r = hit.resource || {};
  const f = r.fields || {};
  const field = urlField(fieldOf(f, 'SamverkaGuideThumbnailOWSURLH'));
  const thumbnail = field && safeUrl(field.url, 'image') !== undefined ? field : undefined;
  const itemId = Number(fieldOf(f, 'ListItemId') || (r.parentReference && r.parentReference.sharepointIds && r.parentReference.sharepointIds.listItemId));
  return {
    kind: 'guide',
    id: text(hit.hitId || r.id),
    source: 'list',
    title: text(fieldOf(f, 'Title')),
    summary: text(fieldOf(f, 'SamverkaGuideSummaryOWSMTXT')),
    stepCount: Number(fieldOf(f, 'SamverkaGuideStepCountOWSNMBR')) || 0,
    thumbnail: thumbnail ? { url: absolute(thumbnail.url, tenantUrl), alt: thumbnail.alt } : undefined,
    category: text(fieldOf(f, 'RefinableString110')),
    municipality: text(fieldOf(f, 'RefinableString111')) || ALL_MUNICIPALITIES,
    url: text(r.webUrl) || text(fieldOf(f, 'Path')),
    listItemId: isFinite(itemId) && itemId > 0 ? itemId : undefined,
    modified: text(fieldOf(f, 'LastModifiedTime')) || text(r.lastModifiedDateTime)
  };
}

export function connectorGuideOf(hit: GraphHit, tenantUrl: string): GuideResult {
  const r = hit.resource || {};
  const p = r.properties || r.fields || {};
  const steps = parseGuideSteps(fieldOf(p, 'steps'));
  const thumbnail = safeUrl(text(fieldOf(p, 'thumbnailUrl')), 'image');
  const firstImage = steps.find(s => s.image);
  return {
    kind: 'guide',
    id: text(hit.hitId || r.id),
    source: 'connector',
    title: text(fieldOf(p, 'title')),
    summary: text(fieldOf(p, 'summary')),
    stepCount: Number(fieldOf(p, 'stepCount')) || steps.length,
    thumbnail: thumbnail ? { url: absolute(thumbnail, tenantUrl), alt: firstImage && firstImage.image ? firstImage.image.alt : '' } : undefined,
    category: text(fieldOf(p, 'category')),
    municipality: text(fieldOf(p, 'municipality')) || ALL_MUNICIPALITIES,
    url: text(fieldOf(p, 'url')),
    steps: steps.map(s => (s.image ? { ...s, image: { ...s.image, url: absolute(s.image.url, tenantUrl) } } : s)),
    modified: text(fieldOf(p, 'lastModifiedDateTime'))
  };
}

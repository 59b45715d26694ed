import { kqlRestriction } from './kql';

/**
 * A guide's status in the guide list (issue 13), apart from the editor so that search and Min
 * sida read it without the editor's code. Draft (utkast): only editors see it. Published
 * (publicerad): in search, Min sida and the viewer.
 */
export type GuideStatus = 'utkast' | 'publicerad';
export const GUIDE_DRAFT: GuideStatus = 'utkast';
export const GUIDE_PUBLISHED: GuideStatus = 'publicerad';

/** The status column of the guide list (a Choice column, sharepoint/assets/guides.xml). */
export const GUIDE_STATUS_FIELD = 'SamverkaGuideStatus';
/** Its managed property: SharePoint's automatic one for a Choice column. */
export const GUIDE_STATUS_PROPERTY = 'SamverkaGuideStatusOWSCHCS';

/**
 * Readers' guides in search: every guide that is not a draft. A guide written before the status
 * column existed has no status and stays published, so the clause excludes drafts rather than
 * requiring 'publicerad'.
 */
export const PUBLISHED_GUIDES_CLAUSE = `NOT ${kqlRestriction(GUIDE_STATUS_PROPERTY, GUIDE_DRAFT)}`;

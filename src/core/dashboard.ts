import type { NewsItem } from './news';

/**
 * The personal dashboard ("Min sida"): who the user is, their calendar, latest documents,
 * guides, own links and the news of their förvaltning and unit. Each section is loaded and
 * fails on its own: a section is either its value or a stable failure code the UI explains.
 */

export type SectionResult<T> = { ok: true; value: T } | { ok: false; code: string };

export interface DashboardGroup {
  id: string;
  displayName: string;
}

export interface DashboardProfile {
  id: string;
  displayName: string;
  mail: string;
  jobTitle?: string;
  /** Förvaltning. */
  department?: string;
  /** Unit (and town) as the directory keeps it. */
  officeLocation?: string;
  /** Transitive group memberships with names (the audiences). */
  groups: DashboardGroup[];
}

export interface CalendarEvent {
  id: string;
  subject: string;
  /** Wall-clock time in Stockholm, "YYYY-MM-DDTHH:mm" (all-day events: "YYYY-MM-DDT00:00"). */
  start: string;
  /** Exclusive end, same form. */
  end: string;
  isAllDay: boolean;
  location?: string;
  /** Teams (or other) join link of an online meeting. */
  joinUrl?: string;
  /** The event in Outlook on the web. */
  webLink?: string;
  showAs?: string;
  isCancelled: boolean;
}

export type DocumentFileType = 'word' | 'excel' | 'powerpoint' | 'pdf' | 'other';

export interface DashboardDocument {
  id: string;
  name: string;
  /** Absolute URL that opens the file. */
  url: string;
  /** Extension in lower case ("docx"). */
  extension: string;
  fileType: DocumentFileType;
  /** ISO 8601 (UTC). */
  modifiedAt: string;
  modifiedBy?: string;
  /** Where it lives: the site's title and the folder within the library. */
  siteTitle?: string;
  siteUrl?: string;
  folder?: string;
}

export interface GuideRef {
  id: string;
  title: string;
  url: string;
  category?: string;
  summary?: string;
}

/** A guide as the dashboard reads it: what the section shows, and whom it is for (to pick the user's). */
export interface GuideHit extends GuideRef {
  /** The förvaltning the guide is for. */
  forvaltning?: string;
  /** The municipality ids the guide is for (one or several), or [GUIDE_FOR_ALL]. */
  municipalities?: string[];
}

export interface DashboardLink {
  title: string;
  url: string;
}

/** What the user chooses, kept for them (a Graph open extension on the user). */
export interface DashboardSettings {
  links: DashboardLink[];
  /** The municipality shown for people who work for several; undefined: their home municipality. */
  municipalityId?: string;
  pinnedGuideIds: string[];
}

export interface DashboardQuery {
  /** Days of calendar shown, today included (1-14). */
  calendarDays: number;
  /** Latest documents shown. */
  documentCount: number;
  /** How many guides to ask for. */
  guideCount: number;
  now: Date;
  /** Sections hidden on the page are not asked for (default: all are). */
  include?: { calendar?: boolean; documents?: boolean; guides?: boolean; toRead?: boolean };
}

export interface DashboardData {
  profile: SectionResult<DashboardProfile>;
  calendar: SectionResult<CalendarEvent[]>;
  documents: SectionResult<DashboardDocument[]>;
  settings: SectionResult<DashboardSettings>;
  /** null when the tenant has no guide list (the section then says nothing). */
  guides: SectionResult<GuideHit[]> | null;
  /**
   * Att läsa: the must-read news of the user's municipalities and the shared site meant for them
   * that they have not confirmed, in to-read order (core/mustRead), each with its day (readBy).
   */
  toRead: SectionResult<NewsItem[]>;
}

export interface DashboardNewsQuery {
  /** Server-relative paths of the sites to read (the chosen municipality's hub, the shared site). */
  sitePaths: string[];
  /** Förvaltning and unit groups: only news targeted to them. */
  audienceGroupIds: string[];
  count: number;
}

/**
 * The dashboard's data port. `load` costs one Graph $batch (and, when the user has must-read news,
 * one SharePoint request for their confirmations); `getNews` one search request (more, in one batch,
 * for a user in very many groups);
 * `saveSettings` one write.
 */
export interface IDashboardService {
  load(query: DashboardQuery): Promise<DashboardData>;
  getNews(query: DashboardNewsQuery): Promise<SectionResult<NewsItem[]>>;
  saveSettings(settings: DashboardSettings): Promise<void>;
}

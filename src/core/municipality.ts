/**
 * Municipalities are data, never code: a fourth organisation joins by configuration alone.
 * The configuration lives in a tenant property (storage entity) on the app catalog.
 */
export interface MunicipalityGroups {
  /** The municipality's root group: every group of the municipality is nested under it. */
  root: string;
  /** All staff of the municipality (förvaltningar and units are nested under it). */
  allStaff: string;
  /** Managers (chefer) of the municipality. */
  managers: string;
}

export interface Municipality {
  /** Stable key, for example "eksjo". */
  id: string;
  /** Display name, for example "Eksjö kommun". */
  name: string;
  /** Short name for chips and labels, for example "Eksjö". */
  shortName: string;
  /** Server-relative path of the municipality's hub site, for example "/sites/eksjo". */
  hubPath: string;
  /** E-mail domain of the municipality's own accounts, for example "eksjo.se". */
  emailDomain: string;
  groups: MunicipalityGroups;
  /** Months between content reviews in this hub (content health); 12 when not set. */
  reviewMonths?: number;
}

export interface SharedSite {
  /** Server-relative path of the site for content common to all, for example "/sites/gemensamt". */
  path: string;
  title: string;
}

export interface TenantConfig {
  municipalities: Municipality[];
  sharedSite: SharedSite;
  /**
   * Guides: hosts besides the tenant's own that a guide's links may point to ("*.example.se"
   * allows its subdomains). Not set: the tenant's own host only.
   */
  guideLinkHosts?: string[];
  /**
   * Targeted news: a boost ("Utvald") ends at the latest this many days after publishing, whatever
   * its own end date. Not set: DEFAULT_BOOST_MAX_DAYS (14).
   */
  boostMaxDays?: number;
  /** Sök's start page: a few links the organisation names (at most MAX_SEARCH_SHORTCUTS). Not set: none. */
  searchShortcuts?: SearchShortcut[];
}

/** A link on Sök's start page. */
export interface SearchShortcut {
  title: string;
  /** An https address, or a server-relative one ("/sites/eksjo/SitePages/Lon.aspx"). */
  url: string;
}

/** The most shortcuts Sök's start page shows. */
export const MAX_SEARCH_SHORTCUTS = 8;

/** Key of the tenant property (storage entity) that holds the JSON of a TenantConfig. */
export const TENANT_CONFIG_KEY = 'Samverka.TenantConfig';

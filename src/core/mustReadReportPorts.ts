import type { ContentHealthSite } from './contentHealthPorts';
import type { MustReadPerson, ReadTally } from './mustReadReport';

/** A must-read news item of a hub the editor may edit, with who it reaches and who has confirmed it. */
export interface MustReadItem {
  /** `pageKeyOf(siteId, uniqueId)`: the key its confirmations are stored under. */
  pageKey: string;
  title: string;
  url: string;
  sitePath: string;
  /** Läses senast (ISO 8601, the day's Stockholm midnight), when the editor gave one. */
  readBy?: string;
  overdue: boolean;
  /** false: no audience set, so everyone who reads the site is its audience. */
  targeted: boolean;
  tally: ReadTally;
  /**
   * Everyone in its audience, each once, with their confirmation. The service makes it when first
   * read (the item's detail, Påminn), not with the overview: the tally is counted without it.
   */
  readonly people: MustReadPerson[];
}

export interface MustReadFailure {
  /** What could not be read: the editor's sites, the news, a page's audience, the groups' members, the confirmations. */
  source: 'permissions' | 'search' | 'audience' | 'members' | 'confirmations';
  code: string;
  /** The item it concerns, when it is one item's. */
  pageKey?: string;
}

export interface MustReadOverview {
  /** The sites the editor may edit (as Städa innehåll decides); empty for someone who may edit none. */
  sites: ContentHealthSite[];
  /** Overdue first, then by due day, then by title. */
  items: MustReadItem[];
  failures: MustReadFailure[];
}

export interface ReminderResult {
  /** People the mail went to. */
  recipients: number;
  /** Messages sent (at most MAIL_RECIPIENT_LIMIT recipients each). */
  messages: number;
}

export interface IMustReadReportService {
  getOverview(): Promise<MustReadOverview>;
  /** Mails the people from the editor's own mailbox (Graph sendMail), in Bcc. */
  remindByMail(people: readonly MustReadPerson[], subject: string, text: string): Promise<ReminderResult>;
}

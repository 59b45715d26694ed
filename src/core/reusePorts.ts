import type { NewsItem } from './news';
import type { AudienceChoice, AudienceReach, Offer, PageAudience, ReuseLogEntry, ReusePage } from './reuse';

export type SendOutcome = 'published' | 'alreadyPublished' | 'offered' | 'alreadyOffered';

export interface SendResult {
  outcome: SendOutcome;
  /** The news link in the receiving hub (published, alreadyPublished). */
  repostUrl?: string;
  /** The offer (offered, alreadyOffered). */
  offerId?: number;
}

/** What the content reuse view needs (src/services/reuseService.ts over SharePoint; doubles in tests). */
export interface IReuseService {
  /** Municipalities whose hub the user may publish news in: the editor's actions are for these. */
  editorMunicipalities(): Promise<string[]>;
  recentNews(municipalityId: string): Promise<ReusePage[]>;
  send(page: ReusePage, toMunicipalityId: string, audience: AudienceChoice): Promise<SendResult>;
  listOffers(toMunicipalityId: string): Promise<Offer[]>;
  accept(offerId: number, audience: AudienceChoice): Promise<SendResult>;
  decline(offerId: number, reason: string): Promise<void>;
  getLog(): Promise<ReuseLogEntry[]>;
  /** How many people an audience of a municipality reaches, each once, per municipality (Graph transitive member counts or members). */
  audienceReach(municipalityId: string, audience: AudienceChoice): Promise<AudienceReach>;
  /** The first news of Targeted news as a member of the audience in that municipality would see them. */
  previewFeed(municipalityId: string, audience: AudienceChoice): Promise<NewsItem[]>;
  /** Who a news page reaches (its audiences, names and counts per municipality). */
  pageAudience(pageUrl: string): Promise<PageAudience>;
}

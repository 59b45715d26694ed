import type { TenantConfig } from '../../../core/municipality';
import type { NewsItem } from '../../../core/news';
import { AudienceChoice, AudienceReach, Offer, PageAudience, ReuseError, ReuseLogEntry, ReusePage } from '../../../core/reuse';
import type { IReuseService, SendResult } from '../../../core/reusePorts';
import type { BorrowCandidate, BorrowQuery, SourceChange } from '../../../core/borrow';
import type { BorrowPreview, BorrowResult, IBorrowService } from '../../../core/borrowPorts';

/*
 * Test doubles of the content reuse view's services: a tenant of three municipalities and a
 * shared site, a reuse service that records sends, answers and what it was asked, and a
 * borrow service with one page to find and two borrowed copies whose source changed.
 */

const group = (m: string, g: string): string => `${m}-${g}`;
export const CONFIG: TenantConfig = {
  municipalities: ['eksjo', 'savsjo', 'vetlanda'].map(id => ({
    id, name: `${id} kommun`, shortName: id === 'savsjo' ? 'Sävsjö' : id === 'eksjo' ? 'Eksjö' : 'Vetlanda', hubPath: `/sites/${id}`, emailDomain: `${id}.se`,
    groups: { root: group(id, 'root'), allStaff: group(id, 'all'), managers: group(id, 'managers') }
  })),
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};
export const PAGE: ReusePage = { url: 'http://t/sites/savsjo/SitePages/a.aspx', title: 'Ny lönerutin', description: 'Från januari' };

export class FakeReuse implements IReuseService {
  public editorOf: string[] = [];
  public sent: Array<[string, string, AudienceChoice]> = [];
  public accepted: Array<[number, AudienceChoice]> = [];
  public declined: Array<[number, string]> = [];
  public outcome: SendResult = { outcome: 'offered', offerId: 1 };
  public offers: Offer[] = [];
  public async editorMunicipalities(): Promise<string[]> { return this.editorOf; }
  public async recentNews(_m: string): Promise<ReusePage[]> { return [PAGE]; }
  public async send(page: ReusePage, to: string, audience: AudienceChoice): Promise<SendResult> {
    this.sent.push([page.url, to, audience]);
    return this.outcome;
  }
  public async listOffers(to: string): Promise<Offer[]> { return this.offers.filter(o => o.toMunicipalityId === to); }
  public async accept(id: number, audience: AudienceChoice): Promise<SendResult> {
    this.accepted.push([id, audience]);
    return { outcome: 'published', repostUrl: 'http://t/sites/vetlanda/SitePages/Ny-lonerutin.aspx' };
  }
  public async decline(id: number, reason: string): Promise<void> {
    if (!reason.trim()) {
      throw new ReuseError('reasonRequired');
    }
    this.declined.push([id, reason]);
  }
  public log: ReuseLogEntry[] = [];
  public logReads = 0;
  public async getLog(): Promise<ReuseLogEntry[]> {
    this.logReads++;
    return this.log.slice();
  }
  public previewAsked: Array<[string, AudienceChoice]> = [];
  public async previewFeed(m: string, audience: AudienceChoice): Promise<NewsItem[]> {
    this.previewAsked.push([m, audience]);
    return audience.kind === 'allStaff' ? [] : [{
      url: 'http://t/sites/vetlanda/SitePages/l.aspx', title: 'Ny lönerutin', description: '', publishedAt: '2026-11-28T10:00:00Z', sitePath: '/sites/vetlanda',
      municipalityId: 'vetlanda', audienceIds: ['vetlanda-managers'], originalUrl: PAGE.url, originalMunicipalityId: 'savsjo'
    }];
  }
  public async pageAudience(_url: string): Promise<PageAudience> {
    return { targeted: true, groups: [{ id: 'vetlanda-managers', displayName: 'Vetlanda – chefer' }], reach: { total: 30, byMunicipality: [{ municipalityId: 'vetlanda', count: 30 }] } };
  }
  public reachAsked: Array<[string, AudienceChoice]> = [];
  public async audienceReach(m: string, audience: AudienceChoice): Promise<AudienceReach> {
    this.reachAsked.push([m, audience]);
    return audience.kind === 'allStaff' ? { total: 412, byMunicipality: [{ municipalityId: m, count: 410 }, { municipalityId: 'savsjo', count: 2 }] } : { total: 30, byMunicipality: [{ municipalityId: m, count: 30 }] };
  }
}

export const offer = (id: number): Offer => ({
  id, title: `Erbjudande ${id}`, sourceUrl: `http://t/sites/savsjo/SitePages/${id}.aspx`, description: 'Beskrivning', fromMunicipalityId: 'savsjo',
  toMunicipalityId: 'vetlanda', audienceIds: [], status: 'pending', offeredBy: 'karin@savsjo.se', offeredByName: 'Karin Ek', offeredAt: '2026-11-28T10:00:00Z'
});

export class FakeBorrow implements IBorrowService {
  public queries: Array<[string, BorrowQuery]> = [];
  public borrowed: Array<[string, string]> = [];
  public took: number[] = [];
  public kept: number[] = [];
  public changes: SourceChange[] = [{
    copy: { id: 9, url: 'http://t/sites/vetlanda/SitePages/b.aspx', title: 'Badhuset', description: 'Gammal', sourceUrl: 'http://t/sites/savsjo/SitePages/b.aspx', sourceMunicipalityId: 'savsjo', sourceModified: '2026-01-01T00:00:00Z', copiedBy: 'johan@vetlanda.se', copiedAt: '2026-01-02T00:00:00Z' },
    source: { title: 'Badhuset öppnar', description: 'Gammal', modified: '2026-11-20T10:00:00Z', modifiedBy: 'Karin Ek' }, titleChanged: true, descriptionChanged: false
  }, {
    copy: { id: 10, url: 'http://t/sites/vetlanda/SitePages/c.aspx', title: 'Simskola', description: '', sourceUrl: 'http://t/sites/savsjo/SitePages/c.aspx', sourceMunicipalityId: 'savsjo', sourceModified: '2026-01-01T00:00:00Z', copiedBy: 'johan@vetlanda.se', copiedAt: '2026-01-02T00:00:00Z' },
    source: { title: 'Simskola', description: 'Ny text', modified: '2026-11-21T10:00:00Z', modifiedBy: 'Karin Ek' }, titleChanged: false, descriptionChanged: true
  }];
  public async browse(own: string, query: BorrowQuery): Promise<BorrowCandidate[]> {
    this.queries.push([own, query]);
    return [{ url: PAGE.url, title: PAGE.title, description: PAGE.description, municipalityId: 'savsjo', kind: 'news', modified: '2026-11-01T08:00:00Z' }];
  }
  public async preview(url: string): Promise<BorrowPreview> {
    return { url, title: PAGE.title, description: PAGE.description, text: 'Hela texten om lönerutinen',
      html: '<div data-sp-rte=""><h2>Så fungerar det</h2><p>Hela texten om lönerutinen</p><img src="http://t/sites/savsjo/bild.png" alt="Lönekontoret" onerror="alert(1)"><script>alert(2)</script></div>', modified: '2026-11-01T08:00:00Z', modifiedBy: 'Karin Ek' };
  }
  public async borrow(url: string, to: string): Promise<BorrowResult> {
    this.borrowed.push([url, to]);
    return { outcome: 'borrowed', copyUrl: 'http://t/sites/vetlanda/SitePages/a.aspx' };
  }
  public async changedCopies(_m: string): Promise<SourceChange[]> { return this.changes; }
  public async takeSource(_m: string, id: number): Promise<void> { this.took.push(id); }
  public async keepOurs(_m: string, id: number): Promise<void> { this.kept.push(id); }
}

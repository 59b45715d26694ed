import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { TenantConfig, Municipality } from '../src/core/municipality';
import type { ITenantConfigService } from '../src/core/ports';
import { membershipsOf } from '../src/core/membership';
import { sitePathKey } from '../src/core/tenantConfig';
import { odataString, sameSource } from '../src/core/reuse';
import type { Connection } from '../src/services/connection';
import { canonicalPageUrl } from '../src/services/newsMapping';
import { BaseOptions, baseOf } from '../src/wiring/base';
import * as contentHealthWiring from '../src/wiring/contentHealth';
import * as newsWiring from '../src/wiring/news';
import * as reuseWiring from '../src/wiring/reuse';
import type { CheckFindings, CheckStep, CheckTarget } from './checkTenant';
import { MissingPrerequisite } from './checkTenant';

/**
 * The writes of `--write-site`: the product's own write paths (ReuseService.send for a news link
 * with an audience, BorrowService.borrow for a page copy, ContentHealthService.markReviewed for a
 * list item update) aimed at one site, each result read back, and what they made recycled at
 * the end. The site is a configured hub, or else it stands in the configuration as the hub of a
 * "municipality" with the user's own audience groups, so the link's audience is one the user
 * belongs to and search can show it back to them.
 */

/** The id the write site has when it is no configured hub. */
export const SCRATCH_MUNICIPALITY_ID = 'samverka-check';
const SITE_PAGES = 'Site Pages';

export interface WriteTarget {
  /** Server-relative path of the write site, e.g. "/sites/samverka-test". */
  sitePath: string;
  /** How long search may take to show the news link (SharePoint Online indexes within minutes). */
  searchWaitMs: number;
  pollMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The configuration the writes see: the write site is a hub (its own, or a stand-in municipality's). */
export function configWithWriteSite(config: TenantConfig, sitePath: string, userMail: string, userGroups: readonly string[]): { config: TenantConfig; municipality: Municipality } {
  const configured = config.municipalities.filter(m => sitePathKey(m.hubPath) === sitePathKey(sitePath))[0];
  if (configured) {
    return { config, municipality: configured };
  }
  const own = membershipsOf(config, { mail: userMail, groupIds: userGroups }).municipalities[0] || config.municipalities[0];
  // Last in the list, so the user's real municipality still comes first wherever the domain or groups decide.
  const municipality: Municipality = { ...own, id: SCRATCH_MUNICIPALITY_ID, name: 'Samverka check', shortName: 'Check', hubPath: sitePath };
  return { config: { ...config, municipalities: config.municipalities.concat([municipality]) }, municipality };
}

export function writeSteps(target: CheckTarget, write: WriteTarget, page: { connection: Connection; options: BaseOptions }, found: CheckFindings): CheckStep[] {
  const sleep = write.sleep || ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)));
  let overlay: { config: TenantConfig; municipality: Municipality } | undefined;
  const tenantConfig: ITenantConfigService = {
    getConfig: async () => {
      if (!found.config || !found.user) {
        throw new MissingPrerequisite('it needs the configuration and the user, which failed');
      }
      overlay = overlay || configWithWriteSite(found.config, write.sitePath, found.user.mail, found.user.groupIds);
      return overlay.config;
    }
  };
  const writing: BaseOptions = { ...page.options, tenantConfig };
  const { service: reuse, borrow } = reuseWiring.wire(page.connection, writing);
  const contentHealth = contentHealthWiring.wire(page.connection, writing).service;
  const { sp } = baseOf(page.connection, page.options);
  const { news } = newsWiring.wire(page.connection, {}, page.options);
  const made: { link?: { url: string; source: string }; copy?: string } = {};
  const target$ = async (): Promise<Municipality> => {
    await tenantConfig.getConfig();
    return overlay!.municipality;
  };

  /** A page's item id in the write site's Site Pages, by its address. */
  const itemIdOf = async (url: string): Promise<number | undefined> => {
    const serverRelative = decodeURI(canonicalPageUrl(url, target.tenantUrl).slice(target.tenantUrl.length));
    const items = await sp(write.sitePath).web.lists.getByTitle(SITE_PAGES).items
      .select('Id').filter(`FileRef eq ${odataString(serverRelative)}`).top(1)() as Array<{ Id: number }>;
    return items[0] ? items[0].Id : undefined;
  };

  return [
    {
      name: 'Write: a news link with an audience (Samverka send: link, audience, log entry)',
      run: async () => {
        const to = await target$();
        // Asked first: to someone who may not publish, send() files an offer on the shared site instead, which is not ours to leave.
        if (!await reuse.canPublishIn(to.id)) {
          return { problems: [`the user may not publish news on ${write.sitePath}`] };
        }
        // A page from another site that this hub does not link to yet: a link that exists already is not ours to remove.
        const sources = (found.newsItems || []).filter(item => sitePathKey(item.sitePath) !== sitePathKey(write.sitePath) && !item.originalUrl);
        if (sources.length === 0) {
          throw new MissingPrerequisite('it needs a news page from another site (Targeted news found none)');
        }
        for (const source of sources.slice(0, 5)) {
          const result = await reuse.send({ url: source.url, title: source.title, description: source.description, imageUrl: source.imageUrl }, to.id, { kind: 'allStaff' });
          if (result.outcome === 'published' && result.repostUrl) {
            made.link = { url: result.repostUrl, source: source.url };
            return undefined;
          }
          if (result.outcome === 'offered' || result.outcome === 'alreadyOffered') {
            return { problems: [`an offer was filed instead of a news link (Erbjudanden, id ${result.offerId})`] };
          }
        }
        return { problems: ['every news page tried is already linked on the write site'] };
      }
    },
    {
      name: 'Write: the link\'s audience is in place (Site Pages)',
      run: async () => {
        if (!made.link) {
          throw new MissingPrerequisite('it needs the news link, which was not made');
        }
        const to = await target$();
        // SharePoint computes the audience ids from the audience field; give it a moment.
        for (let attempt = 1; ; attempt++) {
          const audience = await reuse.pageAudience(made.link.url);
          if (audience.targeted && audience.groups.some(g => g.id === to.groups.allStaff)) {
            return undefined;
          }
          if (attempt >= 6) {
            return { problems: [audience.targeted ? 'the link is targeted, but not at the audience chosen' : 'the link was published with no audience: everyone who reads the site sees it'] };
          }
          await sleep(write.pollMs);
        }
      }
    },
    {
      name: 'Write: a member of the audience finds the link through search',
      run: async () => {
        if (!made.link || !found.user) {
          throw new MissingPrerequisite('it needs the news link, which was not made');
        }
        const to = await target$();
        if (found.user.groupIds.indexOf(to.groups.allStaff) < 0) {
          return { skipped: `the user is not in the link's audience (${to.name}'s all staff), so search rightly hides it from them` };
        }
        const started = Date.now();
        for (;;) {
          const page = await news.getNews({ sitePaths: [write.sitePath], audienceGroupIds: found.user.groupIds, pageSize: 20 });
          if (page.items.some(item => sameSource(item.url, made.link!.url) || (!!item.originalUrl && sameSource(item.originalUrl, made.link!.source)))) {
            return undefined;
          }
          if (page.failures.length > 0) {
            return { problems: page.failures.map(f => `${f.sitePath}: ${f.code}`) };
          }
          if (Date.now() - started + write.pollMs > write.searchWaitMs) {
            return { problems: [`search did not show the link within ${Math.round(write.searchWaitMs / 1000)} s`] };
          }
          await sleep(write.pollMs);
        }
      }
    },
    {
      name: 'Write: a list item update (Städa innehåll: mark the link reviewed)',
      run: async () => {
        if (!made.link) {
          throw new MissingPrerequisite('it needs the news link, which was not made');
        }
        const report = await contentHealth.getReport();
        const record = report.items.map(i => i.record).filter(r => sameSource(r.url, made.link!.url))[0];
        if (!record) {
          return { problems: ['the news link is not among the items Städa innehåll reads'] };
        }
        const result = await contentHealth.markReviewed([record]);
        return { problems: result.failed.map(f => `update: ${f.code}`) };
      }
    },
    {
      name: 'Write: a page copy (Samverka borrow: copy, provenance, log entry)',
      run: async () => {
        const to = await target$();
        const candidates = (await borrow.browse(to.id, { municipalityIds: [] }));
        if (candidates.length === 0) {
          throw new MissingPrerequisite('it needs a page of another municipality that the user can read (none found)');
        }
        for (const candidate of candidates.slice(0, 5)) {
          const result = await borrow.borrow(candidate.url, to.id);
          if (result.outcome === 'borrowed') {
            made.copy = result.copyUrl;
            return undefined;
          }
        }
        return { problems: ['every page tried was borrowed before'] };
      }
    },
    {
      name: 'Cleanup: recycle the news link and the page copy',
      run: async () => {
        const problems: string[] = [];
        for (const [what, url] of [['news link', made.link && made.link.url], ['page copy', made.copy]] as Array<[string, string | undefined]>) {
          if (!url) {
            continue;
          }
          const id = await itemIdOf(url);
          if (id === undefined) {
            problems.push(`the ${what} was not found to remove`);
            continue;
          }
          await sp(write.sitePath).web.lists.getByTitle(SITE_PAGES).items.getById(id).recycle();
          if (await itemIdOf(url) !== undefined) {
            problems.push(`the ${what} is still there`);
          }
        }
        if (!made.link && !made.copy) {
          return { skipped: 'nothing was made' };
        }
        return { problems };
      }
    }
  ];
}

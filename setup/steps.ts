import { body } from '@pnp/queryable';
import { SPQueryable, spGet, spPost, spPostMerge, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/content-types';
import '@pnp/sp/sites';
import '@pnp/sp/hubsites';
import '@pnp/sp/appcatalog';
import { graphGet, graphPatch, graphPost } from '@pnp/graph';
import type { AudienceGroupDefinition, SetupConfig, SiteDefinition } from './setupConfig';
import type { ContentTypeDefinition, FieldDefinition, LibraryBinding, ListDefinition, ProvisioningAssets } from './provisioningAssets';
import { parseXml } from './provisioningAssets';
import { parseTenantConfig } from '../src/core/tenantConfig';
import { CONFIRMATION_LIST, CONFIRMATION_READER_ROLE, CONFIRMATION_REVIEW_ROLE } from '../src/core/readConfirmation';
import { SUMMARY_LIBRARY } from '../src/core/confirmationSummary';
import { TENANT_CONFIG_KEY, type TenantConfig } from '../src/core/municipality';
import type { TenantClients } from './tenantClients';
import type { AppPackage } from './appPackage';

/**
 * The setup command's steps. Each one looks first (`inspect`: create, update or exists, with
 * reads only) and then, unless it exists, acts (`apply`). A step whose parent is still to be
 * created (a site, a group) says "create" without asking the tenant, so a dry run on an empty
 * tenant plans everything; the real run inspects again as it goes, which makes a second run
 * (or a run after an interruption) skip what is already there.
 */

export type StepAction = 'create' | 'update' | 'exists' | 'skip';

export interface Inspection {
  action: StepAction;
  /** What is missing or different, or why the step is skipped. */
  detail?: string;
}

export interface Step {
  id: string;
  /** What the step is about, e.g. `site /sites/eksjo`. */
  title: string;
  inspect(): Promise<Inspection>;
  /** Does the work; returns one line saying what was done. */
  apply(inspection: Inspection): Promise<string>;
}

const AUDIENCE_TARGET_FIELD_ID = '7f759147-c861-4cd6-a11f-5aa3037d9634';
const AUDIENCE_RECEIVER_CLASS = 'Microsoft.SharePoint.Portal.AudienceEventRecevier';
const AUDIENCE_RECEIVER_ASSEMBLY = 'Microsoft.SharePoint.Portal, Version=16.0.0.0, Culture=neutral, PublicKeyToken=71e9bce111e9429c';
/** SharePoint's EventReceiverType: ItemAdding and ItemUpdating. */
const AUDIENCE_RECEIVER_EVENTS = [1, 2];
const NO_HUB = '00000000-0000-0000-0000-000000000000';
/** SharePoint's role definition "Read" (Läsa), the same id on every site. */
const READ_ROLE_ID = 1073741826;
/** SharePoint's role definition "Contribute" (Deltagare): view, add, update and delete items and documents; the same id on every site. */
export const CONTRIBUTE_ROLE_ID = 1073741827;
/** "Limited Access" gives no read of the site's pages; any other role does. */
const LIMITED_ACCESS_ROLE_ID = 1073741825;
/** The unit whose group borrows pages from the other municipalities' hubs (content reuse). */
export const COMMUNICATORS_UNIT = 'Kommunikation';

interface GroupInfo {
  id: string;
  displayName: string;
  mailNickname: string;
}

type Json = Record<string, unknown>;

function value<T = Json>(data: unknown): T[] {
  if (Array.isArray(data)) {
    return data as T[];
  }
  const d = data as { value?: T[]; d?: { results?: T[] } };
  return d.value || (d.d && d.d.results) || [];
}

function claimOf(groupId: string): string {
  return `c:0t.c|tenant|${groupId}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The attributes that matter when comparing a column to its definition (SharePoint adds its own). */
function fieldSignature(schemaXml: string): string {
  try {
    const field = parseXml(schemaXml)[0];
    const a = field ? field.attributes : {};
    const choices = field ? JSON.stringify(field.children.filter(c => c.name === 'CHOICES').map(c => c.outerXml.replace(/\s+/g, ' '))) : '';
    return [a.Type, a.DisplayName, a.Group || '', (a.Required || 'FALSE').toUpperCase(), choices].join('|');
  } catch {
    return schemaXml;
  }
}

/** Shared state of one pass (the plan or the run): caches of what the tenant has, and what is still to be created. */
export class SetupContext {
  readonly planned = new Set<string>();
  readonly groups = new Map<string, string>();
  readonly hubIds = new Map<string, string>();
  private groupIndex: Promise<Map<string, GroupInfo>> | undefined;
  private readonly userIds = new Map<string, string | null>();
  private readonly siteCache = new Map<string, Promise<unknown>>();
  appCatalogPath: string | undefined;

  constructor(
    readonly config: SetupConfig,
    readonly clients: TenantClients,
    readonly assets: ProvisioningAssets,
    readonly appPackage: AppPackage | undefined
  ) {
    this.appCatalogPath = config.appCatalogPath;
  }

  sp(path: string): SPFI {
    return this.clients.sp(path);
  }

  /** A REST path under a site's `_api/`, with the site client's behaviours. */
  api(sitePath: string, path: string): ReturnType<typeof SPQueryable> {
    return SPQueryable([this.sp(sitePath).web, `${this.clients.siteUrl(sitePath)}/_api/${path}`]);
  }

  /** Reads of a site cached for the pass; `forget` after a change. */
  cached<T>(key: string, read: () => Promise<T>): Promise<T> {
    let found = this.siteCache.get(key) as Promise<T> | undefined;
    if (!found) {
      found = read();
      this.siteCache.set(key, found);
      found.catch(() => this.siteCache.delete(key));
    }
    return found;
  }

  forget(key: string): void {
    this.siteCache.delete(key);
  }

  /** Every group of the tenant by mail nickname (read once per pass, paged). */
  groupsByNickname(): Promise<Map<string, GroupInfo>> {
    if (!this.groupIndex) {
      this.groupIndex = (async () => {
        const index = new Map<string, GroupInfo>();
        let next: string | undefined = 'groups?$select=id,displayName,mailNickname&$top=999';
        while (next) {
          const page: Json = await graphGet(this.clients.graph.at(next));
          for (const g of value<GroupInfo>(page)) {
            if (g.mailNickname) {
              index.set(g.mailNickname.toLowerCase(), g);
            }
          }
          next = page['@odata.nextLink'] as string | undefined;
        }
        return index;
      })();
      this.groupIndex.catch(() => { this.groupIndex = undefined; });
    }
    return this.groupIndex;
  }

  async userId(upn: string): Promise<string | null> {
    if (!this.userIds.has(upn)) {
      try {
        const user: Json = await graphGet(this.clients.graph.at(`users/${encodeURIComponent(upn)}`).select('id'));
        this.userIds.set(upn, user.id as string);
      } catch (error) {
        if ((error as { status?: number }).status !== 404) {
          throw error;
        }
        this.userIds.set(upn, null);
      }
    }
    return this.userIds.get(upn) as string | null;
  }

  async resolveAppCatalog(): Promise<string> {
    if (!this.appCatalogPath) {
      const settings: Json = await spGet(this.api('/', 'SP_TenantSettings_Current'));
      const url = settings.CorporateCatalogUrl as string | undefined;
      if (!url) {
        throw new Error('The tenant has no app catalog. Create it in the SharePoint admin center (More features → Apps), then run setup again.');
      }
      this.appCatalogPath = new URL(url).pathname.replace(/\/+$/, '') || '/';
    }
    return this.appCatalogPath;
  }

  /** Every Samverka site: the hubs, the shared site and the sites associated with a hub. */
  sites(): Array<SiteDefinition & { kind: 'hub' | 'shared' | 'associated'; municipalityId?: string }> {
    const list: Array<SiteDefinition & { kind: 'hub' | 'shared' | 'associated'; municipalityId?: string }> = [];
    for (const m of this.config.municipalities) {
      list.push({ ...m.hub, kind: 'hub', municipalityId: m.id });
    }
    list.push({ ...this.config.sharedSite, kind: 'shared' });
    for (const m of this.config.municipalities) {
      for (const s of m.associatedSites) {
        list.push({ ...s, kind: 'associated', municipalityId: m.id });
      }
    }
    return list;
  }
}

/**
 * Entra ID replicates a new group for a few seconds: adding it to another group at once may
 * answer 404. Try again a few times before giving up.
 */
async function withReplicationRetry<T>(action: () => Promise<T>, attempts = 5, delayMs = 3000): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if ((error as { status?: number }).status !== 404 || attempt >= attempts) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, delayMs));
    }
  }
}

// Groups

function groupSteps(ctx: SetupContext): Step[] {
  const byKey = new Map(ctx.config.groups.map(g => [g.key, g]));
  const groupStep = (g: AudienceGroupDefinition): Step => ({
    id: `group:${g.key}`,
    title: `group "${g.displayName}" (${g.mailNickname})`,
    async inspect() {
      const found = (await ctx.groupsByNickname()).get(g.mailNickname.toLowerCase());
      if (found) {
        ctx.groups.set(g.key, found.id);
        return found.displayName === g.displayName ? { action: 'exists' } : { action: 'update', detail: `rename from "${found.displayName}"` };
      }
      ctx.planned.add(`group:${g.key}`);
      return { action: 'create' };
    },
    async apply(inspection) {
      if (inspection.action === 'update') {
        const id = ctx.groups.get(g.key) as string;
        await graphPatch(ctx.clients.graph.at(`groups/${id}`), body({ displayName: g.displayName, description: g.description }));
        return `renamed the group ${id} to "${g.displayName}"`;
      }
      const created: Json = await graphPost(ctx.clients.graph.at('groups'), body({
        displayName: g.displayName,
        description: g.description,
        mailEnabled: false,
        mailNickname: g.mailNickname,
        securityEnabled: true
      }));
      const id = created.id as string;
      ctx.groups.set(g.key, id);
      (await ctx.groupsByNickname()).set(g.mailNickname.toLowerCase(), { id, displayName: g.displayName, mailNickname: g.mailNickname });
      ctx.planned.delete(`group:${g.key}`);
      return `created security group "${g.displayName}" (${id})`;
    }
  });

  const membersStep = (g: AudienceGroupDefinition): Step | undefined => {
    const children = ctx.config.groups.filter(c => c.parentKey === g.key);
    if (children.length === 0 && g.members.length === 0) {
      return undefined;
    }
    const missing = async (): Promise<{ ids: string[]; unknownUsers: string[]; count: number }> => {
      const groupId = ctx.groups.get(g.key);
      const current = new Set<string>();
      if (groupId && !ctx.planned.has(`group:${g.key}`)) {
        let next: string | undefined = `groups/${groupId}/members?$select=id&$top=999`;
        while (next) {
          const page: Json = await graphGet(ctx.clients.graph.at(next));
          value<{ id: string }>(page).forEach(m => current.add(m.id.toLowerCase()));
          next = page['@odata.nextLink'] as string | undefined;
        }
      }
      const ids: string[] = [];
      let count = 0;
      for (const child of children) {
        const id = ctx.groups.get(child.key);
        if (!id || ctx.planned.has(`group:${child.key}`)) {
          count++;
        } else if (!current.has(id.toLowerCase())) {
          ids.push(id);
          count++;
        }
      }
      const unknownUsers: string[] = [];
      for (const upn of g.members) {
        const id = await ctx.userId(upn);
        if (!id) {
          unknownUsers.push(upn);
        } else if (!current.has(id.toLowerCase())) {
          ids.push(id);
          count++;
        }
      }
      return { ids, unknownUsers, count };
    };
    const names = (): string => [
      ...children.map(c => `"${c.displayName}"`),
      ...g.members
    ].join(', ');
    return {
      id: `members:${g.key}`,
      title: `members of "${g.displayName}"`,
      async inspect() {
        const m = await missing();
        const warning = m.unknownUsers.length > 0 ? `; not in the directory, left out: ${m.unknownUsers.join(', ')}` : '';
        if (m.count === 0) {
          return { action: 'exists', detail: warning ? warning.slice(2) : undefined };
        }
        return { action: ctx.planned.has(`group:${g.key}`) ? 'create' : 'update', detail: `add ${plural(m.count, 'member', 'members')}${warning}` };
      },
      async apply() {
        const groupId = ctx.groups.get(g.key);
        const m = await missing();
        for (const id of m.ids) {
          await withReplicationRetry(() => graphPost(ctx.clients.graph.at(`groups/${groupId}/members/$ref`), body({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` })));
        }
        return `added ${plural(m.ids.length, 'member', 'members')} to "${g.displayName}" (of ${names()})`;
      }
    };
  };

  const steps: Step[] = ctx.config.groups.map(groupStep);
  for (const g of ctx.config.groups) {
    const step = membersStep(g);
    if (step && (g.parentKey === undefined || byKey.has(g.parentKey))) {
      steps.push(step);
    }
  }
  return steps;
}

// Sites, hubs, visitors

function siteSteps(ctx: SetupContext): Step[] {
  const steps: Step[] = [];
  const status = async (path: string): Promise<number> => {
    const q = ctx.api('/', 'SPSiteManager/status');
    q.query.set('url', `'${ctx.clients.siteUrl(path)}'`);
    const data: Json = await spGet(q);
    return Number(data.SiteStatus);
  };
  for (const site of ctx.sites()) {
    steps.push({
      id: `site:${site.path}`,
      title: `site ${site.path} "${site.title}"`,
      async inspect() {
        const s = await status(site.path);
        if (s === 2) {
          return { action: 'exists' };
        }
        ctx.planned.add(`site:${site.path}`);
        return { action: 'create', detail: s === 1 ? 'being created by SharePoint; will wait for it' : 'communication site' };
      },
      async apply() {
        if ((await status(site.path)) !== 1) {
          const created: Json = await spPost(ctx.api('/', 'SPSiteManager/create'), body({
            request: {
              Title: site.title,
              Url: ctx.clients.siteUrl(site.path),
              Lcid: ctx.config.language,
              ShareByEmailEnabled: false,
              Description: site.description,
              WebTemplate: 'SITEPAGEPUBLISHING#0',
              SiteDesignId: NO_HUB
            }
          }));
          if (Number(created.SiteStatus) === 3) {
            throw new Error(`SharePoint could not create ${site.path} (SiteStatus 3): is the address taken by a deleted site in the recycle bin?`);
          }
        }
        for (let waited = 0; (await status(site.path)) !== 2; waited += 2000) {
          if (waited > 300000) {
            throw new Error(`${site.path} was still being created after 5 minutes: run setup again later.`);
          }
          await new Promise(resolve => setTimeout(resolve, 2000));
        }
        ctx.planned.delete(`site:${site.path}`);
        return `created communication site ${ctx.clients.siteUrl(site.path)}`;
      }
    });
  }

  const siteInfo = (path: string): Promise<Json> => ctx.cached(`site:${path}`, () => spGet(ctx.api(path, 'site').select('Id', 'IsHubSite', 'HubSiteId')));

  for (const m of ctx.config.municipalities) {
    steps.push({
      id: `hub:${m.hub.path}`,
      title: `hub site ${m.hub.path}`,
      async inspect() {
        if (ctx.planned.has(`site:${m.hub.path}`)) {
          ctx.planned.add(`hub:${m.hub.path}`);
          return { action: 'create', detail: 'register as hub site' };
        }
        const info = await siteInfo(m.hub.path);
        ctx.hubIds.set(m.hub.path, info.Id as string);
        if (info.IsHubSite) {
          return { action: 'exists' };
        }
        ctx.planned.add(`hub:${m.hub.path}`);
        return { action: 'create', detail: 'register as hub site' };
      },
      async apply() {
        const site: Json = await spGet(ctx.api(m.hub.path, 'site').select('Id'));
        await spPost(ctx.api(m.hub.path, 'site/RegisterHubSite'));
        ctx.hubIds.set(m.hub.path, site.Id as string);
        ctx.forget(`site:${m.hub.path}`);
        ctx.planned.delete(`hub:${m.hub.path}`);
        return `registered ${m.hub.path} as a hub site (${site.Id})`;
      }
    });
  }
  for (const m of ctx.config.municipalities) {
    for (const s of m.associatedSites) {
      steps.push({
        id: `join:${s.path}`,
        title: `${s.path} in hub ${m.hub.path}`,
        async inspect() {
          if (ctx.planned.has(`site:${s.path}`) || ctx.planned.has(`hub:${m.hub.path}`)) {
            return { action: 'create', detail: 'associate with the hub' };
          }
          const info = await siteInfo(s.path);
          const hubId = ctx.hubIds.get(m.hub.path) || ((await siteInfo(m.hub.path)).Id as string);
          if (String(info.HubSiteId).toLowerCase() === hubId.toLowerCase()) {
            return { action: 'exists' };
          }
          return info.HubSiteId && info.HubSiteId !== NO_HUB
            ? { action: 'update', detail: `associated with another hub (${info.HubSiteId}); move it to ${m.hub.path}` }
            : { action: 'create', detail: 'associate with the hub' };
        },
        async apply() {
          const hub: Json = await spGet(ctx.api(m.hub.path, 'site').select('Id'));
          await ctx.sp(s.path).site.joinHubSite(hub.Id as string);
          ctx.forget(`site:${s.path}`);
          return `associated ${s.path} with the hub ${m.hub.path}`;
        }
      });
    }
  }

  // Readers: each municipality's sites are read by its root group, the shared site by the readers' root groups.
  for (const site of ctx.sites()) {
    const readers = site.kind === 'shared' ? ctx.config.sharedSite.readers : [site.municipalityId as string];
    const missing = async (): Promise<{ claims: string[]; count: number }> => {
      let current = new Set<string>();
      if (!ctx.planned.has(`site:${site.path}`)) {
        const users: unknown = await spGet(ctx.api(site.path, 'web/AssociatedVisitorGroup/Users').select('LoginName'));
        current = new Set(value<{ LoginName: string }>(users).map(u => u.LoginName.toLowerCase()));
      }
      const claims: string[] = [];
      let count = 0;
      for (const municipalityId of readers) {
        const id = ctx.groups.get(municipalityId);
        if (!id || ctx.planned.has(`group:${municipalityId}`)) {
          count++;
        } else if (!current.has(claimOf(id).toLowerCase())) {
          claims.push(claimOf(id));
          count++;
        }
      }
      return { claims, count };
    };
    steps.push({
      id: `visitors:${site.path}`,
      title: `readers of ${site.path}`,
      async inspect() {
        const m = await missing();
        return m.count === 0 ? { action: 'exists' } : { action: ctx.planned.has(`site:${site.path}`) ? 'create' : 'update', detail: `add ${plural(m.count, 'group', 'groups')} to the site's visitors` };
      },
      async apply() {
        const m = await missing();
        for (const claim of m.claims) {
          await spPost(ctx.api(site.path, 'web/AssociatedVisitorGroup/Users'), body({ LoginName: claim }));
        }
        return `added ${plural(m.claims.length, 'group', 'groups')} to the visitors of ${site.path}`;
      }
    });
  }
  return steps;
}

// Columns, content types and lists from sharepoint/assets

function assetSteps(ctx: SetupContext): Step[] {
  const steps: Step[] = [];
  const { fields, contentTypes, lists } = ctx.assets;
  if (fields.length + contentTypes.length + lists.length === 0) {
    return steps;
  }
  const siteFields = (path: string): Promise<Array<{ InternalName: string; Id: string; SchemaXml: string }>> =>
    ctx.cached(`fields:${path}`, async () => value(await spGet(ctx.api(path, 'web/fields').select('InternalName', 'Id', 'SchemaXml'))));
  const siteContentTypes = (path: string): Promise<Array<{ StringId: string; Name: string }>> =>
    ctx.cached(`cts:${path}`, async () => value(await spGet(ctx.api(path, 'web/contenttypes').select('StringId', 'Name'))));

  for (const site of ctx.sites()) {
    const pending = (): boolean => ctx.planned.has(`site:${site.path}`);
    for (const f of fields) {
      steps.push(fieldStep(ctx, site.path, f, pending, () => siteFields(site.path), () => ctx.sp(site.path).web.fields, `fields:${site.path}`));
    }
    for (const ct of contentTypes) {
      steps.push(contentTypeStep(ctx, site.path, ct, pending, () => siteContentTypes(site.path)));
    }
  }
  for (const list of lists) {
    for (const site of listSites(ctx, list.title)) {
      steps.push(listStep(ctx, site.path, list));
    }
  }
  return steps;
}

function fieldStep(
  ctx: SetupContext,
  path: string,
  f: FieldDefinition,
  pending: () => boolean,
  current: () => Promise<Array<{ InternalName: string; Id: string; SchemaXml: string }>>,
  collection: () => { createFieldAsXml(xml: string): Promise<unknown> },
  cacheKey: string
): Step {
  return {
    id: `field:${path}:${f.name}`,
    title: `column ${f.name} on ${path}`,
    async inspect() {
      if (pending()) {
        return { action: 'create' };
      }
      const found = (await current()).find(c => c.InternalName.toLowerCase() === f.name.toLowerCase());
      if (!found) {
        return { action: 'create' };
      }
      return fieldSignature(found.SchemaXml) === fieldSignature(f.schemaXml) ? { action: 'exists' } : { action: 'update', detail: 'the definition in sharepoint/assets changed' };
    },
    async apply(inspection) {
      if (inspection.action === 'update') {
        const found = (await current()).find(c => c.InternalName.toLowerCase() === f.name.toLowerCase());
        await spPostMerge(ctx.api(path, `web/fields/getById('${found && found.Id}')`), body({ SchemaXml: f.schemaXml }));
        ctx.forget(cacheKey);
        return `updated the column ${f.name} on ${path}`;
      }
      await collection().createFieldAsXml(f.schemaXml);
      ctx.forget(cacheKey);
      return `created the column ${f.name} (${f.type}) on ${path}`;
    }
  };
}

function contentTypeStep(ctx: SetupContext, path: string, ct: ContentTypeDefinition, pending: () => boolean, current: () => Promise<Array<{ StringId: string; Name: string }>>): Step {
  const missingLinks = async (): Promise<string[]> => {
    const links = value<{ Name: string }>(await spGet(ctx.api(path, `web/contenttypes('${ct.id}')/fieldlinks`).select('Name')));
    const have = new Set(links.map(l => l.Name.toLowerCase()));
    return ct.fieldNames.filter(n => !have.has(n.toLowerCase()));
  };
  return {
    id: `contenttype:${path}:${ct.id}`,
    title: `content type "${ct.name}" on ${path}`,
    async inspect() {
      if (pending()) {
        return { action: 'create' };
      }
      const found = (await current()).some(c => c.StringId.toLowerCase() === ct.id.toLowerCase());
      if (!found) {
        return { action: 'create', detail: `with ${plural(ct.fieldNames.length, 'column', 'columns')}` };
      }
      const missing = await missingLinks();
      return missing.length === 0 ? { action: 'exists' } : { action: 'update', detail: `add the columns ${missing.join(', ')}` };
    },
    async apply(inspection) {
      if (inspection.action === 'create') {
        await ctx.sp(path).web.contentTypes.add(ct.id, ct.name, ct.description, ct.group || 'Samverka');
        ctx.forget(`cts:${path}`);
      }
      const missing = await missingLinks();
      for (const name of missing) {
        await spPost(ctx.api(path, `web/contenttypes('${ct.id}')/fieldlinks`), body({ FieldInternalName: name }));
      }
      return `${inspection.action === 'create' ? 'created' : 'updated'} the content type "${ct.name}" on ${path} (${plural(missing.length, 'column', 'columns')} linked)`;
    }
  };
}

/**
 * Whether SharePoint gives the list the address its definition names when created by title alone
 * (`Lists/<title>`, a library `<title>`); a list whose Url differs ('Läsbekräftelser, sammanställning'
 * at Lasbekraftelser-sammanstallning) is created with its Url.
 */
export function addressedByTitle(list: Pick<ListDefinition, 'title' | 'url' | 'templateType'>): boolean {
  const url = list.url.replace(/^\/+|\/+$/g, '').toLowerCase();
  return url === `${list.templateType === 101 ? '' : 'lists/'}${list.title.toLowerCase()}`;
}

function listStep(ctx: SetupContext, path: string, list: ListDefinition): Step {
  const state = async (): Promise<{ exists: boolean; missingTypes: string[]; missingFields: FieldDefinition[] }> => {
    if (ctx.planned.has(`site:${path}`)) {
      return { exists: false, missingTypes: list.contentTypeIds, missingFields: list.fields };
    }
    const lists = value<{ Title: string }>(await spGet(ctx.api(path, 'web/lists').select('Title', 'Id')));
    if (!lists.some(l => l.Title.toLowerCase() === list.title.toLowerCase())) {
      return { exists: false, missingTypes: list.contentTypeIds, missingFields: list.fields };
    }
    const at = `web/lists/getByTitle('${list.title.replace(/'/g, "''")}')`;
    const types = value<{ StringId: string }>(await spGet(ctx.api(path, `${at}/contenttypes`).select('StringId')));
    const fields = value<{ InternalName: string }>(await spGet(ctx.api(path, `${at}/fields`).select('InternalName')));
    const fieldNames = new Set(fields.map(f => f.InternalName.toLowerCase()));
    return {
      exists: true,
      missingTypes: list.contentTypeIds.filter(id => !types.some(t => t.StringId.toLowerCase().startsWith(id.toLowerCase()))),
      missingFields: list.fields.filter(f => !fieldNames.has(f.name.toLowerCase()))
    };
  };
  return {
    id: `list:${path}:${list.title}`,
    title: `list "${list.title}" on ${path}`,
    async inspect() {
      const s = await state();
      const parts = [
        s.missingTypes.length > 0 ? `${plural(s.missingTypes.length, 'content type', 'content types')}` : '',
        s.missingFields.length > 0 ? `${plural(s.missingFields.length, 'column', 'columns')}` : ''
      ].filter(Boolean).join(' and ');
      if (!s.exists) {
        return { action: 'create', detail: parts ? `with ${parts}` : undefined };
      }
      return parts ? { action: 'update', detail: `add ${parts}` } : { action: 'exists' };
    },
    async apply() {
      const s = await state();
      const web = ctx.sp(path).web;
      if (!s.exists && addressedByTitle(list)) {
        await web.lists.add(list.title, list.description, list.templateType, list.contentTypeIds.length > 0);
      } else if (!s.exists) {
        // An address of its own: SP.ListCreationInformation's Url (ListCollection.Add), which POST web/lists has not.
        await spPost(ctx.api(path, 'web/lists/add'), body({
          parameters: { Title: list.title, Url: list.url, TemplateType: list.templateType, Description: list.description, QuickLaunchOption: list.onQuickLaunch ? 1 : 0 }
        }));
        if (list.contentTypeIds.length > 0) {
          await web.lists.getByTitle(list.title).update({ ContentTypesEnabled: true });
        }
      }
      const target = web.lists.getByTitle(list.title);
      for (const id of s.missingTypes) {
        await target.contentTypes.addAvailableContentType(id);
      }
      for (const f of s.missingFields) {
        await target.fields.createFieldAsXml(f.schemaXml);
      }
      return `${s.exists ? 'updated' : 'created'} the list "${list.title}" on ${path} (${plural(s.missingTypes.length, 'content type', 'content types')}, ${plural(s.missingFields.length, 'column', 'columns')} added)`;
    }
  };
}

// Content types of the site's own libraries (Site Pages)

/**
 * The <ContentTypeBinding>s of sharepoint/assets to Site Pages, on each hub and the shared site:
 * content types switched on for the library, the content type added (SharePoint then adds its
 * columns to the library), and any column the content type gained since.
 */
function libraryBindingSteps(ctx: SetupContext): Step[] {
  const libraries = ctx.assets.libraries || [];
  const paths = [...ctx.config.municipalities.map(m => m.hub.path), ctx.config.sharedSite.path];
  const steps: Step[] = [];
  for (const library of libraries) {
    const types = library.contentTypeIds
      .map(id => ctx.assets.contentTypes.find(ct => ct.id.toLowerCase() === id.toLowerCase()))
      .filter((ct): ct is ContentTypeDefinition => !!ct);
    for (const path of paths) {
      steps.push(libraryBindingStep(ctx, path, library, types));
    }
  }
  return steps;
}

function libraryBindingStep(ctx: SetupContext, path: string, library: LibraryBinding, types: ContentTypeDefinition[]): Step {
  const at = `web/lists/getByTitle('${library.title.replace(/'/g, "''")}')`;
  const wantedColumns = (): string[] => Array.from(new Set(types.flatMap(t => t.fieldNames)));
  const state = async (): Promise<{ enabled: boolean; missingTypes: ContentTypeDefinition[]; missingColumns: string[] }> => {
    if (ctx.planned.has(`site:${path}`)) {
      return { enabled: false, missingTypes: types, missingColumns: wantedColumns() };
    }
    const list: Json = await spGet(ctx.api(path, at).select('ContentTypesEnabled'));
    const listTypes = value<{ StringId: string }>(await spGet(ctx.api(path, `${at}/contenttypes`).select('StringId')));
    const fields = new Set(value<{ InternalName: string }>(await spGet(ctx.api(path, `${at}/fields`).select('InternalName'))).map(f => f.InternalName.toLowerCase()));
    // A list's copy of a content type has the site's id followed by "00" and a GUID.
    const missingTypes = types.filter(t => !listTypes.some(l => l.StringId.toLowerCase().startsWith(`${t.id.toLowerCase()}00`)));
    return { enabled: list.ContentTypesEnabled === true, missingTypes, missingColumns: wantedColumns().filter(n => !fields.has(n.toLowerCase())) };
  };
  const describe = (s: { enabled: boolean; missingTypes: ContentTypeDefinition[]; missingColumns: string[] }): string => [
    s.enabled || s.missingTypes.length === 0 ? '' : 'allow content types',
    s.missingTypes.length > 0 ? `add ${s.missingTypes.map(t => `"${t.name}"`).join(', ')}` : '',
    s.missingColumns.length > 0 ? `${plural(s.missingColumns.length, 'column', 'columns')} (${s.missingColumns.join(', ')})` : ''
  ].filter(Boolean).join(', ');
  return {
    id: `library:${path}:${library.url}`,
    title: `${types.map(t => `"${t.name}"`).join(', ')} on ${library.title} of ${path}`,
    async inspect() {
      const s = await state();
      if (s.missingTypes.length === 0 && s.missingColumns.length === 0) {
        // Content types may be switched off again by an owner; the columns stay, and they are what the web parts need.
        return { action: 'exists' };
      }
      return { action: s.missingTypes.length === types.length ? 'create' : 'update', detail: describe(s) };
    },
    async apply() {
      const s = await state();
      const list = ctx.sp(path).web.lists.getByTitle(library.title);
      if (!s.enabled && s.missingTypes.length > 0) {
        await list.update({ ContentTypesEnabled: true });
      }
      for (const t of s.missingTypes) {
        await list.contentTypes.addAvailableContentType(t.id);
      }
      // A column linked to the site's content type after it was added to the library: SharePoint does not push it down.
      const after = s.missingTypes.length > 0 ? await state() : s;
      for (const name of after.missingColumns) {
        const definition = ctx.assets.fields.find(f => f.name.toLowerCase() === name.toLowerCase());
        if (definition) {
          await list.fields.createFieldAsXml(definition.schemaXml);
        }
      }
      return `${describe(s)} on ${library.title} of ${path}`;
    }
  };
}

// Read access for the other municipalities' communicators, who borrow pages from each hub

function borrowerSteps(ctx: SetupContext): Step[] {
  const communicators = (municipalityId: string): AudienceGroupDefinition | undefined =>
    ctx.config.groups.find(g => g.municipalityId === municipalityId && g.kind === 'unit' && g.key === `${municipalityId}:unit:${COMMUNICATORS_UNIT}`);
  const steps: Step[] = [];
  for (const m of ctx.config.municipalities) {
    const readers = ctx.config.municipalities
      .filter(o => o.id !== m.id)
      .map(o => communicators(o.id))
      .filter((g): g is AudienceGroupDefinition => !!g);
    if (readers.length === 0) {
      continue;
    }
    const path = m.hub.path;
    const missing = async (): Promise<{ groups: AudienceGroupDefinition[]; count: number }> => {
      const holders = new Set<string>();
      if (!ctx.planned.has(`site:${path}`)) {
        const q = ctx.api(path, 'web/roleassignments').select('PrincipalId', 'Member/LoginName', 'RoleDefinitionBindings/Id').expand('Member', 'RoleDefinitionBindings');
        for (const a of value<{ Member?: { LoginName?: string }; RoleDefinitionBindings?: unknown }>(await spGet(q))) {
          if (a.Member && a.Member.LoginName && value<{ Id: number }>(a.RoleDefinitionBindings).some(r => Number(r.Id) !== LIMITED_ACCESS_ROLE_ID)) {
            holders.add(a.Member.LoginName.toLowerCase());
          }
        }
      }
      const groups: AudienceGroupDefinition[] = [];
      let count = 0;
      for (const g of readers) {
        const id = ctx.groups.get(g.key);
        if (!id || ctx.planned.has(`group:${g.key}`)) {
          count++;
        } else if (!holders.has(claimOf(id).toLowerCase())) {
          groups.push(g);
          count++;
        }
      }
      return { groups, count };
    };
    steps.push({
      id: `borrowers:${path}`,
      title: `read access to ${path} for the other municipalities' communicators (${readers.map(g => `"${g.displayName}"`).join(', ')})`,
      async inspect() {
        const s = await missing();
        if (s.count === 0) {
          return { action: 'exists' };
        }
        return { action: s.count === readers.length ? 'create' : 'update', detail: `give ${plural(s.count, 'group', 'groups')} the role Read` };
      },
      async apply() {
        const s = await missing();
        for (const g of s.groups) {
          const user: Json = await spPost(ctx.api(path, 'web/ensureuser'), body({ logonName: claimOf(ctx.groups.get(g.key) as string) }));
          await spPost(ctx.api(path, `web/roleassignments/addroleassignment(principalid=${Number(user.Id)},roledefid=${READ_ROLE_ID})`));
        }
        return `gave ${s.groups.map(g => `"${g.displayName}"`).join(', ')} the role Read on ${path}`;
      }
    });
  }
  return steps;
}

// Audience targeting on Site Pages

function audienceSteps(ctx: SetupContext): Step[] {
  const targeted = [...ctx.config.municipalities.map(m => m.hub.path), ctx.config.sharedSite.path];
  return targeted.map((path): Step => {
    const pages = "web/lists/getByTitle('Site Pages')";
    const state = async (): Promise<{ fields: string[]; events: number[] }> => {
      if (ctx.planned.has(`site:${path}`)) {
        return { fields: ['_ModernAudienceTargetUserField', '_ModernAudienceAadObjectIds'], events: AUDIENCE_RECEIVER_EVENTS };
      }
      const fields = value<{ InternalName: string }>(await spGet(ctx.api(path, `${pages}/fields`).select('InternalName')));
      const receivers = value<{ ReceiverClass: string; EventType: number }>(await spGet(ctx.api(path, `${pages}/EventReceivers`).select('ReceiverClass', 'EventType')));
      const names = new Set(fields.map(f => f.InternalName));
      return {
        fields: ['_ModernAudienceTargetUserField', '_ModernAudienceAadObjectIds'].filter(n => !names.has(n)),
        events: AUDIENCE_RECEIVER_EVENTS.filter(e => !receivers.some(r => r.ReceiverClass === AUDIENCE_RECEIVER_CLASS && Number(r.EventType) === e))
      };
    };
    return {
      id: `audience:${path}`,
      title: `audience targeting of Site Pages on ${path}`,
      async inspect() {
        const s = await state();
        const missing = s.fields.length + s.events.length;
        if (missing === 0) {
          return { action: 'exists' };
        }
        return { action: missing === 4 ? 'create' : 'update', detail: `switch on (${plural(s.fields.length, 'field', 'fields')}, ${plural(s.events.length, 'event receiver', 'event receivers')})` };
      },
      async apply() {
        const s = await state();
        const web: Json = await spGet(ctx.api(path, 'web').select('Id'));
        const list: Json = await spGet(ctx.api(path, pages).select('Id'));
        const userInfo: Json = await spGet(ctx.api(path, 'web/SiteUserInfoList').select('Id'));
        const source = `{${list.Id}}`;
        // The fields SharePoint itself adds when an owner switches targeting on in the library settings.
        const xml: Record<string, string> = {
          _ModernAudienceTargetUserField: `<Field ID="{${AUDIENCE_TARGET_FIELD_ID}}" Type="UserMulti" List="UserInfo" Name="_ModernAudienceTargetUserField" StaticName="_ModernAudienceTargetUserField" DisplayName="Audience" Required="FALSE" SourceID="${source}" ShowField="ImnName" ShowInDisplayForm="TRUE" ShowInListSettings="FALSE" UserSelectionMode="GroupsOnly" UserSelectionScope="0" Mult="TRUE" Sortable="FALSE" Version="1" />`,
          _ModernAudienceAadObjectIds: `<Field Type="LookupMulti" DisplayName="AudienceIds" List="{${userInfo.Id}}" WebId="${web.Id}" FieldRef="${AUDIENCE_TARGET_FIELD_ID}" ReadOnly="TRUE" Mult="TRUE" Sortable="FALSE" UnlimitedLengthInDocumentLibrary="FALSE" SourceID="${source}" StaticName="_ModernAudienceAadObjectIds" Name="_ModernAudienceAadObjectIds" ShowField="_AadObjectIdForUser" ShowInListSettings="FALSE" Version="1" />`
        };
        for (const name of s.fields) {
          // Options 8 + 16: AddFieldInternalNameHint | AddToNoContentType
          await spPost(ctx.api(path, `${pages}/fields/CreateFieldAsXml`), body({ parameters: { SchemaXml: xml[name], Options: 24 } }));
        }
        for (const eventType of s.events) {
          await spPost(ctx.api(path, `${pages}/EventReceivers`), body({
            ReceiverName: '',
            ReceiverClass: AUDIENCE_RECEIVER_CLASS,
            ReceiverAssembly: AUDIENCE_RECEIVER_ASSEMBLY,
            EventType: eventType,
            SequenceNumber: 10000,
            Synchronization: 1
          }));
        }
        return `switched audience targeting on for Site Pages on ${path} (${plural(s.fields.length, 'field', 'fields')}, ${plural(s.events.length, 'event receiver', 'event receivers')})`;
      }
    };
  });
}

// Tenant configuration and app package

export function tenantConfigOf(config: SetupConfig, groups: Map<string, string>): TenantConfig {
  return parseTenantConfig({
    municipalities: config.municipalities.map(m => ({
      id: m.id,
      name: m.name,
      shortName: m.shortName,
      hubPath: m.hub.path,
      emailDomain: m.emailDomain,
      groups: { root: groups.get(m.id), allStaff: groups.get(`${m.id}:allStaff`), managers: groups.get(`${m.id}:managers`) }
    })),
    sharedSite: { path: config.sharedSite.path, title: config.sharedSite.title },
    ...(config.boostMaxDays === undefined ? {} : { boostMaxDays: config.boostMaxDays }),
    ...(config.searchShortcuts === undefined ? {} : { searchShortcuts: config.searchShortcuts })
  });
}

function configStep(ctx: SetupContext): Step {
  const desired = (): TenantConfig | undefined =>
    ctx.config.groups.some(g => ctx.planned.has(`group:${g.key}`)) ? undefined : tenantConfigOf(ctx.config, ctx.groups);
  return {
    id: 'tenant-config',
    title: `tenant property ${TENANT_CONFIG_KEY}`,
    async inspect() {
      const catalog = await ctx.resolveAppCatalog();
      const stored: Json = await spGet(ctx.api(catalog, `web/GetStorageEntity('${TENANT_CONFIG_KEY}')`));
      const want = desired();
      if (typeof stored.Value !== 'string') {
        return { action: 'create', detail: `on the app catalog ${catalog}` };
      }
      if (!want) {
        return { action: 'update', detail: 'with the ids of the groups created' };
      }
      let same = false;
      try {
        same = JSON.stringify(parseTenantConfig(stored.Value)) === JSON.stringify(want);
      } catch {
        same = false;
      }
      return same ? { action: 'exists' } : { action: 'update', detail: 'the stored configuration differs' };
    },
    async apply() {
      const catalog = await ctx.resolveAppCatalog();
      const want = desired();
      if (!want) {
        throw new Error('Some groups of the configuration were not created; the tenant property needs their ids.');
      }
      await ctx.sp(catalog).web.setStorageEntity(TENANT_CONFIG_KEY, JSON.stringify(want), 'Samverka: kommuner, hubbar, e-postdomäner och grupper.', 'Written by npm run setup.');
      return `stored ${TENANT_CONFIG_KEY} on ${catalog} (${plural(want.municipalities.length, 'municipality', 'municipalities')})`;
    }
  };
}

function appStep(ctx: SetupContext): Step {
  const pkg = ctx.appPackage;
  const find = async (catalog: string): Promise<Json | undefined> =>
    value<Json>(await spGet(ctx.api(catalog, 'web/tenantappcatalog/AvailableApps').select('ID', 'Title', 'ProductId', 'AppCatalogVersion', 'Deployed')))
      .find(a => String(a.ProductId).toLowerCase() === (pkg ? pkg.productId : ''));
  return {
    id: 'app',
    title: `app package ${pkg ? `${pkg.fileName} ${pkg.version}` : ''} in the tenant app catalog`,
    async inspect() {
      if (!pkg) {
        return { action: 'skip', detail: 'no package: run `npm run package` first (or pass --package)' };
      }
      // sharepoint/assets is created by the steps above; a package that provisions it too would fail on the same field ids where it is added to a site.
      if (pkg.featureElements.length > 0) {
        return { action: 'skip', detail: `not deployed: its feature provisions ${pkg.featureElements.join(', ')}, which setup creates from sharepoint/assets; build the package of this version with \`npm run package\`` };
      }
      const catalog = await ctx.resolveAppCatalog();
      const app = await find(catalog);
      if (!app) {
        return { action: 'create', detail: 'upload and deploy to all sites' };
      }
      if (app.AppCatalogVersion !== pkg.version) {
        return { action: 'update', detail: `version ${app.AppCatalogVersion} → ${pkg.version}` };
      }
      return app.Deployed ? { action: 'exists' } : { action: 'update', detail: 'uploaded but not deployed' };
    },
    async apply(inspection) {
      const catalog = await ctx.resolveAppCatalog();
      const sp = ctx.sp(catalog);
      if (!pkg) {
        return 'skipped';
      }
      let app = await find(catalog);
      if (!app || app.AppCatalogVersion !== pkg.version) {
        await sp.tenantAppcatalog.add(pkg.fileName, pkg.content, true);
        app = await find(catalog);
        if (!app) {
          throw new Error(`The app catalog does not list ${pkg.fileName} after the upload.`);
        }
      }
      await sp.tenantAppcatalog.getAppById(app.ID as string).deploy(pkg.skipFeatureDeployment);
      return `${inspection.action === 'create' ? 'uploaded' : 'updated'} and deployed ${pkg.fileName} ${pkg.version}${pkg.skipFeatureDeployment ? ' to all sites' : ''}`;
    }
  };
}

// Indexed columns

/**
 * The columns the services filter or sort list items on, indexed, so that their queries pass
 * SharePoint's list view threshold once a list holds more than 5,000 items (a hub's Site Pages
 * after a few years of news). ID is always indexed. See emulator/CONTRACT.md, "Lists, fields and rights".
 */
export const INDEXED_COLUMNS: ReadonlyArray<{ list: string; placement: 'pages' | 'shared'; columns: readonly string[] }> = [
  // reuseService.recentNews (FirstPublishedDate range, PromotedState, sorted by FirstPublishedDate),
  // the duplicate check of a news link (SamverkaSourceKey; Title for links made before that column),
  // borrowService's copies (SamverkaCopiedAt range).
  { list: 'Site Pages', placement: 'pages', columns: ['FirstPublishedDate', 'PromotedState', 'Title', 'SamverkaCopiedAt', 'SamverkaSourceKey'] },
  // reuseService's offers to a municipality.
  { list: 'Erbjudanden', placement: 'shared', columns: ['SamverkaToMunicipality', 'SamverkaOfferStatus'] }
];

/** INDEXED_COLUMNS and the columns a list schema of sharepoint/assets marks Indexed="TRUE" (lists go where `lists` places them). */
function indexedColumnsOf(ctx: SetupContext): Array<{ list: string; placement: 'pages' | 'shared'; columns: readonly string[]; paths?: string[] }> {
  const wanted: Array<{ list: string; placement: 'pages' | 'shared'; columns: readonly string[]; paths?: string[] }> = INDEXED_COLUMNS.slice();
  for (const list of ctx.assets.lists) {
    const columns = list.fields.filter(f => f.indexed).map(f => f.name);
    if (columns.length === 0 || INDEXED_COLUMNS.some(w => w.list.toLowerCase() === list.title.toLowerCase())) {
      continue;
    }
    wanted.push({ list: list.title, placement: 'shared', columns, paths: listSites(ctx, list.title).map(s => s.path) });
  }
  return wanted;
}

/** The sites a list of sharepoint/assets is created on: the shared site unless `lists` in the configuration says otherwise. */
function listSites(ctx: SetupContext, title: string): SiteDefinition[] {
  const placement = ctx.config.lists[title] || 'shared';
  return ctx.sites().filter(s => placement === 'all' || (placement === 'shared' ? s.kind === 'shared' : s.kind === 'hub'));
}

function indexSteps(ctx: SetupContext): Step[] {
  const steps: Step[] = [];
  for (const wanted of indexedColumnsOf(ctx)) {
    if (wanted.placement === 'shared' && !ctx.assets.lists.some(l => l.title.toLowerCase() === wanted.list.toLowerCase())) {
      continue;
    }
    const paths = wanted.paths || (wanted.placement === 'shared' ? [ctx.config.sharedSite.path] : [...ctx.config.municipalities.map(m => m.hub.path), ctx.config.sharedSite.path]);
    for (const path of paths) {
      steps.push(indexStep(ctx, path, wanted.list, wanted.columns));
    }
  }
  return steps;
}

function indexStep(ctx: SetupContext, path: string, listTitle: string, columns: readonly string[]): Step {
  const at = `web/lists/getByTitle('${listTitle.replace(/'/g, "''")}')`;
  const unindexed = async (): Promise<string[]> => {
    if (ctx.planned.has(`site:${path}`)) {
      return columns.slice();
    }
    const lists = value<{ Title: string }>(await spGet(ctx.api(path, 'web/lists').select('Title')));
    if (!lists.some(l => l.Title.toLowerCase() === listTitle.toLowerCase())) {
      return columns.slice();
    }
    const fields = value<{ InternalName: string; Indexed?: boolean }>(await spGet(ctx.api(path, `${at}/fields`).select('InternalName', 'Indexed')));
    return columns.filter(c => !fields.some(f => f.InternalName.toLowerCase() === c.toLowerCase() && f.Indexed === true));
  };
  return {
    id: `indexes:${path}:${listTitle}`,
    title: `indexed columns of "${listTitle}" on ${path}`,
    async inspect() {
      const missing = await unindexed();
      if (missing.length === 0) {
        return { action: 'exists' };
      }
      return { action: missing.length === columns.length ? 'create' : 'update', detail: `index ${missing.join(', ')}` };
    },
    async apply() {
      const missing = await unindexed();
      for (const name of missing) {
        await spPostMerge(ctx.api(path, `${at}/fields/getByInternalNameOrTitle('${name.replace(/'/g, "''")}')`), body({ Indexed: true }));
      }
      return `indexed ${missing.join(', ')} in "${listTitle}" on ${path}`;
    }
  };
}

// Item-level permissions and search of the lists of sharepoint/assets

/**
 * ReadSecurity, WriteSecurity, NoCrawl and EnableVersioning of a list as sharepoint/assets gives them
 * (Läsbekräftelser: people read and write only their own items, and none of it is in search;
 * Guider keeps versions, VersioningEnabled on its ListInstance).
 */
function listSecuritySteps(ctx: SetupContext): Step[] {
  const steps: Step[] = [];
  for (const list of ctx.assets.lists) {
    const wanted: Json = {};
    if (list.readSecurity !== undefined) {
      wanted.ReadSecurity = list.readSecurity;
    }
    if (list.writeSecurity !== undefined) {
      wanted.WriteSecurity = list.writeSecurity;
    }
    if (list.noCrawl) {
      wanted.NoCrawl = true;
    }
    if (list.versioningEnabled) {
      wanted.EnableVersioning = true;
    }
    const names = Object.keys(wanted);
    if (names.length === 0) {
      continue;
    }
    for (const site of listSites(ctx, list.title)) {
      const at = `web/lists/getByTitle('${list.title.replace(/'/g, "''")}')`;
      const differing = async (): Promise<Json> => {
        if (ctx.planned.has(`site:${site.path}`)) {
          return wanted;
        }
        const lists = value<{ Title: string }>(await spGet(ctx.api(site.path, 'web/lists').select('Title')));
        if (!lists.some(l => l.Title.toLowerCase() === list.title.toLowerCase())) {
          return wanted;
        }
        const current: Json = await spGet(ctx.api(site.path, at).select(...names));
        const changes: Json = {};
        for (const name of names) {
          if (current[name] !== wanted[name]) {
            changes[name] = wanted[name];
          }
        }
        return changes;
      };
      const describe = (changes: Json): string => Object.keys(changes).map(k => `${k} ${String(changes[k])}`).join(', ');
      steps.push({
        id: `list-security:${site.path}:${list.title}`,
        title: `item-level permissions and search of "${list.title}" on ${site.path}`,
        async inspect() {
          const changes = await differing();
          const n = Object.keys(changes).length;
          if (n === 0) {
            return { action: 'exists' };
          }
          return { action: n === names.length ? 'create' : 'update', detail: `set ${describe(changes)}` };
        },
        async apply() {
          const changes = await differing();
          await spPostMerge(ctx.api(site.path, at), body(changes));
          return `set ${describe(changes)} on "${list.title}" on ${site.path}`;
        }
      });
    }
  }
  return steps;
}

// Läs och bekräfta: who may add and who may read confirmations

/**
 * 'Läsbekräftelser' gets permissions of its own: two permission levels on its site (readers add and
 * read their own items and never edit or delete one; editors read all, through Override List
 * Behaviors), inheritance broken without copying the site's roles (site collection admins keep Full
 * Control), the readers' level for the root group of each
 * municipality that reads the site, and the editors' level for each municipality's communicators
 * (COMMUNICATORS_UNIT, the editors who also borrow pages).
 */
function confirmationListSteps(ctx: SetupContext): Step[] {
  const list = ctx.assets.lists.find(l => l.title === CONFIRMATION_LIST);
  if (!list) {
    return [];
  }
  const roles = [CONFIRMATION_READER_ROLE, CONFIRMATION_REVIEW_ROLE];
  const steps: Step[] = [];
  for (const site of listSites(ctx, list.title)) {
    const path = site.path;
    const definitions = async (): Promise<Map<string, number>> => {
      const ids = new Map<string, number>();
      if (!ctx.planned.has(`site:${path}`)) {
        for (const d of value<{ Id: number; Name: string }>(await spGet(ctx.api(path, 'web/roledefinitions').select('Id', 'Name')))) {
          ids.set(d.Name.toLowerCase(), Number(d.Id));
        }
      }
      return ids;
    };
    steps.push({
      id: `roles:${path}:${list.title}`,
      title: `permission levels for "${list.title}" on ${path} (${roles.map(r => `"${r.name}"`).join(', ')})`,
      async inspect() {
        const have = await definitions();
        const missing = roles.filter(r => !have.has(r.name.toLowerCase()));
        if (missing.length === 0) {
          return { action: 'exists' };
        }
        return { action: missing.length === roles.length ? 'create' : 'update', detail: `add ${missing.map(r => `"${r.name}"`).join(', ')}` };
      },
      async apply() {
        const have = await definitions();
        const missing = roles.filter(r => !have.has(r.name.toLowerCase()));
        for (const role of missing) {
          await spPost(ctx.api(path, 'web/roledefinitions'), body({ BasePermissions: role.basePermissions, Description: role.description, Name: role.name, Order: 200 }));
        }
        return `added the permission levels ${missing.map(r => `"${r.name}"`).join(', ')} on ${path}`;
      }
    });

    const wanted = (): RoleGrant[] => {
      const readers = ctx.config.sharedSite.readers.map(id => ({ key: id, groupName: ctx.config.groups.find(g => g.key === id)?.displayName || id, role: { name: CONFIRMATION_READER_ROLE.name } }));
      const editors = communicatorsGroups(ctx).map(g => ({ key: g.key, groupName: g.displayName, role: { name: CONFIRMATION_REVIEW_ROLE.name } }));
      return readers.concat(editors);
    };
    steps.push(listRolesStep(ctx, path, list.title, `who may confirm and who may read "${list.title}" on ${path}`, wanted, definitions));
  }
  return steps;
}

/** Each municipality's communicators (COMMUNICATORS_UNIT): the editors who read all confirmations and keep their summary. */
function communicatorsGroups(ctx: SetupContext): AudienceGroupDefinition[] {
  return ctx.config.municipalities
    .map(m => ctx.config.groups.find(g => g.key === `${m.id}:unit:${COMMUNICATORS_UNIT}`))
    .filter((g): g is AudienceGroupDefinition => !!g);
}

/** A permission level for a group on a list: a site's own level by name, or a built-in one by its id (its name is in the site's language). */
interface RoleGrant {
  key: string;
  groupName: string;
  role: { name: string; id?: number };
}

/**
 * A list's own permissions: inheritance broken without copying the site's roles (site collection
 * admins keep Full Control) and each group given its level. Inspects what is missing; applies only that.
 */
function listRolesStep(
  ctx: SetupContext,
  path: string,
  listTitle: string,
  title: string,
  wanted: () => RoleGrant[],
  definitions: () => Promise<Map<string, number>>
): Step {
  const at = `web/lists/getByTitle('${listTitle.replace(/'/g, "''")}')`;
  const roleKey = (w: RoleGrant): string => (w.role.id !== undefined ? `#${w.role.id}` : w.role.name.toLowerCase());
  const state = async (): Promise<{ unique: boolean; missing: RoleGrant[] }> => {
    const all = wanted();
    if (ctx.planned.has(`site:${path}`) || all.some(w => ctx.planned.has(`group:${w.key}`) || !ctx.groups.get(w.key))) {
      return { unique: false, missing: all };
    }
    const lists = value<{ Title: string }>(await spGet(ctx.api(path, 'web/lists').select('Title')));
    if (!lists.some(l => l.Title.toLowerCase() === listTitle.toLowerCase())) {
      return { unique: false, missing: all };
    }
    const info: Json = await spGet(ctx.api(path, at).select('HasUniqueRoleAssignments'));
    if (info.HasUniqueRoleAssignments !== true) {
      return { unique: false, missing: all };
    }
    const held = new Set<string>();
    const q = ctx.api(path, `${at}/roleassignments`).select('PrincipalId', 'Member/LoginName', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/Name').expand('Member', 'RoleDefinitionBindings');
    for (const a of value<{ Member?: { LoginName?: string }; RoleDefinitionBindings?: unknown }>(await spGet(q))) {
      const login = (a.Member && a.Member.LoginName || '').toLowerCase();
      for (const r of value<{ Id?: number; Name: string }>(a.RoleDefinitionBindings)) {
        held.add(`${login}|${r.Name.toLowerCase()}`);
        held.add(`${login}|#${Number(r.Id)}`);
      }
    }
    return { unique: true, missing: all.filter(w => !held.has(`${claimOf(ctx.groups.get(w.key) as string).toLowerCase()}|${roleKey(w)}`)) };
  };
  return {
    id: `list-roles:${path}:${listTitle}`,
    title,
    async inspect() {
      const s = await state();
      if (s.unique && s.missing.length === 0) {
        return { action: 'exists' };
      }
      const parts = [s.unique ? '' : 'stop inheriting the site\'s permissions', s.missing.length > 0 ? `give ${plural(s.missing.length, 'group', 'groups')} their level` : '']
        .filter(Boolean).join(', ');
      return { action: s.unique ? 'update' : 'create', detail: parts };
    },
    async apply() {
      const s = await state();
      if (!s.unique) {
        await spPost(ctx.api(path, `${at}/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`));
      }
      const ids = s.missing.some(w => w.role.id === undefined) ? await definitions() : new Map<string, number>();
      for (const w of s.missing) {
        const roleId = w.role.id !== undefined ? w.role.id : ids.get(w.role.name.toLowerCase());
        if (roleId === undefined) {
          throw new Error(`The permission level "${w.role.name}" is missing on ${path}: run setup again.`);
        }
        const user: Json = await spPost(ctx.api(path, 'web/ensureuser'), body({ logonName: claimOf(ctx.groups.get(w.key) as string) }));
        await spPost(ctx.api(path, `${at}/roleassignments/addroleassignment(principalid=${Number(user.Id)},roledefid=${roleId})`));
      }
      return `${s.unique ? '' : 'gave "' + listTitle + '" its own permissions; '}gave ${s.missing.map(w => `"${w.groupName}" ${w.role.name}`).join(', ') || 'no group a level'} on ${path}`;
    }
  };
}

// Läs och bekräfta: the editors' summary of who has confirmed which page

/**
 * 'Läsbekräftelser, sammanställning' (src/core/confirmationSummary.ts) gets permissions of its own:
 * inheritance broken without copying the site's roles (site collection admins keep Full Control),
 * and Contribute for each municipality's communicators, who add and overwrite its one file. The
 * shared site's readers get nothing: the summary names who has confirmed what.
 */
function summaryLibrarySteps(ctx: SetupContext): Step[] {
  const library = ctx.assets.lists.find(l => l.title === SUMMARY_LIBRARY);
  if (!library) {
    return [];
  }
  const wanted = (): RoleGrant[] => communicatorsGroups(ctx).map(g => ({ key: g.key, groupName: g.displayName, role: { name: 'Contribute', id: CONTRIBUTE_ROLE_ID } }));
  return listSites(ctx, library.title).map(site =>
    listRolesStep(ctx, site.path, library.title, `who may open "${library.title}" on ${site.path} (the communicators: Contribute)`, wanted, async () => new Map()));
}

/** Every step, in the order they run: what later steps need comes first. */
export function buildSteps(ctx: SetupContext): Step[] {
  return [
    {
      id: 'app-catalog',
      title: 'tenant app catalog',
      async inspect() {
        const path = await ctx.resolveAppCatalog();
        return { action: 'exists', detail: path };
      },
      async apply() {
        return 'nothing to do';
      }
    },
    ...groupSteps(ctx),
    ...siteSteps(ctx),
    ...borrowerSteps(ctx),
    ...assetSteps(ctx),
    ...libraryBindingSteps(ctx),
    ...indexSteps(ctx),
    ...listSecuritySteps(ctx),
    ...confirmationListSteps(ctx),
    ...summaryLibrarySteps(ctx),
    ...audienceSteps(ctx),
    configStep(ctx),
    appStep(ctx)
  ];
}

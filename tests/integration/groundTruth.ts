/**
 * What a persona should see, worked out without the code under test: raw HTTP against the
 * local tenant's SharePoint REST (each site's Site Pages, as the persona, so unreadable
 * sites answer 403) and Graph (the persona's groups), filtered by the audience rule as
 * SharePoint documents it.
 */
export interface TruthItem {
  /** Decoded, lower-cased absolute URL: comparable whatever the spelling. */
  key: string;
  sitePath: string;
  publishedAt: number;
  boostedUntil: number | null;
  /** SamverkaExpires: the item leaves every news feed at this moment. */
  expiresAt: number | null;
  audienceIds: string[];
}

async function getJson(url: string, token: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  return { status: response.status, body: response.status === 200 ? await response.json() : {} };
}

export function pageKey(url: string): string {
  return decodeURI(url).toLowerCase();
}

export async function groupsOf(tenantUrl: string, token: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined = `${tenantUrl}/v1.0/me/transitiveMemberOf/microsoft.graph.group?$select=id&$top=999`;
  while (next) {
    const { status, body } = await getJson(next, token);
    if (status !== 200) throw new Error(`Groups: ${status}`);
    (body.value as Array<{ id: string }>).forEach(g => ids.push(g.id.toLowerCase()));
    next = body['@odata.nextLink'] as string | undefined;
  }
  return ids;
}

/** Every promoted news page of the site, or null when the persona may not read the site. */
export async function newsOfSite(tenantUrl: string, sitePath: string, token: string): Promise<TruthItem[] | null> {
  const items: TruthItem[] = [];
  let next: string | undefined = `${tenantUrl}${sitePath}/_api/web/lists/getByTitle('Site Pages')/items` +
    `?$select=FileRef,FirstPublishedDate,PromotedState,SamverkaBoostUntil,SamverkaExpires,_ModernAudienceAadObjectIds&$top=5000`;
  while (next) {
    const { status, body } = await getJson(next, token);
    if (status === 403) return null;
    if (status !== 200) throw new Error(`Site Pages of ${sitePath}: ${status}`);
    for (const raw of body.value as Array<Record<string, unknown>>) {
      if (raw.PromotedState !== 2) continue;
      items.push({
        key: pageKey(`${tenantUrl}${raw.FileRef}`),
        sitePath,
        publishedAt: Date.parse(raw.FirstPublishedDate as string),
        boostedUntil: raw.SamverkaBoostUntil ? Date.parse(raw.SamverkaBoostUntil as string) : null,
        expiresAt: raw.SamverkaExpires ? Date.parse(raw.SamverkaExpires as string) : null,
        audienceIds: ((raw.OData__ModernAudienceAadObjectIds as string[] | null) || []).map(id => id.toLowerCase())
      });
    }
    next = body['odata.nextLink'] as string | undefined;
  }
  return items;
}

/**
 * The news a persona should be shown from the sites at `now`: readable, not expired, and
 * untargeted or targeted to one of their groups.
 */
export async function expectedNews(tenantUrl: string, token: string, sitePaths: string[], now: Date): Promise<TruthItem[]> {
  const groups = await groupsOf(tenantUrl, token);
  const all: TruthItem[] = [];
  for (const sitePath of sitePaths) {
    const items = await newsOfSite(tenantUrl, sitePath, token);
    if (items) all.push(...items);
  }
  return all
    .filter(item => item.expiresAt === null || item.expiresAt > now.getTime())
    .filter(item => item.audienceIds.length === 0 || item.audienceIds.some(id => groups.indexOf(id) >= 0));
}

/**
 * News pages that every seed has, whatever its number: the facts that integration and
 * end-to-end tests rely on. They are published in the week before the seed date and generated
 * news stop before them, so they are the newest pages of their sites and show on the first
 * page of a news feed.
 */
export type FactAudience =
  | { kind: 'none' }
  | { kind: 'managers'; municipalityId: string }
  | { kind: 'allStaff'; municipalityIds: readonly string[] }
  | { kind: 'forvaltning'; municipalityId: string; forvaltningKind: string }
  | { kind: 'unit'; municipalityId: string; unit: string };

export interface FactNews {
  key: string;
  sitePath: string;
  title: string;
  description: string;
  published: string;
  audience: FactAudience;
  boostUntil?: string;
  themeKey: string;
  /** Läs och bekräfta: marked must-read (Ska läsas), with the day it is to be read by (Läses senast) or none. */
  mustRead?: { readBy: string | null };
}

export const FACT_NEWS: readonly FactNews[] = [
  {
    key: 'eksjoManagers',
    sitePath: '/sites/eksjo',
    title: 'Chefsinformation: bemanning under jul- och nyårshelgerna',
    description: 'Till dig som är chef i Eksjö kommun: rutinen för bemanning och beredskap under helgerna.',
    published: '2026-11-27T09:00:00Z',
    audience: { kind: 'managers', municipalityId: 'eksjo' },
    themeKey: 'chefsdag',
    mustRead: { readBy: '2026-12-11' },
  },
  {
    key: 'eksjoSocial',
    sitePath: '/sites/eksjo',
    title: 'Socialförvaltningen: utbildning i den nya planeringsappen',
    description: 'Alla medarbetare i Socialförvaltningen går en timmes utbildning före årsskiftet.',
    published: '2026-11-26T08:30:00Z',
    audience: { kind: 'forvaltning', municipalityId: 'eksjo', forvaltningKind: 'soc' },
    themeKey: 'hemtjanst-app',
    mustRead: { readBy: '2026-12-18' },
  },
  {
    key: 'eksjoHemtjanstNorr',
    sitePath: '/sites/eksjo',
    title: 'Hemtjänst Norr: arbetsplatsträff den 3 december',
    description: 'Dagordning och underlag inför arbetsplatsträffen på Hemtjänst Norr.',
    published: '2026-11-25T13:00:00Z',
    audience: { kind: 'unit', municipalityId: 'eksjo', unit: 'Hemtjänst Norr' },
    themeKey: 'apt',
  },
  {
    key: 'eksjoEveryone',
    sitePath: '/sites/eksjo',
    title: 'Eksjö: nya öppettider i stadshuset under december',
    description: 'Stadshusets reception har ändrade öppettider under julhelgerna.',
    published: '2026-11-27T07:30:00Z',
    audience: { kind: 'none' },
    themeKey: 'lokaler',
  },
  {
    key: 'savsjoEveryone',
    sitePath: '/sites/savsjo',
    title: 'Sävsjö: julmarknad i Vrigstad på första advent',
    description: 'Välkommen till julmarknaden – kommunens verksamheter finns på plats med egna stånd.',
    published: '2026-11-26T10:00:00Z',
    audience: { kind: 'none' },
    themeKey: 'kulturnatt',
  },
  {
    key: 'vetlandaEveryone',
    sitePath: '/sites/vetlanda',
    title: 'Vetlanda: ljusfest på Stora torget',
    description: 'Tänd ljus tillsammans med kollegor och invånare när julbelysningen tänds.',
    published: '2026-11-27T12:00:00Z',
    audience: { kind: 'none' },
    themeKey: 'kulturnatt',
  },
  {
    key: 'vetlandaManagers',
    sitePath: '/sites/vetlanda',
    title: 'Chefsinformation: budgetuppföljning för november',
    description: 'Till dig som är chef i Vetlanda kommun: underlag för månadens uppföljning.',
    published: '2026-11-24T14:00:00Z',
    audience: { kind: 'managers', municipalityId: 'vetlanda' },
    themeKey: 'budget',
    mustRead: { readBy: '2026-12-04' },
  },
  {
    key: 'vetlandaSolrosen',
    sitePath: '/sites/vetlanda',
    title: 'Förskolan Solrosen: planeringsdag den 4 december',
    description: 'Förskolan har stängt för planering. Information till personalen.',
    published: '2026-11-25T08:00:00Z',
    audience: { kind: 'unit', municipalityId: 'vetlanda', unit: 'Förskolan Solrosen' },
    themeKey: 'apt',
    mustRead: { readBy: null },
  },
  {
    key: 'sharedSavsjoVetlanda',
    sitePath: '/sites/gemensamt',
    title: 'Lön: ändrade datum för tidrapportering i december (Sävsjö och Vetlanda)',
    description: 'Medarbetare i Sävsjö och Vetlanda ska attestera tidrapporterna senast den 14 december.',
    published: '2026-11-25T09:00:00Z',
    audience: { kind: 'allStaff', municipalityIds: ['savsjo', 'vetlanda'] },
    themeKey: 'lonespecifikation',
    mustRead: { readBy: '2026-12-14' },
  },
  {
    key: 'sharedEveryoneBoosted',
    sitePath: '/sites/gemensamt',
    title: 'Ny riktlinje för distansarbete gäller från 1 januari',
    description: 'Riktlinjen är gemensam för alla tre kommunerna. Läs vad den innebär för dig och din arbetsplats.',
    published: '2026-11-23T15:00:00Z',
    audience: { kind: 'none' },
    boostUntil: '2027-01-31T00:00:00Z',
    themeKey: 'distansarbete',
  },
];

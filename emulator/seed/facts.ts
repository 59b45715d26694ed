/**
 * News pages that every seed has, whatever its number: the facts that integration and
 * end-to-end tests rely on. They are published in the week before the seed date and generated
 * news stop before them, so they are the newest pages of their sites and show on the first
 * page of a news feed.
 */
import type { NewsStory } from './news-themes.ts';

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
  /** The theme gives the banner; the body is the page's own. */
  themeKey: string;
  story: Pick<NewsStory, 'heading' | 'paragraphs' | 'bullets'>;
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
    story: {
      heading: 'Det här gäller',
      paragraphs: [
        'Under jul- och nyårshelgerna ska varje verksamhet med dygnet runt-bemanning ha en bemanningsplan som är klar senast den 11 december.',
        'Planen ska visa vem som är i tjänst varje dag från den 23 december till den 6 januari och vilken chef som har beredskap.',
        'Chefsberedskapen nås via växeln. Lämna listan över beredskapen till kommunledningskontoret när den är klar.',
      ],
      bullets: ['Bemanningsplan klar senast 11 december', 'Chef i beredskap varje dag under helgerna', 'Listan till kommunledningskontoret'],
    },
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
    story: {
      heading: 'Boka din utbildning',
      paragraphs: [
        'Den nya planeringsappen tas i bruk i hela Socialförvaltningen efter årsskiftet. Före dess ska alla medarbetare ha gått utbildningen.',
        'Utbildningen tar en timme och ges på arbetsplatsen av enhetens superanvändare. Din enhetschef bokar tiden.',
        'Efter utbildningen kan du logga in i appen och prova med övningsdata. Frågor om appen besvaras av verksamhetsutvecklarna.',
      ],
    },
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
    story: {
      heading: 'Dagordning',
      paragraphs: [
        'Arbetsplatsträffen hålls den 3 december klockan 13.30 i personalrummet på Hemtjänst Norr.',
        'Vi går igenom bemanningen under helgerna, den nya planeringsappen och resultatet från skyddsronden.',
        'Kan du inte delta? Meddela din chef senast dagen innan. Minnesanteckningarna läggs i Teams-kanalen.',
      ],
      bullets: ['Bemanning under jul och nyår', 'Införandet av planeringsappen', 'Skyddsronden i november'],
    },
  },
  {
    key: 'eksjoEveryone',
    sitePath: '/sites/eksjo',
    title: 'Eksjö: nya öppettider i stadshuset under december',
    description: 'Stadshusets reception har ändrade öppettider under julhelgerna.',
    published: '2026-11-27T07:30:00Z',
    audience: { kind: 'none' },
    themeKey: 'lokaler',
    story: {
      heading: 'Öppettider',
      paragraphs: [
        'Stadshusets reception har öppet klockan 8–16 som vanligt fram till den 22 december.',
        'Den 23 december och mellandagarna har receptionen öppet klockan 9–12. Julafton, juldagen, annandagen och nyårsdagen är den stängd.',
        'Kommunens växel är öppen som vanligt på vardagar.',
      ],
    },
  },
  {
    key: 'savsjoEveryone',
    sitePath: '/sites/savsjo',
    title: 'Sävsjö: julmarknad i Vrigstad på första advent',
    description: 'Välkommen till julmarknaden – kommunens verksamheter finns på plats med egna stånd.',
    published: '2026-11-26T10:00:00Z',
    audience: { kind: 'none' },
    themeKey: 'kulturnatt',
    story: {
      heading: 'Kommunen på plats',
      paragraphs: [
        'Julmarknaden i Vrigstad hålls på första advent, söndagen den 29 november, klockan 11–16.',
        'Biblioteket, Kultur och fritid och Räddningstjänsten finns på plats med egna stånd. Räddningstjänsten visar hur du byter batteri i brandvarnaren.',
        'Medarbetare som vill hjälpa till i kommunens stånd kan anmäla sig till Kultur och evenemang.',
      ],
    },
  },
  {
    key: 'vetlandaEveryone',
    sitePath: '/sites/vetlanda',
    title: 'Vetlanda: ljusfest på Stora torget',
    description: 'Tänd ljus tillsammans med kollegor och invånare när julbelysningen tänds.',
    published: '2026-11-27T12:00:00Z',
    audience: { kind: 'none' },
    themeKey: 'kulturnatt',
    story: {
      heading: 'Program',
      paragraphs: [
        'Julbelysningen på Stora torget tänds lördagen före första advent klockan 16.',
        'Kulturskolans elever sjunger, och det bjuds på glögg och pepparkakor från kommunens stånd.',
        'Alla medarbetare är välkomna att ta med familjen och fira tillsammans med invånarna.',
      ],
    },
  },
  {
    key: 'vetlandaManagers',
    sitePath: '/sites/vetlanda',
    title: 'Chefsinformation: budgetuppföljning för november',
    description: 'Till dig som är chef i Vetlanda kommun: underlag för månadens uppföljning.',
    published: '2026-11-24T14:00:00Z',
    audience: { kind: 'managers', municipalityId: 'vetlanda' },
    themeKey: 'budget',
    story: {
      heading: 'Så gör du',
      paragraphs: [
        'Novemberuppföljningen görs i uppföljningsverktyget och ska vara klar senast den 4 december.',
        'Skriv en kort kommentar om avvikelser mot budget och en prognos för helåret. Underlaget används i kommunstyrelsens uppföljning i december.',
        'Ekonomerna har extra telefontid för frågor om uppföljningen den här veckan.',
      ],
    },
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
    story: {
      heading: 'Inför dagen',
      paragraphs: [
        'Förskolan Solrosen har stängt för planering fredagen den 4 december. Vårdnadshavarna har fått information.',
        'Vi träffas klockan 8 i personalrummet. Förmiddagen ägnas åt vårens tema, eftermiddagen åt dokumentationen.',
        'Barn som behöver omsorg den dagen tas emot på Förskolan Blåklinten. Meddela behovet senast den 27 november.',
      ],
    },
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
    story: {
      heading: 'Varför tidigare?',
      paragraphs: [
        'Decemberlönen betalas ut före jul. Därför ska tidrapporter och avvikelser för december attesteras senast den 14 december i Sävsjö och Vetlanda.',
        'Det gäller även övertid och sjukfrånvaro. Det som rapporteras senare följer med januarilönen.',
        'Chefer får en påminnelse från lönesystemet den 11 december.',
      ],
    },
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
    story: {
      heading: 'Vad innebär den för dig?',
      paragraphs: [
        'Från den 1 januari gäller en gemensam riktlinje för distansarbete i Eksjö, Sävsjö och Vetlanda.',
        'Distansarbete kan beviljas när arbetsuppgifterna tillåter det, efter överenskommelse med chef. Överenskommelsen görs skriftligt och följs upp varje år.',
        'Arbetsmiljöansvaret gäller även när du arbetar hemifrån. Riktlinjen och blanketten för överenskommelsen finns i personalhandboken.',
      ],
    },
  },
];

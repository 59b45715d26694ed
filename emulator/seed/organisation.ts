/**
 * The organisation of the seeded tenant: municipalities, their förvaltningar and units.
 * This structure is fixed (the seed number varies the people and the news, not the org chart),
 * so group ids and the tenant configuration are the same for every seed.
 */

export type ForvaltningKind = 'soc' | 'buf' | 'sbf' | 'klf' | 'kof';

export interface UnitSeed {
  name: string;
  /** Typical head count; scaled so each municipality reaches its planned size. */
  size: number;
  staffTitles: readonly string[];
  managerTitle: string;
}

export interface ForvaltningSeed {
  kind: ForvaltningKind;
  name: string;
  chiefTitle: string;
  units: readonly UnitSeed[];
}

export interface MunicipalitySeed {
  id: string;
  name: string;
  shortName: string;
  emailDomain: string;
  hubPath: string;
  /** Swedish area code, used for seeded phone numbers. */
  areaCode: string;
  townHall: string;
  /** Villages and districts, for news about local places. */
  places: readonly string[];
  /** Employees to seed (personas come on top). */
  headcount: number;
  forvaltningar: readonly ForvaltningSeed[];
}

export const SHARED_SITE = { path: '/sites/gemensamt', title: 'Gemensamt', description: 'Nyheter och stöd för alla tre kommunerna.' } as const;
export const ROOT_SITE = { path: '/', title: 'Intranät', description: 'Ingång till kommunernas intranät.' } as const;

const CARE = ['undersköterska', 'undersköterska', 'undersköterska', 'vårdbiträde', 'sjuksköterska'] as const;
const PRESCHOOL = ['förskollärare', 'förskollärare', 'barnskötare', 'barnskötare', 'kock'] as const;
const SCHOOL = ['lärare', 'lärare', 'lärare', 'speciallärare', 'fritidspedagog', 'elevassistent'] as const;

function careUnit(name: string, size: number): UnitSeed {
  return { name, size, staffTitles: CARE, managerTitle: 'enhetschef' };
}
function preschool(name: string, size: number): UnitSeed {
  return { name, size, staffTitles: PRESCHOOL, managerTitle: 'rektor' };
}
function school(name: string, size: number): UnitSeed {
  return { name, size, staffTitles: SCHOOL, managerTitle: 'rektor' };
}

function socialforvaltningen(careUnits: UnitSeed[]): ForvaltningSeed {
  return {
    kind: 'soc',
    name: 'Socialförvaltningen',
    chiefTitle: 'socialchef',
    units: [
      ...careUnits,
      { name: 'LSS och socialpsykiatri', size: 14, staffTitles: ['stödassistent', 'boendestödjare', 'habiliteringsassistent'], managerTitle: 'enhetschef' },
      { name: 'Individ- och familjeomsorg', size: 12, staffTitles: ['socialsekreterare', 'socialsekreterare', 'familjebehandlare', 'biståndshandläggare'], managerTitle: 'enhetschef' },
      { name: 'Hälso- och sjukvård', size: 10, staffTitles: ['sjuksköterska', 'sjuksköterska', 'arbetsterapeut', 'fysioterapeut'], managerTitle: 'enhetschef' },
    ],
  };
}

function barnOchUtbildning(schools: UnitSeed[]): ForvaltningSeed {
  return {
    kind: 'buf',
    name: 'Barn- och utbildningsförvaltningen',
    chiefTitle: 'skolchef',
    units: [
      ...schools,
      { name: 'Elevhälsan', size: 7, staffTitles: ['skolsköterska', 'kurator', 'skolpsykolog', 'specialpedagog'], managerTitle: 'enhetschef' },
    ],
  };
}

function samhallsbyggnad(extra: UnitSeed[]): ForvaltningSeed {
  return {
    kind: 'sbf',
    name: 'Samhällsbyggnadsförvaltningen',
    chiefTitle: 'samhällsbyggnadschef',
    units: [
      { name: 'Plan och bygg', size: 8, staffTitles: ['bygglovshandläggare', 'planarkitekt', 'byggnadsinspektör'], managerTitle: 'enhetschef' },
      { name: 'Miljö och hälsa', size: 7, staffTitles: ['miljöinspektör', 'livsmedelsinspektör', 'miljöstrateg'], managerTitle: 'enhetschef' },
      { name: 'Gata och park', size: 11, staffTitles: ['drifttekniker', 'parkarbetare', 'anläggningsarbetare'], managerTitle: 'enhetschef' },
      { name: 'Måltidsservice', size: 12, staffTitles: ['kock', 'kock', 'måltidsbiträde'], managerTitle: 'kostchef' },
      ...extra,
    ],
  };
}

function kommunledning(extra: UnitSeed[]): ForvaltningSeed {
  return {
    kind: 'klf',
    name: 'Kommunledningsförvaltningen',
    chiefTitle: 'kommundirektör',
    units: [
      { name: 'Ekonomi', size: 7, staffTitles: ['ekonom', 'controller', 'redovisningsekonom'], managerTitle: 'ekonomichef' },
      { name: 'Lön och HR', size: 8, staffTitles: ['lönespecialist', 'lönespecialist', 'HR-specialist', 'HR-konsult'], managerTitle: 'HR-chef' },
      { name: 'Kommunikation', size: 4, staffTitles: ['kommunikatör', 'kommunikatör', 'webbredaktör'], managerTitle: 'kommunikationschef' },
      { name: 'Kansli', size: 5, staffTitles: ['nämndsekreterare', 'registrator', 'kommunsekreterare'], managerTitle: 'kanslichef' },
      ...extra,
    ],
  };
}

function kulturOchFritid(): ForvaltningSeed {
  return {
    kind: 'kof',
    name: 'Kultur- och fritidsförvaltningen',
    chiefTitle: 'kultur- och fritidschef',
    units: [
      { name: 'Biblioteket', size: 6, staffTitles: ['bibliotekarie', 'bibliotekarie', 'biblioteksassistent'], managerTitle: 'bibliotekschef' },
      { name: 'Fritid och anläggningar', size: 8, staffTitles: ['badvärd', 'fritidsledare', 'anläggningsskötare'], managerTitle: 'fritidschef' },
      { name: 'Kultur och evenemang', size: 4, staffTitles: ['kulturutvecklare', 'producent'], managerTitle: 'kulturchef' },
    ],
  };
}

const IT_UNIT: UnitSeed = { name: 'IT och digitalisering', size: 9, staffTitles: ['IT-tekniker', 'IT-tekniker', 'systemförvaltare', 'IT-strateg'], managerTitle: 'IT-chef' };

export const MUNICIPALITIES: readonly MunicipalitySeed[] = [
  {
    id: 'eksjo',
    name: 'Eksjö kommun',
    shortName: 'Eksjö',
    emailDomain: 'eksjo.se',
    hubPath: '/sites/eksjo',
    areaCode: '0381',
    townHall: 'Stadshuset, Eksjö',
    places: ['Eksjö', 'Mariannelund', 'Ingatorp', 'Hult', 'Bruzaholm', 'Hjältevad', 'Kvarnarp'],
    headcount: 225,
    forvaltningar: [
      socialforvaltningen([careUnit('Hemtjänst Norr', 16), careUnit('Hemtjänst Söder', 15), careUnit('Särskilt boende Lindgården', 18)]),
      barnOchUtbildning([preschool('Förskolan Humlan', 10), preschool('Förskolan Ekorren', 9), school('Skogsbrynets skola', 16), school('Stadsskolan', 18)]),
      samhallsbyggnad([]),
      kommunledning([IT_UNIT]),
      kulturOchFritid(),
    ],
  },
  {
    id: 'savsjo',
    name: 'Sävsjö kommun',
    shortName: 'Sävsjö',
    emailDomain: 'savsjo.se',
    hubPath: '/sites/savsjo',
    areaCode: '0382',
    townHall: 'Kommunhuset, Sävsjö',
    places: ['Sävsjö', 'Vrigstad', 'Stockaryd', 'Rörvik', 'Hjälmseryd', 'Hylletofta'],
    headcount: 160,
    forvaltningar: [
      socialforvaltningen([careUnit('Hemtjänst Sävsjö', 14), careUnit('Hemtjänst Vrigstad', 10), careUnit('Särskilt boende Fridhem', 15)]),
      barnOchUtbildning([preschool('Förskolan Tallbacken', 9), preschool('Förskolan Regnbågen', 8), school('Hofgårdsskolan', 15), school('Vrigstads skola', 10)]),
      samhallsbyggnad([]),
      kommunledning([]),
      kulturOchFritid(),
    ],
  },
  {
    id: 'vetlanda',
    name: 'Vetlanda kommun',
    shortName: 'Vetlanda',
    emailDomain: 'vetlanda.se',
    hubPath: '/sites/vetlanda',
    areaCode: '0383',
    townHall: 'Stadshuset, Vetlanda',
    places: ['Vetlanda', 'Ekenässjön', 'Holsbybrunn', 'Landsbro', 'Myresjö', 'Korsberga', 'Kvillsfors', 'Skirö'],
    headcount: 265,
    forvaltningar: [
      socialforvaltningen([
        careUnit('Hemtjänst Centrum', 17),
        careUnit('Hemtjänst Landsbygd', 14),
        careUnit('Särskilt boende Bäckaslöv', 18),
        careUnit('Särskilt boende Ädelsten', 15),
      ]),
      barnOchUtbildning([
        preschool('Förskolan Solrosen', 10),
        preschool('Förskolan Blåklinten', 9),
        preschool('Förskolan Stjärnan', 8),
        school('Withalaskolan', 18),
        school('Kvillsfors skola', 9),
      ]),
      samhallsbyggnad([{ name: 'Kart och GIS', size: 4, staffTitles: ['GIS-ingenjör', 'mätningstekniker'], managerTitle: 'enhetschef' }]),
      kommunledning([]),
      kulturOchFritid(),
    ],
  },
];

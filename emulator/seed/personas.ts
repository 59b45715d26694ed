/**
 * The fixed personas: present in every seed, with the same ids, so tests, the workbench and
 * anyone with curl can act as them (`Authorization: Bearer anna`).
 */
export interface PersonaPlacement {
  municipalityId: string;
  unit: string;
}

export interface PersonaSeed {
  key: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  /** Municipality of the account (its e-mail domain). */
  municipalityId: string;
  /** Units the persona works in; the first is the primary one. */
  placements: readonly PersonaPlacement[];
  /** A persona who manages the unit of its first placement. */
  managesUnit: boolean;
  /** Hub sites where the persona is an editor (site member and owner). */
  editorOf: readonly string[];
  summary: string;
}

export const PERSONAS: readonly PersonaSeed[] = [
  {
    key: 'anna',
    givenName: 'Anna',
    surname: 'Lindqvist',
    jobTitle: 'undersköterska',
    municipalityId: 'eksjo',
    placements: [{ municipalityId: 'eksjo', unit: 'Hemtjänst Norr' }],
    managesUnit: false,
    editorOf: [],
    summary: 'Employee in Eksjö (Socialförvaltningen / Hemtjänst Norr).',
  },
  {
    key: 'erik',
    givenName: 'Erik',
    surname: 'Johansson',
    jobTitle: 'enhetschef',
    municipalityId: 'eksjo',
    placements: [{ municipalityId: 'eksjo', unit: 'Hemtjänst Norr' }],
    managesUnit: true,
    editorOf: [],
    summary: 'Manager in Eksjö (Hemtjänst Norr), member of "Eksjö – chefer".',
  },
  {
    key: 'sara',
    givenName: 'Sara',
    surname: 'Nilsson',
    jobTitle: 'förskollärare',
    municipalityId: 'vetlanda',
    placements: [{ municipalityId: 'vetlanda', unit: 'Förskolan Solrosen' }],
    managesUnit: false,
    editorOf: [],
    summary: 'Employee in Vetlanda (Barn- och utbildningsförvaltningen / Förskolan Solrosen).',
  },
  {
    key: 'maria',
    givenName: 'Maria',
    surname: 'Berg',
    jobTitle: 'lönespecialist',
    municipalityId: 'savsjo',
    placements: [
      { municipalityId: 'savsjo', unit: 'Lön och HR' },
      { municipalityId: 'vetlanda', unit: 'Lön och HR' },
    ],
    managesUnit: false,
    editorOf: [],
    summary: 'Works for Sävsjö and Vetlanda (Kommunledningsförvaltningen / Lön och HR in both); e-mail in Sävsjö.',
  },
  {
    key: 'johan',
    givenName: 'Johan',
    surname: 'Ek',
    jobTitle: 'kommunikatör',
    municipalityId: 'vetlanda',
    placements: [{ municipalityId: 'vetlanda', unit: 'Kommunikation' }],
    managesUnit: false,
    editorOf: ['/sites/vetlanda'],
    summary: 'Editor of the Vetlanda hub (site owner and member), Kommunledningsförvaltningen / Kommunikation.',
  },
  {
    key: 'karin',
    givenName: 'Karin',
    surname: 'Holm',
    jobTitle: 'kommunikatör',
    municipalityId: 'savsjo',
    placements: [{ municipalityId: 'savsjo', unit: 'Kommunikation' }],
    managesUnit: false,
    editorOf: ['/sites/savsjo'],
    summary: 'Editor of the Sävsjö hub (site owner and member), Kommunledningsförvaltningen / Kommunikation.',
  },
  {
    key: 'per',
    givenName: 'Per',
    surname: 'Sandberg',
    jobTitle: 'förskolechef',
    municipalityId: 'vetlanda',
    placements: [{ municipalityId: 'vetlanda', unit: 'Förskolan Solrosen' }],
    managesUnit: true,
    editorOf: [],
    summary: 'Manager in Vetlanda (Förskolan Solrosen, Sara\'s manager), member of "Vetlanda – chefer".',
  },
];

/**
 * The personas the local tenant always seeds (emulator/seed/personas.ts); the token of each is
 * its key. Listed here with what the switcher shows: who they are and why they are interesting.
 */
export interface IPersona {
  key: string;
  name: string;
  title: string;
  /** Municipality or municipalities they work for. */
  place: string;
  /** What the persona demonstrates. */
  role: string;
  /** Their address, as the SharePoint page context tells it. */
  mail: string;
}

export const PERSONAS: IPersona[] = [
  { key: 'anna', name: 'Anna Lindqvist', title: 'Undersköterska', place: 'Eksjö', role: 'medarbetare', mail: 'anna.lindqvist@eksjo.se' },
  { key: 'erik', name: 'Erik Johansson', title: 'Enhetschef', place: 'Eksjö', role: 'chef', mail: 'erik.johansson@eksjo.se' },
  { key: 'sara', name: 'Sara Nilsson', title: 'Förskollärare', place: 'Vetlanda', role: 'medarbetare', mail: 'sara.nilsson@vetlanda.se' },
  { key: 'maria', name: 'Maria Berg', title: 'Lönespecialist', place: 'Sävsjö och Vetlanda', role: 'två kommuner', mail: 'maria.berg@savsjo.se' },
  { key: 'johan', name: 'Johan Ek', title: 'Kommunikatör', place: 'Vetlanda', role: 'redaktör', mail: 'johan.ek@vetlanda.se' },
  { key: 'per', name: 'Per Sandberg', title: 'Förskolechef', place: 'Vetlanda', role: 'chef', mail: 'per.sandberg@vetlanda.se' },
  { key: 'karin', name: 'Karin Holm', title: 'Kommunikatör', place: 'Sävsjö', role: 'redaktör', mail: 'karin.holm@savsjo.se' },
  { key: 'admin', name: 'Lena Forsberg', title: 'IT-administratör', place: 'Eksjö', role: 'administratör, i ingen grupp', mail: 'lena.forsberg@eksjo.se' }
];

export function personaByKey(key: string | null): IPersona {
  return PERSONAS.filter((persona) => persona.key === key)[0] || PERSONAS[0];
}

export function initials(name: string): string {
  return name.split(' ').map((part) => part.charAt(0)).join('').slice(0, 2).toUpperCase();
}

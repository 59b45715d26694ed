/**
 * The personas the local tenant always seeds (emulator/seed/personas.ts); the token of each is
 * its key. Listed here with what the switcher shows: who they are and why they are interesting.
 * Anyone else the tenant seeded signs in as `upn:<their address>`, as the tenant's tokens do.
 */
export interface IPersona {
  /** The token the workbench sends: a persona key, or `upn:<userPrincipalName>`. */
  key: string;
  name: string;
  title: string;
  /** Municipality or municipalities they work for. */
  place: string;
  /** What the persona demonstrates (empty for a person who is not one of the personas). */
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

/** Who the workbench signs in as when the address names nobody. */
export const DEFAULT_PERSONA = 'anna';

const UPN_PREFIX = 'upn:';

/**
 * The token `?persona=` asks for: a persona's key (any letter case), `upn:<address>` as written, or
 * anything else as written so that it can be reported as nobody. Only a missing or empty value is
 * the default persona: a name that is nobody is never silently someone else.
 */
export function personaToken(value: string | null): string {
  const token = (value || '').trim();
  if (token === '') {
    return DEFAULT_PERSONA;
  }
  const known = knownPersona(token);
  if (known) {
    return known.key;
  }
  return token.toLowerCase().startsWith(UPN_PREFIX) ? UPN_PREFIX + token.slice(UPN_PREFIX.length).trim() : token;
}

/** One of the listed personas, by key (any letter case). */
export function knownPersona(token: string): IPersona | undefined {
  const key = token.trim().toLowerCase();
  return PERSONAS.filter((persona) => persona.key === key)[0];
}

/** The address of `upn:<address>`; undefined for any other token. */
export function upnOf(token: string): string | undefined {
  return token.toLowerCase().startsWith(UPN_PREFIX) ? token.slice(UPN_PREFIX.length).trim() : undefined;
}

/** The address a token signs in with, as the page context would tell it; empty when it names nobody known here. */
export function personaMail(token: string): string {
  const known = knownPersona(token);
  return known ? known.mail : upnOf(token) || '';
}

/** Who a token is: a person, nobody the local tenant knows, or no answer from the tenant. */
export type PersonaLookup =
  | { kind: 'person'; persona: IPersona }
  | { kind: 'nobody'; token: string }
  | { kind: 'failed'; token: string; status: number };

export type FetchLike = (url: string, init: { headers: Record<string, string> }) => Promise<{ status: number; json(): Promise<unknown> }>;

/** The user's properties the suite bar shows; `companyName` is the municipality the account belongs to. */
const ME_SELECT = 'displayName,mail,userPrincipalName,jobTitle,companyName';

/**
 * Who a token signs in as. A listed persona is known without a request (the pages keep their
 * request counts); anyone else is asked of the local tenant as the services would ask Graph: `GET
 * /v1.0/me` with that token, which it answers 401 for a token that names nobody.
 */
export async function lookUpPersona(token: string, baseUrl: string, fetchImpl: FetchLike): Promise<PersonaLookup> {
  const known = knownPersona(token);
  if (known) {
    return { kind: 'person', persona: known };
  }
  let response: { status: number; json(): Promise<unknown> };
  try {
    response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/v1.0/me?$select=${ME_SELECT}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }
    });
  } catch {
    return { kind: 'failed', token, status: 0 };
  }
  if (response.status === 401 || response.status === 404) {
    return { kind: 'nobody', token };
  }
  if (response.status !== 200) {
    return { kind: 'failed', token, status: response.status };
  }
  const me = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const mail = me ? text(me.mail) || text(me.userPrincipalName) : '';
  const name = me ? text(me.displayName) || mail : '';
  if (!me || !name) {
    return { kind: 'failed', token, status: response.status };
  }
  return { kind: 'person', persona: { key: token, name, title: text(me.jobTitle), place: text(me.companyName), role: '', mail } };
}

/** Why the workbench shows no page for a token: in the workbench's language (`?lang=`). */
export function personaProblemText(lookup: Exclude<PersonaLookup, { kind: 'person' }>, lang: 'sv' | 'en'): string {
  const upn = upnOf(lookup.token);
  if (lookup.kind === 'nobody') {
    if (upn !== undefined) {
      return lang === 'en'
        ? `No one with the e-mail ${upn} exists in the demo tenant.`
        : `Ingen person med e-post ${upn} finns i demotenanten.`;
    }
    return lang === 'en'
      ? `No persona called "${lookup.token}" exists in the demo tenant. Choose one under Inloggad som, or use upn:<e-mail>.`
      : `Ingen persona som heter ”${lookup.token}” finns i demotenanten. Välj någon under ”Inloggad som” eller använd upn:<e-post>.`;
  }
  return lang === 'en'
    ? `The local tenant did not say who ${lookup.token} is${lookup.status ? ` (HTTP ${lookup.status})` : ''}. Is it running? Reload the page to try again.`
    : `Den lokala tenanten svarade inte på vem ${lookup.token} är${lookup.status ? ` (HTTP ${lookup.status})` : ''}. Körs den? Ladda om sidan för att försöka igen.`;
}

/** The suite bar's line: who is signed in and where they work. */
export function personaLabel(persona: IPersona): string {
  return persona.place ? `${persona.name}, ${persona.place}` : persona.name;
}

export function initials(name: string): string {
  return name.split(' ').map((part) => part.charAt(0)).join('').slice(0, 2).toUpperCase();
}

/**
 * Läs och bekräfta, the editors' view: who a must-read news item reaches, who has confirmed it,
 * counted per municipality and unit, and the reminder to those who have not. Pure: the service
 * (src/services/mustReadReportService.ts) reads the pages, groups, people and confirmations.
 */
import { stockholmDayNumber } from './dates';
import type { TenantConfig } from './municipality';
import { memberMunicipalityId, type AudienceMember } from './audienceMembers';

// Who an audience group's people are, each once: shared with Samverka's reach (src/core/reuse.ts).
export { uniqueMembers } from './audienceMembers';
export type { AudienceMember } from './audienceMembers';

/** A person of a page's audience, with their municipality and whether (when) they confirmed. */
export interface MustReadPerson extends AudienceMember {
  /** By the e-mail domain of their account (as Samverka decides a home municipality); null when none matches. */
  municipalityId: string | null;
  /** Whether they have confirmed the page (when is not kept in the editors' summary: src/core/confirmationSummary.ts). */
  confirmed: boolean;
}

export interface UnitTally {
  /** The department; '' for people whose account names none. */
  unit: string;
  audience: number;
  confirmed: number;
}

export interface MunicipalityTally {
  /** null: people whose address is of no configured municipality. */
  municipalityId: string | null;
  audience: number;
  confirmed: number;
  /** Adds up to the municipality's audience and confirmed. */
  units: UnitTally[];
}

export interface ReadTally {
  /** People in the audience, each once however many of its groups they are in. */
  audience: number;
  confirmed: number;
  /** confirmed / audience, 0 for an empty audience. */
  share: number;
  /** Adds up to audience and confirmed. */
  byMunicipality: MunicipalityTally[];
}

const unitOrder = new Intl.Collator('sv');

/** An audience's people with their municipality, worked out once for every item the same groups are the audience of. */
export interface PlacedAudience {
  people: ReadonlyArray<AudienceMember & { municipalityId: string | null }>;
  /** Each person's user principal name in lower case, as confirmations are stored: `keys[i]` is `people[i]`'s. */
  keys: readonly string[];
}

export function placeAudience(config: TenantConfig, members: readonly AudienceMember[]): PlacedAudience {
  return {
    people: members.map(member => ({ ...member, municipalityId: memberMunicipalityId(config, member) })),
    keys: members.map(member => member.userPrincipalName.toLowerCase())
  };
}

/** An item's tally from its placed audience and who has confirmed it, without a copy of each person per item. */
export function tallyAudience(audience: PlacedAudience, confirmed: ReadonlySet<string>, municipalityOrder: readonly string[]): ReadTally {
  return tally(audience.people, i => confirmed.has(audience.keys[i]), municipalityOrder);
}

/** The people of an item with whether each has confirmed (its detail, and Påminn). */
export function confirmedPeople(audience: PlacedAudience, confirmed: ReadonlySet<string>): MustReadPerson[] {
  return audience.people.map((person, i) => ({ ...person, confirmed: confirmed.has(audience.keys[i]) }));
}

/**
 * Audience and confirmed in all, per municipality (configuration order, then people of none)
 * and per unit within it (by name, people without a unit last). Every person is counted in
 * exactly one municipality and one unit, so the parts add up to the whole.
 */
export function tallyConfirmations(people: readonly MustReadPerson[], municipalityOrder: readonly string[]): ReadTally {
  return tally(people, i => people[i].confirmed, municipalityOrder);
}

function tally(people: ReadonlyArray<{ municipalityId: string | null; department: string }>, isConfirmed: (index: number) => boolean, municipalityOrder: readonly string[]): ReadTally {
  const byMunicipality: Record<string, { audience: number; confirmed: number; units: Record<string, UnitTally> }> = {};
  let confirmed = 0;
  for (let index = 0; index < people.length; index++) {
    const person = people[index];
    const mKey = person.municipalityId === null ? '' : person.municipalityId;
    const m = byMunicipality[mKey] || (byMunicipality[mKey] = { audience: 0, confirmed: 0, units: {} });
    const unit = (person.department || '').trim();
    const u = m.units[unit] || (m.units[unit] = { unit, audience: 0, confirmed: 0 });
    m.audience++;
    u.audience++;
    if (isConfirmed(index)) {
      confirmed++;
      m.confirmed++;
      u.confirmed++;
    }
  }
  const keys = municipalityOrder.filter(id => byMunicipality[id])
    .concat(Object.keys(byMunicipality).filter(id => id !== '' && municipalityOrder.indexOf(id) < 0).sort())
    .concat(byMunicipality[''] ? [''] : []);
  return {
    audience: people.length,
    confirmed,
    share: people.length === 0 ? 0 : confirmed / people.length,
    byMunicipality: keys.map(key => {
      const m = byMunicipality[key];
      const units = Object.keys(m.units).map(name => m.units[name])
        .sort((a, b) => (a.unit === '' ? 1 : 0) - (b.unit === '' ? 1 : 0) || unitOrder.compare(a.unit, b.unit));
      return { municipalityId: key === '' ? null : key, audience: m.audience, confirmed: m.confirmed, units };
    })
  };
}

/** Those who have not confirmed, by municipality, unit and name. */
export function notConfirmed(people: readonly MustReadPerson[], municipalityOrder: readonly string[]): MustReadPerson[] {
  const rank = (id: string | null): number => {
    const i = id === null ? -1 : municipalityOrder.indexOf(id);
    return i < 0 ? municipalityOrder.length : i;
  };
  return people.filter(p => !p.confirmed).sort((a, b) => rank(a.municipalityId) - rank(b.municipalityId)
    || (a.department ? 0 : 1) - (b.department ? 0 : 1) || unitOrder.compare(a.department, b.department)
    || unitOrder.compare(a.displayName, b.displayName));
}

/**
 * Whether a must-read item is past its day: `readBy` is a date-only column (SharePoint stores
 * the day's Stockholm midnight in UTC), so the item is overdue from the next day in Stockholm.
 */
export function isOverdue(readBy: string | undefined | null, now: Date): boolean {
  if (!readBy) {
    return false;
  }
  const due = new Date(readBy);
  if (isNaN(due.getTime())) {
    return false;
  }
  return stockholmDayNumber(now) > stockholmDayNumber(due);
}

/**
 * Recipients per message: Exchange Online's default recipient limit is 500 per message (Exchange
 * Online limits, "Sending limits"), so a reminder to more goes as several messages.
 */
export const MAIL_RECIPIENT_LIMIT = 500;

/**
 * The most people a reminder by Teams chat goes to. The chat is a Teams deep link that opens a new
 * group chat with everyone in it and the message in the editor's compose box: every address is in the
 * link, and a chat of more is a broadcast that the mail does better (and without everyone's replies
 * reaching everyone). Teams' own limit for a group chat is far above it.
 */
export const CHAT_MEMBER_LIMIT = 20;

/** A Graph `message` for `POST /me/sendMail`. */
export interface ReminderMessage {
  subject: string;
  body: { contentType: 'Text'; content: string };
  bccRecipients: Array<{ emailAddress: { address: string; name?: string } }>;
}

/**
 * The reminder as mails from the editor's own mailbox: the recipients in Bcc (they do not see
 * each other's addresses, nor reply to all), at most MAIL_RECIPIENT_LIMIT a message. Each person once.
 */
export function reminderMessages(people: readonly MustReadPerson[], subject: string, text: string, limit = MAIL_RECIPIENT_LIMIT): ReminderMessage[] {
  const addresses = uniqueAddresses(people);
  const messages: ReminderMessage[] = [];
  for (let start = 0; start < addresses.length; start += limit) {
    messages.push({
      subject,
      body: { contentType: 'Text', content: text },
      bccRecipients: addresses.slice(start, start + limit).map(a => ({ emailAddress: a }))
    });
  }
  return messages;
}

/** A Teams deep link to a new group chat with the people, the message in the compose box; null above the limit. */
export function reminderChatLink(people: readonly MustReadPerson[], topic: string, message: string): string | null {
  const upns = people.map(p => p.userPrincipalName).filter((u, i, all) => !!u && all.indexOf(u) === i);
  if (upns.length === 0 || upns.length > CHAT_MEMBER_LIMIT) {
    return null;
  }
  return `https://teams.microsoft.com/l/chat/0/0?users=${upns.map(encodeURIComponent).join(',')}`
    + `&topicName=${encodeURIComponent(topic)}&message=${encodeURIComponent(message)}`;
}

function uniqueAddresses(people: readonly MustReadPerson[]): Array<{ address: string; name?: string }> {
  const seen: Record<string, true> = {};
  const out: Array<{ address: string; name?: string }> = [];
  for (const p of people) {
    const address = (p.mail || p.userPrincipalName).trim();
    const key = address.toLowerCase();
    if (address && !seen[key]) {
      seen[key] = true;
      out.push(p.displayName ? { address, name: p.displayName } : { address });
    }
  }
  return out;
}

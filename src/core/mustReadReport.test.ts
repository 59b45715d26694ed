import {
  AudienceMember, CHAT_MEMBER_LIMIT, confirmedPeople, isOverdue, MustReadPerson, notConfirmed, placeAudience, reminderChatLink, reminderMessages,
  tallyAudience, tallyConfirmations, uniqueMembers
} from './mustReadReport';
import type { TenantConfig } from './municipality';

const CONFIG: TenantConfig = {
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' },
  municipalities: [
    { id: 'savsjo', name: 'Sävsjö kommun', shortName: 'Sävsjö', hubPath: '/sites/savsjo', emailDomain: 'savsjo.se', groups: { root: 'r1', allStaff: 'a1', managers: 'm1' } },
    { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: 'r2', allStaff: 'a2', managers: 'm2' } }
  ]
};
const ORDER = ['savsjo', 'vetlanda'];

function member(id: string, name: string, mail: string, department: string): AudienceMember {
  return { id, displayName: name, userPrincipalName: mail, mail, department };
}

const PER = member('u1', 'Per Sandberg', 'per.sandberg@vetlanda.se', 'Förskola Norr');
const LISA = member('u2', 'Lisa Ek', 'lisa.ek@vetlanda.se', 'Förskola Norr');
const OLA = member('u3', 'Ola Berg', 'ola.berg@vetlanda.se', 'Hemtjänst');
const MARIA = member('u4', 'Maria Berg', 'maria.berg@savsjo.se', 'Löneenheten');
const GUEST = member('u5', 'Gäst', 'gast@example.org', '');

describe('must-read report: the audience', () => {
  it('counts a person in two of the audience\'s groups once', () => {
    const managers = [PER, LISA];
    const preschool = [{ ...PER }, OLA];
    const people = uniqueMembers([managers, preschool]);
    expect(people.map(p => p.id)).toEqual(['u1', 'u2', 'u3']);
    const tally = tallyConfirmations(confirmedPeople(placeAudience(CONFIG, people), new Set()), ORDER);
    expect(tally.audience).toBe(3);
  });

  it('matches confirmations by user principal name whatever its case', () => {
    const people = confirmedPeople(placeAudience(CONFIG, [PER, LISA]), new Set(['per.sandberg@vetlanda.se']));
    expect(people.map(p => p.confirmed)).toEqual([true, false]);
    const upper = confirmedPeople(placeAudience(CONFIG, [{ ...PER, userPrincipalName: 'Per.Sandberg@Vetlanda.se' }]), new Set(['per.sandberg@vetlanda.se']));
    expect(upper[0].confirmed).toBe(true);
  });

  it('tallies a placed audience by a set of readers as it tallies the same people each marked', () => {
    const audience = placeAudience(CONFIG, [PER, LISA, OLA, MARIA, GUEST]);
    const confirmed = new Set(['per.sandberg@vetlanda.se', 'maria.berg@savsjo.se', 'someone.else@vetlanda.se']);
    expect(tallyAudience(audience, confirmed, ORDER)).toEqual(tallyConfirmations(confirmedPeople(audience, confirmed), ORDER));
    expect(tallyAudience(audience, confirmed, ORDER).confirmed).toBe(2);
  });

  it('counts per municipality and unit so that the parts add up to the audience and the confirmed', () => {
    const people = confirmedPeople(placeAudience(CONFIG, [PER, LISA, OLA, MARIA, GUEST]), new Set(['per.sandberg@vetlanda.se', 'maria.berg@savsjo.se']));
    const tally = tallyConfirmations(people, ORDER);
    expect(tally).toMatchObject({ audience: 5, confirmed: 2, share: 0.4 });
    expect(tally.byMunicipality.map(m => [m.municipalityId, m.audience, m.confirmed])).toEqual([['savsjo', 1, 1], ['vetlanda', 3, 1], [null, 1, 0]]);
    const vetlanda = tally.byMunicipality[1];
    expect(vetlanda.units).toEqual([
      { unit: 'Förskola Norr', audience: 2, confirmed: 1 },
      { unit: 'Hemtjänst', audience: 1, confirmed: 0 }
    ]);
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    expect(sum(tally.byMunicipality.map(m => m.audience))).toBe(tally.audience);
    expect(sum(tally.byMunicipality.map(m => m.confirmed))).toBe(tally.confirmed);
    for (const m of tally.byMunicipality) {
      expect(sum(m.units.map(u => u.audience))).toBe(m.audience);
      expect(sum(m.units.map(u => u.confirmed))).toBe(m.confirmed);
    }
    expect(tallyConfirmations([], ORDER)).toEqual({ audience: 0, confirmed: 0, share: 0, byMunicipality: [] });
  });

  it('lists who has not confirmed by municipality, unit and name', () => {
    const people = confirmedPeople(placeAudience(CONFIG, [OLA, PER, GUEST, LISA, MARIA]), new Set(['per.sandberg@vetlanda.se']));
    expect(notConfirmed(people, ORDER).map(p => p.displayName)).toEqual(['Maria Berg', 'Lisa Ek', 'Ola Berg', 'Gäst']);
  });
});

describe('must-read report: overdue', () => {
  // "2026-12-04" as SharePoint stores a date-only column of a Swedish site.
  const READ_BY = '2026-12-03T23:00:00Z';
  it('is overdue from the day after the due day in Stockholm, not on it', () => {
    expect(isOverdue(READ_BY, new Date('2026-12-04T22:59:00Z'))).toBe(false);
    expect(isOverdue(READ_BY, new Date('2026-12-04T23:00:00Z'))).toBe(true);
    expect(isOverdue(undefined, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue('not a date', new Date())).toBe(false);
  });
});

describe('must-read report: the reminder', () => {
  const people = (n: number): MustReadPerson[] => Array.from({ length: n }, (_, i) => ({
    ...member(`id${i}`, `Person ${i}`, `p${i}@vetlanda.se`, 'Enhet'), municipalityId: 'vetlanda', confirmed: false
  }));

  it('mails everyone once, in Bcc, at most 500 a message', () => {
    const all = people(1001);
    const messages = reminderMessages(all.concat([all[0]]), 'Påminnelse', 'Läs');
    expect(messages.map(m => m.bccRecipients.length)).toEqual([500, 500, 1]);
    const addresses = ([] as string[]).concat(...messages.map(m => m.bccRecipients.map(r => r.emailAddress.address)));
    expect(new Set(addresses).size).toBe(1001);
    expect(messages[0]).toMatchObject({ subject: 'Påminnelse', body: { contentType: 'Text', content: 'Läs' } });
    expect(reminderMessages([], 's', 't')).toEqual([]);
  });

  it('offers a Teams chat for a small group only, with every person in it', () => {
    const link = reminderChatLink(people(3), 'Läs: <b>"x"</b>', 'Hej & välkommen');
    expect(link).toBe('https://teams.microsoft.com/l/chat/0/0?users=p0%40vetlanda.se,p1%40vetlanda.se,p2%40vetlanda.se'
      + `&topicName=${encodeURIComponent('Läs: <b>"x"</b>')}&message=${encodeURIComponent('Hej & välkommen')}`);
    expect(reminderChatLink(people(CHAT_MEMBER_LIMIT), 't', 'm')).not.toBeNull();
    expect(reminderChatLink(people(CHAT_MEMBER_LIMIT + 1), 't', 'm')).toBeNull();
    expect(reminderChatLink([], 't', 'm')).toBeNull();
  });
});

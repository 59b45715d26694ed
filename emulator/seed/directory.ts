import { ADMIN_UPN } from '../provisioning/seed.ts';
import { Random, guidFromName } from './random.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES, asciiSlug, emailLocalPart } from './names.ts';
import { MUNICIPALITIES } from './organisation.ts';
import type { ForvaltningSeed, MunicipalitySeed, UnitSeed } from './organisation.ts';
import { PERSONAS } from './personas.ts';
import type { PersonaSeed } from './personas.ts';

/** The Entra side of the seed: nested groups and the people in them. */

export type GroupKind = 'root' | 'allStaff' | 'managers' | 'forvaltning' | 'unit';

export interface SeedGroup {
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  kind: GroupKind;
  municipalityId: string;
  /** For förvaltning and unit groups: the förvaltning's name. */
  forvaltning?: string;
  forvaltningKind?: string;
  /** For unit groups: the unit's name. */
  unit?: string;
  /** Ids of the groups this group is a direct member of. */
  parentIds: string[];
}

export interface SeedEmployment {
  municipalityId: string;
  forvaltning: string;
  unit: string | null;
  /** The group the person is a direct member of for this employment (unit, or förvaltning for chiefs). */
  groupId: string;
  jobTitle: string;
  primary: boolean;
}

export interface SeedUser {
  id: string;
  givenName: string;
  surname: string;
  displayName: string;
  userPrincipalName: string;
  mail: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  companyName: string;
  businessPhone: string;
  mobilePhone: string;
  municipalityId: string;
  managerId: string | null;
  isManager: boolean;
  personaKey: string | null;
  employments: SeedEmployment[];
}

export interface Directory {
  groups: SeedGroup[];
  users: SeedUser[];
  groupById: Map<string, SeedGroup>;
  /** Group id by key, e.g. "eksjo:allStaff", "eksjo:forv:soc", "eksjo:unit:Hemtjänst Norr". */
  groupIdByKey: Map<string, string>;
}

export function groupKey(municipalityId: string, kind: 'root' | 'allStaff' | 'managers'): string;
export function groupKey(municipalityId: string, kind: 'forv', forvaltningKind: string): string;
export function groupKey(municipalityId: string, kind: 'unit', unitName: string): string;
export function groupKey(municipalityId: string, kind: string, name?: string): string {
  return name === undefined ? `${municipalityId}:${kind}` : `${municipalityId}:${kind}:${name}`;
}

function buildGroups(): Pick<Directory, 'groups' | 'groupById' | 'groupIdByKey'> {
  const groups: SeedGroup[] = [];
  const groupIdByKey = new Map<string, string>();
  const add = (key: string, group: Omit<SeedGroup, 'id'>): SeedGroup => {
    const full: SeedGroup = { id: guidFromName(`group:${key}`), ...group };
    groups.push(full);
    groupIdByKey.set(key, full.id);
    return full;
  };
  for (const m of MUNICIPALITIES) {
    const root = add(groupKey(m.id, 'root'), {
      displayName: m.name,
      description: `Alla grupper i ${m.name}.`,
      mailNickname: asciiSlug(m.name),
      kind: 'root',
      municipalityId: m.id,
      parentIds: [],
    });
    const allStaff = add(groupKey(m.id, 'allStaff'), {
      displayName: `${m.shortName} – alla medarbetare`,
      description: `Alla medarbetare i ${m.name}.`,
      mailNickname: `${m.id}-alla-medarbetare`,
      kind: 'allStaff',
      municipalityId: m.id,
      parentIds: [root.id],
    });
    add(groupKey(m.id, 'managers'), {
      displayName: `${m.shortName} – chefer`,
      description: `Alla chefer i ${m.name}.`,
      mailNickname: `${m.id}-chefer`,
      kind: 'managers',
      municipalityId: m.id,
      parentIds: [root.id],
    });
    for (const f of m.forvaltningar) {
      const forv = add(groupKey(m.id, 'forv', f.kind), {
        displayName: `${m.shortName} – ${f.name}`,
        description: `Medarbetare i ${f.name}, ${m.name}.`,
        mailNickname: `${m.id}-${asciiSlug(f.name)}`,
        kind: 'forvaltning',
        municipalityId: m.id,
        forvaltning: f.name,
        forvaltningKind: f.kind,
        parentIds: [allStaff.id],
      });
      for (const u of f.units) {
        add(groupKey(m.id, 'unit', u.name), {
          displayName: `${m.shortName} – ${u.name}`,
          description: `${u.name}, ${f.name}, ${m.name}.`,
          mailNickname: `${m.id}-${asciiSlug(u.name)}`,
          kind: 'unit',
          municipalityId: m.id,
          forvaltning: f.name,
          forvaltningKind: f.kind,
          unit: u.name,
          parentIds: [forv.id],
        });
      }
    }
  }
  return { groups, groupById: new Map(groups.map((g) => [g.id, g])), groupIdByKey };
}

/** Hands out unique e-mail addresses per domain: anna.lindqvist, anna.lindqvist2, ... */
class AddressBook {
  private readonly taken = new Set<string>();

  reserve(address: string): void {
    this.taken.add(address.toLowerCase());
  }

  next(givenName: string, surname: string, domain: string): string {
    const local = emailLocalPart(givenName, surname);
    for (let n = 1; ; n++) {
      const address = `${local}${n === 1 ? '' : n}@${domain}`;
      if (!this.taken.has(address)) {
        this.taken.add(address);
        return address;
      }
    }
  }
}

function phone(random: Random, areaCode: string): string {
  return `+46 ${areaCode.slice(1)}-${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`;
}

function mobile(random: Random): string {
  return `+46 7${random.pick(['0', '2', '3', '6'])}-${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`;
}

/** Splits a municipality's head count over its units, by each unit's typical size. */
function unitStaffCounts(random: Random, m: MunicipalitySeed, headcount: number): Map<UnitSeed, number> {
  const units = m.forvaltningar.flatMap((f) => f.units);
  const managerSlots = units.length + m.forvaltningar.length;
  const staffTotal = headcount - managerSlots;
  const weights = units.map((u) => u.size * (0.85 + random.next() * 0.3));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(2, Math.round((w / weightSum) * staffTotal)));
  // Rounding drift goes to (or comes from) the largest units, keeping the total exact.
  let drift = staffTotal - counts.reduce((a, b) => a + b, 0);
  const bySize = units.map((_, i) => i).sort((a, b) => weights[b] - weights[a]);
  for (let i = 0; drift !== 0; i = (i + 1) % bySize.length) {
    const step = drift > 0 ? 1 : -1;
    if (counts[bySize[i]] + step >= 2) {
      counts[bySize[i]] += step;
      drift -= step;
    }
  }
  return new Map(units.map((u, i) => [u, counts[i]]));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Builds the directory for a seed. Personas are placed first (their addresses are reserved), then
 * each municipality is staffed unit by unit, then some staff get employments in a second or
 * third municipality (shared services).
 */
/**
 * Each municipality's head count: as planned (about 650 in all), or, with `people`, scaled so the
 * three together have that many (`--people 10000`: Läs och bekräfta at the scale of all staff).
 */
export function headcounts(people?: number): Map<string, number> {
  const planned = MUNICIPALITIES.reduce((sum, m) => sum + m.headcount, 0);
  if (people === undefined || people === planned) return new Map(MUNICIPALITIES.map((m) => [m.id, m.headcount]));
  const counts = MUNICIPALITIES.map((m) => Math.round((m.headcount * people) / planned));
  counts[counts.length - 1] += people - counts.reduce((a, b) => a + b, 0);
  return new Map(MUNICIPALITIES.map((m, i) => [m.id, counts[i]]));
}

export function buildDirectory(seed: number, people?: number): Directory {
  const heads = headcounts(people);
  const { groups, groupById, groupIdByKey } = buildGroups();
  const random = new Random(seed, 'directory');
  const addresses = new AddressBook();
  const users: SeedUser[] = [];
  let generated = 0;

  for (const p of PERSONAS) {
    addresses.reserve(personaAddress(p));
  }
  addresses.reserve(ADMIN_UPN);

  const personaByUnit = new Map<string, PersonaSeed[]>();
  for (const p of PERSONAS) {
    const first = p.placements[0];
    const key = groupKey(first.municipalityId, 'unit', first.unit);
    personaByUnit.set(key, [...(personaByUnit.get(key) ?? []), p]);
  }

  const newPerson = (m: MunicipalitySeed, f: ForvaltningSeed, unit: UnitSeed | null, jobTitle: string, managerId: string | null, isManager: boolean): SeedUser => {
    const female = random.chance(0.62); // municipal workforces are mostly women
    const givenName = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const surname = random.pick(SURNAMES);
    const address = addresses.next(givenName, surname, m.emailDomain);
    const groupId = unit ? groupIdByKey.get(groupKey(m.id, 'unit', unit.name))! : groupIdByKey.get(groupKey(m.id, 'forv', f.kind))!;
    generated += 1;
    return {
      id: guidFromName(`user:${seed}:${generated}`),
      givenName,
      surname,
      displayName: `${givenName} ${surname}`,
      userPrincipalName: address,
      mail: address,
      jobTitle: capitalise(jobTitle),
      department: f.name,
      officeLocation: unit ? `${unit.name}, ${m.shortName}` : m.townHall,
      companyName: m.name,
      businessPhone: phone(random, m.areaCode),
      mobilePhone: mobile(random),
      municipalityId: m.id,
      managerId,
      isManager,
      personaKey: null,
      employments: [{ municipalityId: m.id, forvaltning: f.name, unit: unit?.name ?? null, groupId, jobTitle: capitalise(jobTitle), primary: true }],
    };
  };

  const personaUser = (p: PersonaSeed, managerId: string | null): SeedUser => {
    const home = MUNICIPALITIES.find((m) => m.id === p.municipalityId)!;
    const employments = p.placements.map((placement, i): SeedEmployment => {
      const unitGroup = groupById.get(groupIdByKey.get(groupKey(placement.municipalityId, 'unit', placement.unit))!)!;
      return {
        municipalityId: placement.municipalityId,
        forvaltning: unitGroup.forvaltning!,
        unit: placement.unit,
        groupId: unitGroup.id,
        jobTitle: capitalise(p.jobTitle),
        primary: i === 0,
      };
    });
    const address = personaAddress(p);
    return {
      id: guidFromName(`user:persona:${p.key}`),
      givenName: p.givenName,
      surname: p.surname,
      displayName: `${p.givenName} ${p.surname}`,
      userPrincipalName: address,
      mail: address,
      jobTitle: capitalise(p.jobTitle),
      department: employments[0].forvaltning,
      officeLocation: `${p.placements[0].unit}, ${home.shortName}`,
      companyName: home.name,
      businessPhone: `+46 ${home.areaCode.slice(1)}-10 00 ${String(10 + PERSONAS.indexOf(p)).padStart(2, '0')}`,
      mobilePhone: `+46 70-100 00 ${String(10 + PERSONAS.indexOf(p)).padStart(2, '0')}`,
      municipalityId: home.id,
      managerId,
      isManager: p.managesUnit,
      personaKey: p.key,
      employments,
    };
  };

  const unitManagerIds = new Map<string, string>();
  for (const m of MUNICIPALITIES) {
    const counts = unitStaffCounts(random, m, heads.get(m.id)!);
    const klf = m.forvaltningar.find((f) => f.kind === 'klf')!;
    const director = newPerson(m, klf, null, klf.chiefTitle, null, true);
    users.push(director);
    for (const f of m.forvaltningar) {
      const chief = f === klf ? director : newPerson(m, f, null, f.chiefTitle, director.id, true);
      if (chief !== director) users.push(chief);
      for (const u of f.units) {
        const key = groupKey(m.id, 'unit', u.name);
        const personas = personaByUnit.get(key) ?? [];
        const managingPersona = personas.find((p) => p.managesUnit);
        const manager = managingPersona ? personaUser(managingPersona, chief.id) : newPerson(m, f, u, u.managerTitle, chief.id, true);
        users.push(manager);
        unitManagerIds.set(key, manager.id);
        for (const p of personas.filter((p) => !p.managesUnit)) users.push(personaUser(p, manager.id));
        for (let i = 0; i < counts.get(u)!; i++) users.push(newPerson(m, f, u, random.pick(u.staffTitles), manager.id, false));
      }
    }
  }

  // Personas placed in a unit of another municipality as well (maria) get that employment already;
  // now give some generated staff of shared services a second or third municipality.
  const sharedUnitNames = commonUnitNames();
  const candidates = users.filter((u) => !u.isManager && !u.personaKey && u.employments[0].unit && sharedUnitNames.has(u.employments[0].unit));
  for (const person of random.sample(candidates, 12)) {
    const others = MUNICIPALITIES.filter((m) => m.id !== person.municipalityId);
    const extra = random.chance(0.35) ? others : [random.pick(others)];
    for (const m of extra) {
      const unit = person.employments[0].unit!;
      const groupId = groupIdByKey.get(groupKey(m.id, 'unit', unit))!;
      person.employments.push({ municipalityId: m.id, forvaltning: person.employments[0].forvaltning, unit, groupId, jobTitle: person.jobTitle, primary: false });
    }
  }

  return { groups, users, groupById, groupIdByKey };
}

function personaAddress(p: PersonaSeed): string {
  const domain = MUNICIPALITIES.find((m) => m.id === p.municipalityId)!.emailDomain;
  return `${emailLocalPart(p.givenName, p.surname)}@${domain}`;
}

/** Units that every municipality has (shared services can work in each). */
function commonUnitNames(): Set<string> {
  const sets = MUNICIPALITIES.map((m) => new Set(m.forvaltningar.flatMap((f) => f.units.map((u) => u.name))));
  return new Set([...sets[0]].filter((name) => sets.every((s) => s.has(name))));
}

/** Direct memberships: (group id, member id, member type). */
export function memberships(directory: Directory): Array<{ groupId: string; memberId: string; memberType: 'group' | 'user' }> {
  const rows: Array<{ groupId: string; memberId: string; memberType: 'group' | 'user' }> = [];
  for (const g of directory.groups) {
    for (const parent of g.parentIds) rows.push({ groupId: parent, memberId: g.id, memberType: 'group' });
  }
  for (const u of directory.users) {
    const groupIds = new Set(u.employments.map((e) => e.groupId));
    if (u.isManager) groupIds.add(directory.groupIdByKey.get(groupKey(u.municipalityId, 'managers'))!);
    for (const groupId of groupIds) rows.push({ groupId, memberId: u.id, memberType: 'user' });
  }
  return rows;
}

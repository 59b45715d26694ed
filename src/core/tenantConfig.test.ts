import { boostPolicyOf } from './newsRanking';
import { isTenantConfigError, parseTenantConfig, TenantConfigError } from './tenantConfig';

const EKSJO_ROOT = '11111111-1111-4111-8111-111111111111';

function validConfig(): Record<string, unknown> {
  return {
    municipalities: [
      {
        id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo/', emailDomain: 'Eksjo.se',
        groups: { root: EKSJO_ROOT.toUpperCase(), allStaff: '11111111-1111-4111-8111-111111111112', managers: '11111111-1111-4111-8111-111111111113' }
      },
      {
        id: 'vetlanda', name: 'Vetlanda kommun', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se',
        groups: { root: '22222222-2222-4222-8222-222222222221', allStaff: '22222222-2222-4222-8222-222222222222', managers: '22222222-2222-4222-8222-222222222223' }
      }
    ],
    sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
  };
}

function problemsOf(json: unknown): TenantConfigError {
  try {
    parseTenantConfig(json);
  } catch (e) {
    if (isTenantConfigError(e)) {
      return e;
    }
    throw e;
  }
  throw new Error('expected a TenantConfigError');
}

describe('parseTenantConfig', () => {
  it('reads a valid configuration, from JSON text or a parsed value, normalising paths, domains and ids', () => {
    for (const input of [validConfig(), JSON.stringify(validConfig())]) {
      const config = parseTenantConfig(input);
      expect(config.municipalities.map(m => m.id)).toEqual(['eksjo', 'vetlanda']);
      const eksjo = config.municipalities[0];
      expect(eksjo.hubPath).toBe('/sites/eksjo');
      expect(eksjo.emailDomain).toBe('eksjo.se');
      expect(eksjo.groups.root).toBe(EKSJO_ROOT);
      expect(eksjo.shortName).toBe('Eksjö');
      expect(config.sharedSite).toEqual({ path: '/sites/gemensamt', title: 'Gemensamt' });
    }
  });

  it('reads how many days after publishing a boost ends at the latest, 14 when not set', () => {
    expect(parseTenantConfig(validConfig()).boostMaxDays).toBeUndefined();
    expect(boostPolicyOf(2, parseTenantConfig(validConfig()))).toEqual({ limit: 2, maxDays: 14 });
    const config = parseTenantConfig({ ...validConfig(), boostMaxDays: 30 });
    expect(config.boostMaxDays).toBe(30);
    expect(boostPolicyOf(0, config)).toEqual({ limit: 0, maxDays: 30 });
    expect(parseTenantConfig({ ...validConfig(), boostMaxDays: 365 }).boostMaxDays).toBe(365);
    for (const bad of [0, 366, 7.5, '14', null]) {
      expect(problemsOf({ ...validConfig(), boostMaxDays: bad }).problems)
        .toEqual([`boostMaxDays: a whole number of days from 1 to 365 (got ${JSON.stringify(bad)})`]);
    }
  });

  it('reads Sök\'s shortcuts: a title and an https or server-relative address each, at most eight', () => {
    expect(parseTenantConfig(validConfig()).searchShortcuts).toBeUndefined();
    const links = [{ title: ' Lönespecifikation ', url: 'https://heroma.example.se/' }, { title: 'Personalhandboken', url: '/sites/gemensamt/SitePages/Personalhandboken.aspx' }];
    expect(parseTenantConfig({ ...validConfig(), searchShortcuts: links }).searchShortcuts).toEqual([
      { title: 'Lönespecifikation', url: 'https://heroma.example.se/' }, { title: 'Personalhandboken', url: '/sites/gemensamt/SitePages/Personalhandboken.aspx' }
    ]);
    expect(problemsOf({ ...validConfig(), searchShortcuts: [{ title: 'X', url: ['javascript', 'alert(1)'].join(':') }] }).problems)
      .toEqual(['searchShortcuts[0].url: an https or server-relative address (got "javascript:alert(1)")']);
    expect(problemsOf({ ...validConfig(), searchShortcuts: [{ title: 'X', url: '//evil.example/' }] }).problems[0]).toMatch(/^searchShortcuts\[0\]\.url/);
    expect(problemsOf({ ...validConfig(), searchShortcuts: [{ title: '', url: '/a' }] }).problems[0]).toMatch(/^searchShortcuts\[0\]\.title/);
    expect(problemsOf({ ...validConfig(), searchShortcuts: new Array(9).fill({ title: 'X', url: '/a' }) }).problems[0]).toMatch(/at most 8/);
  });

  it('falls back to the full name when a short name is missing', () => {
    expect(parseTenantConfig(validConfig()).municipalities[1].shortName).toBe('Vetlanda kommun');
  });

  it('says "missing" when the property is not set', () => {
    expect(problemsOf(null).code).toBe('missing');
    expect(problemsOf(undefined).code).toBe('missing');
  });

  it('says what is wrong with malformed JSON', () => {
    const error = problemsOf('{"municipalities": [');
    expect(error.code).toBe('invalid');
    expect(error.problems[0]).toMatch(/not valid JSON/);
    expect(error.message).toMatch(/invalid/);
  });

  it('lists every problem at once, each with its JSON path', () => {
    const config = validConfig();
    const [eksjo, vetlanda] = config.municipalities as Array<Record<string, unknown>>;
    eksjo.id = 'Eksjö!';
    eksjo.emailDomain = 'not a domain';
    (eksjo.groups as Record<string, unknown>).managers = 'chefer';
    vetlanda.hubPath = 'sites/vetlanda';
    delete vetlanda.name;
    config.sharedSite = { path: '/sites/gemensamt' };
    const error = problemsOf(config);
    expect(error.code).toBe('invalid');
    expect(error.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^municipalities\[0\]\.id: /),
      expect.stringMatching(/^municipalities\[0\]\.emailDomain: /),
      expect.stringMatching(/^municipalities\[0\]\.groups\.managers: .*GUID/),
      expect.stringMatching(/^municipalities\[1\]\.hubPath: /),
      expect.stringMatching(/^municipalities\[1\]\.name: /),
      expect.stringMatching(/^sharedSite\.title: /)
    ]));
  });

  it('rejects duplicates and a shared site that is also a hub', () => {
    const config = validConfig();
    const [, vetlanda] = config.municipalities as Array<Record<string, unknown>>;
    vetlanda.id = 'eksjo';
    vetlanda.hubPath = '/SITES/EKSJO';
    config.sharedSite = { path: '/sites/vetlanda', title: 'x' };
    const problems = problemsOf(config).problems.join('\n');
    expect(problems).toMatch(/id "eksjo" is used more than once/);
    expect(problems).toMatch(/hubPath "\/sites\/eksjo" is used more than once/);
    expect(problemsOf({ ...validConfig(), sharedSite: { path: '/sites/Eksjo', title: 'x' } }).problems)
      .toEqual(['sharedSite.path: must differ from every municipality hubPath']);
  });

  it('rejects shapes that are not a configuration', () => {
    expect(problemsOf([]).problems).toEqual(['the configuration must be a JSON object']);
    expect(problemsOf({ sharedSite: { path: '/sites/x', title: 'x' } }).problems).toEqual(['municipalities: must be a non-empty array']);
    expect(problemsOf({ ...validConfig(), municipalities: ['eksjo'] }).problems).toEqual(['municipalities[0]: must be an object']);
  });

  it('tags its errors so callers can tell them from other failures', () => {
    expect(isTenantConfigError(new Error('x'))).toBe(false);
    expect(isTenantConfigError(problemsOf(null))).toBe(true);
  });
});

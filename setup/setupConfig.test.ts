/// <reference types="node" />
import * as fs from 'fs';
import * as path from 'path';
import { asciiSlug, parseSetupConfig, validateSetupConfig } from './setupConfig';
import { tenantConfigOf } from './steps';

const example = JSON.parse(fs.readFileSync(path.join(__dirname, 'municipalities.example.json'), 'utf8'));

/** A deep copy of the example with one change. */
function changed(edit: (config: any) => void): unknown { // eslint-disable-line @typescript-eslint/no-explicit-any
  const copy = JSON.parse(JSON.stringify(example));
  edit(copy);
  return copy;
}

function problemsOf(json: unknown): string[] {
  const result = validateSetupConfig(json);
  return result.ok ? [] : result.problems;
}

describe('the setup configuration (municipalities.json)', () => {
  it('accepts the example and derives the nested group model from it', () => {
    const result = validateSetupConfig(example);
    if (!result.ok) {
      throw new Error(result.problems.join('\n'));
    }
    const { config } = result;
    expect(config.municipalities.map(m => m.id)).toEqual(['eksjo', 'savsjo', 'vetlanda']);
    expect(config.sharedSite).toMatchObject({ path: '/sites/gemensamt', readers: ['eksjo', 'savsjo', 'vetlanda'] });
    expect(config.language).toBe(1053);
    expect(config.boostMaxDays).toBe(14);
    expect(tenantConfigOf(config, new Map(config.groups.map((g, i) => [g.key, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`]))).boostMaxDays).toBe(14);
    const byKey = new Map(config.groups.map(g => [g.key, g]));
    expect(byKey.get('eksjo')).toMatchObject({ kind: 'root', displayName: 'Eksjö kommun', mailNickname: 'eksjo-kommun' });
    expect(byKey.get('eksjo:allStaff')).toMatchObject({ parentKey: 'eksjo', mailNickname: 'eksjo-alla-medarbetare' });
    expect(byKey.get('eksjo:managers')).toMatchObject({ parentKey: 'eksjo', members: ['erik.johansson@eksjo.se'] });
    expect(byKey.get('eksjo:forvaltning:Socialförvaltningen')).toMatchObject({ parentKey: 'eksjo:allStaff', displayName: 'Eksjö – Socialförvaltningen' });
    expect(byKey.get('eksjo:unit:Hemtjänst Norr')).toMatchObject({
      kind: 'unit', parentKey: 'eksjo:forvaltning:Socialförvaltningen', mailNickname: 'eksjo-hemtjanst-norr',
      members: ['anna.lindqvist@eksjo.se', 'erik.johansson@eksjo.se']
    });
    // Parents come before their children, so they can be created first.
    config.groups.forEach((g, i) => {
      if (g.parentKey) {
        expect(config.groups.findIndex(p => p.key === g.parentKey)).toBeLessThan(i);
      }
    });
    // A person of Sävsjö may be a member of a Vetlanda unit: the domain is one of the municipalities'.
    expect(byKey.get('vetlanda:unit:Lön och HR')!.members).toEqual(['maria.berg@savsjo.se']);
  });

  it('names a reference to an unknown municipality with its JSON path', () => {
    expect(problemsOf(changed(c => { c.sharedSite.readers = ['eksjo', 'nassjo']; }))).toEqual([
      '$.sharedSite.readers[1]: unknown municipality "nassjo" (known: eksjo, savsjo, vetlanda)'
    ]);
  });

  it('refuses a bad e-mail domain, and a member whose domain no municipality has', () => {
    expect(problemsOf(changed(c => { c.municipalities[1].emailDomain = 'savsjo'; }))).toContain(
      '$.municipalities[1].emailDomain: not a domain name such as "eksjo.se" (got "savsjo")'
    );
    expect(problemsOf(changed(c => { c.municipalities[0].forvaltningar[0].units[0].members.push('per@nassjo.se'); }))).toEqual([
      '$.municipalities[0].forvaltningar[0].units[0].members[2]: unknown e-mail domain "nassjo.se": not the domain of any municipality (eksjo.se, savsjo.se, vetlanda.se)'
    ]);
  });

  it('refuses a group named twice, with both places', () => {
    const problems = problemsOf(changed(c => { c.municipalities[0].forvaltningar[1].units[0].displayName = 'Eksjö – Hemtjänst Norr'; }));
    expect(problems).toEqual([
      '$.municipalities[0].forvaltningar[1].units[0]: the group name "Eksjö – Hemtjänst Norr" is used twice (also at $.municipalities[0].forvaltningar[0].units[0])'
    ]);
    const twice = problemsOf(changed(c => { c.municipalities[2].forvaltningar[0].units.push({ name: 'Hemtjänst Centrum' }); }));
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatch(/^\$\.municipalities\[2\]\.forvaltningar\[0\]\.units\[\d+\]: "Vetlanda – Hemtjänst Centrum" is defined twice in vetlanda/);
    expect(problemsOf(changed(c => { c.municipalities[1].groups = { root: { mailNickname: 'eksjo-kommun' } }; }))).toEqual([
      '$.municipalities[1].groups.root: the mail nickname "eksjo-kommun" is used twice (also at $.municipalities[0].groups.root)'
    ]);
  });

  it('lists every missing field at once, and unknown properties (typos) too', () => {
    const problems = problemsOf(changed(c => {
      delete c.municipalities[0].name;
      delete c.municipalities[2].hub;
      c.municipalities[1].forvaltningar[0].units[0] = {};
      c.municipalities[1].forvaltning = [];
    }));
    expect(problems).toEqual(expect.arrayContaining([
      '$.municipalities[0].name: is missing (a non-empty text)',
      '$.municipalities[2].hub: is missing (an object with path and title)',
      '$.municipalities[1].forvaltningar[0].units[0].name: is missing (a non-empty text)',
      '$.municipalities[1].forvaltning: unknown property (expected one of: id, name, shortName, emailDomain, hub, associatedSites, groups, forvaltningar)'
    ]));
    expect(problemsOf({})).toEqual(['$.municipalities: is missing (a non-empty array)', '$.sharedSite: is missing (an object with path and title)']);
  });

  it('refuses duplicate municipalities and site paths, bad paths and a bad tenant URL', () => {
    expect(problemsOf(changed(c => { c.municipalities[1].id = 'eksjo'; c.municipalities[1].emailDomain = 'eksjo.se'; }))).toEqual(expect.arrayContaining([
      '$.municipalities[1]: the municipality id "eksjo" is used twice (also at $.municipalities[0])',
      '$.municipalities[1]: the e-mail domain "eksjo.se" is used twice (also at $.municipalities[0])'
    ]));
    expect(problemsOf(changed(c => { c.sharedSite.path = '/sites/eksjo/'; }))).toEqual([
      '$.municipalities[0].hub.path: the site path "/sites/eksjo" is used twice (also at $.sharedSite.path)'
    ]);
    expect(problemsOf(changed(c => { c.municipalities[0].hub.path = 'eksjo'; }))).toEqual(['$.municipalities[0].hub.path: must be a site path such as "/sites/name" (got "eksjo")']);
    expect(problemsOf(changed(c => { c.tenantUrl = 'contoso.sharepoint.com'; }))).toEqual([
      '$.tenantUrl: must be the tenant\'s address such as "https://contoso.sharepoint.com" (got "contoso.sharepoint.com")'
    ]);
    expect(problemsOf(changed(c => { c.lists = { Guider: 'everywhere' }; }))).toEqual(['$.lists.Guider: must be "shared", "hubs" or "all" (got "everywhere")']);
  });

  it('takes Sök\'s shortcuts by the tenant configuration\'s rules and writes them into it', () => {
    const result = validateSetupConfig(example);
    if (!result.ok) {
      throw new Error(result.problems.join('\n'));
    }
    expect(result.config.searchShortcuts).toEqual([
      { title: 'Självservice i Heroma', url: 'https://heroma.example.se/' },
      { title: 'Kontakta intranätredaktionen', url: '/sites/gemensamt/SitePages/Kontakta-oss.aspx' }
    ]);
    expect(tenantConfigOf(result.config, new Map(result.config.groups.map((g, i) => [g.key, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`]))).searchShortcuts)
      .toEqual(result.config.searchShortcuts);
    expect(problemsOf(changed(c => { c.searchShortcuts = [{ title: 'Intranät', url: 'http://intranat.example.se/' }]; })))
      .toEqual(['$.searchShortcuts[0].url: an https or server-relative address (got "http://intranat.example.se/")']);
  });

  it('takes the days a boost lasts at most from 1 to 365, and leaves them to the default when not given', () => {
    expect(problemsOf(changed(c => { c.boostMaxDays = 0; }))).toEqual(['$.boostMaxDays: must be a whole number of days from 1 to 365 (got 0)']);
    expect(problemsOf(changed(c => { c.boostMaxDays = '14'; }))).toEqual(['$.boostMaxDays: must be a whole number of days from 1 to 365 (got "14")']);
    const result = validateSetupConfig(changed(c => { delete c.boostMaxDays; }));
    expect(result.ok && result.config.boostMaxDays).toBeUndefined();
  });

  it('reports JSON syntax errors as a problem, not an exception', () => {
    const result = parseSetupConfig('{"municipalities": [');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems[0]).toMatch(/^\$: not valid JSON/);
  });

  it('makes ASCII mail nicknames of Swedish names', () => {
    expect(asciiSlug('Särskilt boende Lindgården')).toBe('sarskilt-boende-lindgarden');
    expect(asciiSlug('Barn- och utbildningsförvaltningen')).toBe('barn-och-utbildningsforvaltningen');
  });
});

import { DEFAULT_PERSONA, lookUpPersona, personaLabel, personaMail, personaProblemText, personaToken, PERSONAS } from './personas';
import type { FetchLike } from './personas';
import { readState, stateUrl } from './workbenchState';

/** A local tenant that knows one seeded person besides the personas, and records what it was asked. */
function fakeTenant(answer: (token: string) => { status: number; body?: unknown } | Error): { fetch: FetchLike; asked: Array<{ url: string; headers: Record<string, string> }> } {
  const asked: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetch: FetchLike = (url, init) => {
    asked.push({ url, headers: init.headers });
    const result = answer(init.headers.Authorization.replace(/^Bearer /, ''));
    if (result instanceof Error) {
      return Promise.reject(result);
    }
    return Promise.resolve({ status: result.status, json: () => Promise.resolve(result.body) });
  };
  return { fetch, asked };
}

const KARL = {
  displayName: 'Karl Svensson', mail: 'karl.svensson@vetlanda.se', userPrincipalName: 'karl.svensson@vetlanda.se',
  jobTitle: 'Vaktmästare', companyName: 'Vetlanda kommun'
};

describe('the persona the address asks for', () => {
  it('is the default persona only when the address names none', () => {
    expect(personaToken(null)).toBe(DEFAULT_PERSONA);
    expect(personaToken('  ')).toBe(DEFAULT_PERSONA);
  });

  it('is a listed persona by its key in any letter case', () => {
    expect(personaToken('Maria')).toBe('maria');
    expect(PERSONAS.map((p) => personaToken(p.key.toUpperCase()))).toEqual(PERSONAS.map((p) => p.key));
  });

  it('keeps upn:<address> and a name that is nobody as written, never turning them into Anna', () => {
    expect(personaToken('UPN: karl.svensson@vetlanda.se')).toBe('upn:karl.svensson@vetlanda.se');
    expect(personaToken('bogus')).toBe('bogus');
    const state = readState('?persona=upn%3Akarl.svensson%40vetlanda.se&page=dashboard');
    expect(state.persona).toBe('upn:karl.svensson@vetlanda.se');
    expect(readState(stateUrl('/', state).slice(1)).persona).toBe('upn:karl.svensson@vetlanda.se');
    expect(readState('?persona=nobody').persona).toBe('nobody');
    expect(readState('').persona).toBe('anna');
  });

  it('signs in with the persona\'s own address, or the address of upn:', () => {
    expect(personaMail('per')).toBe('per.sandberg@vetlanda.se');
    expect(personaMail('upn:karl.svensson@vetlanda.se')).toBe('karl.svensson@vetlanda.se');
    expect(personaMail('bogus')).toBe('');
  });
});

describe('who a token signs in as', () => {
  it('knows a listed persona without asking the tenant', async () => {
    const tenant = fakeTenant(() => new Error('not asked'));
    const lookup = await lookUpPersona('johan', 'http://127.0.0.1:4400', tenant.fetch);
    expect(lookup).toEqual({ kind: 'person', persona: PERSONAS.find((p) => p.key === 'johan') });
    expect(tenant.asked).toEqual([]);
  });

  it('asks the tenant who anyone else is, with their token, and shows their name and municipality', async () => {
    const tenant = fakeTenant((token) => (token === 'upn:karl.svensson@vetlanda.se' ? { status: 200, body: KARL } : { status: 401 }));
    const lookup = await lookUpPersona('upn:karl.svensson@vetlanda.se', 'http://127.0.0.1:4400/', tenant.fetch);
    expect(lookup).toEqual({
      kind: 'person',
      persona: { key: 'upn:karl.svensson@vetlanda.se', name: 'Karl Svensson', title: 'Vaktmästare', place: 'Vetlanda kommun', role: '', mail: 'karl.svensson@vetlanda.se' }
    });
    expect(tenant.asked).toEqual([{
      url: 'http://127.0.0.1:4400/v1.0/me?$select=displayName,mail,userPrincipalName,jobTitle,companyName',
      headers: { Authorization: 'Bearer upn:karl.svensson@vetlanda.se', Accept: 'application/json' }
    }]);
    expect(lookup.kind === 'person' && personaLabel(lookup.persona)).toBe('Karl Svensson, Vetlanda kommun');
  });

  it('says, in Swedish or English, that an address or a name is nobody, when the tenant answers 401', async () => {
    const tenant = fakeTenant(() => ({ status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } }));
    const upn = await lookUpPersona('upn:ingen.alls@vetlanda.se', '', tenant.fetch);
    expect(upn).toEqual({ kind: 'nobody', token: 'upn:ingen.alls@vetlanda.se' });
    expect(upn.kind === 'nobody' && personaProblemText(upn, 'sv')).toBe('Ingen person med e-post ingen.alls@vetlanda.se finns i demotenanten.');
    expect(upn.kind === 'nobody' && personaProblemText(upn, 'en')).toBe('No one with the e-mail ingen.alls@vetlanda.se exists in the demo tenant.');
    const name = await lookUpPersona('bogus', '', tenant.fetch);
    expect(name.kind === 'nobody' && personaProblemText(name, 'sv')).toMatch(/^Ingen persona som heter ”bogus” finns i demotenanten\. Välj någon under ”Inloggad som” eller/);
  });

  it('tells a tenant that does not answer from a person who is not there', async () => {
    const down = await lookUpPersona('upn:karl.svensson@vetlanda.se', '', fakeTenant(() => ({ status: 503 })).fetch);
    expect(down).toEqual({ kind: 'failed', token: 'upn:karl.svensson@vetlanda.se', status: 503 });
    expect(down.kind === 'failed' && personaProblemText(down, 'sv')).toContain('(HTTP 503)');
    const offline = await lookUpPersona('upn:karl.svensson@vetlanda.se', '', fakeTenant(() => new TypeError('Failed to fetch')).fetch);
    expect(offline).toEqual({ kind: 'failed', token: 'upn:karl.svensson@vetlanda.se', status: 0 });
    expect(offline.kind === 'failed' && personaProblemText(offline, 'sv')).not.toContain('HTTP');
    const empty = await lookUpPersona('upn:karl.svensson@vetlanda.se', '', fakeTenant(() => ({ status: 200, body: {} })).fetch);
    expect(empty.kind).toBe('failed');
  });
});

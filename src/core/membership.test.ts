import type { TenantConfig } from './municipality';
import { allNewsSources, defaultNewsSources, homeMunicipality, membershipsOf, sourceForSitePath } from './membership';

const group = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const config: TenantConfig = {
  municipalities: [
    { id: 'eksjo', name: 'Eksjö kommun', shortName: 'Eksjö', hubPath: '/sites/eksjo', emailDomain: 'eksjo.se', groups: { root: group(1), allStaff: group(2), managers: group(3) } },
    { id: 'savsjo', name: 'Sävsjö kommun', shortName: 'Sävsjö', hubPath: '/sites/savsjo', emailDomain: 'savsjo.se', groups: { root: group(11), allStaff: group(12), managers: group(13) } },
    { id: 'vetlanda', name: 'Vetlanda kommun', shortName: 'Vetlanda', hubPath: '/sites/vetlanda', emailDomain: 'vetlanda.se', groups: { root: group(21), allStaff: group(22), managers: group(23) } }
  ],
  sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' }
};

describe('memberships', () => {
  it('finds the home municipality from the mail domain, in any letter case', () => {
    expect(homeMunicipality(config, 'Anna.Lindqvist@EKSJO.se')!.id).toBe('eksjo');
    expect(homeMunicipality(config, 'someone@example.com')).toBeNull();
    expect(homeMunicipality(config, '')).toBeNull();
  });

  it('counts a municipality when the user is in its all-staff or its root group', () => {
    expect(membershipsOf(config, { mail: 'a@eksjo.se', groupIds: [group(2)] }).municipalities.map(m => m.id)).toEqual(['eksjo']);
    expect(membershipsOf(config, { mail: 'a@eksjo.se', groupIds: [group(1)] }).municipalities.map(m => m.id)).toEqual(['eksjo']);
    // Managers alone do not make someone staff of another municipality.
    expect(membershipsOf(config, { mail: 'a@eksjo.se', groupIds: [group(2), group(13)] }).municipalities.map(m => m.id)).toEqual(['eksjo']);
  });

  it('puts the home municipality first for someone working for several', () => {
    const maria = { mail: 'maria.berg@savsjo.se', groupIds: [group(22).toUpperCase(), group(12)] };
    const memberships = membershipsOf(config, maria);
    expect(memberships.home!.id).toBe('savsjo');
    expect(memberships.municipalities.map(m => m.id)).toEqual(['savsjo', 'vetlanda']);
  });

  it('falls back to the home municipality when no group says anything yet', () => {
    expect(membershipsOf(config, { mail: 'new@vetlanda.se', groupIds: [] }).municipalities.map(m => m.id)).toEqual(['vetlanda']);
    expect(membershipsOf(config, { mail: 'guest@example.com', groupIds: [] }).municipalities).toEqual([]);
  });

  it('reads news from each of the user\'s hubs plus the shared site by default', () => {
    expect(defaultNewsSources(config, { mail: 'maria.berg@savsjo.se', groupIds: [group(12), group(22)] })).toEqual([
      { sitePath: '/sites/savsjo', municipalityId: 'savsjo', title: 'Sävsjö' },
      { sitePath: '/sites/vetlanda', municipalityId: 'vetlanda', title: 'Vetlanda' },
      { sitePath: '/sites/gemensamt', municipalityId: null, title: 'Gemensamt' }
    ]);
    expect(defaultNewsSources(config, { mail: 'guest@example.com', groupIds: [] }).map(s => s.sitePath)).toEqual(['/sites/gemensamt']);
  });

  it('offers every source and finds a source by its path', () => {
    expect(allNewsSources(config).map(s => s.sitePath)).toEqual(['/sites/eksjo', '/sites/savsjo', '/sites/vetlanda', '/sites/gemensamt']);
    expect(sourceForSitePath(config, '/Sites/Vetlanda/')!.municipalityId).toBe('vetlanda');
    expect(sourceForSitePath(config, '/sites/gemensamt')!.municipalityId).toBeNull();
    expect(sourceForSitePath(config, '/sites/other')).toBeNull();
  });
});

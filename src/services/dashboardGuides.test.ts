import { createFakeFetch, json } from '../../tests/support/fakeFetch';
import { createSp } from './connection';
import { guideListReader, guideOf, GUIDE_LIST_TOP } from './dashboardGuides';
import { defaultRetryPolicy } from './retry';

const connection = { kind: 'local' as const, baseUrl: 'http://tenant.test', token: 'anna' };
const policy = defaultRetryPolicy({ sleep: async () => undefined, random: () => 0, maxAttempts: 1 });
const TENANT = 'http://tenant.test';

function reader(answer: () => Response): { read: ReturnType<typeof guideListReader>; fake: ReturnType<typeof createFakeFetch> } {
  const fake = createFakeFetch().on('GET', /\/_api\/web\/lists\/getByTitle/i, answer);
  return { fake, read: guideListReader({ sp: path => createSp(connection, `${TENANT}${path}`, policy, fake.fetch), tenantUrl: TENANT }) };
}

describe('Min sida\'s guides from the guide list', () => {
  it('reads the list Guider of the shared site once, its columns only, newest first', async () => {
    const { fake, read } = reader(() => json({ value: [
      { Id: 12, UniqueId: '{0A0B0C0D-0000-4000-8000-00000000000C}', Title: 'Beställa dator', SamverkaGuideSummary: 'Så beställer du.', SamverkaGuideCategory: 'IT och system', SamverkaForvaltning: 'Kommunledningsförvaltningen', SamverkaMunicipality: ['eksjo', 'vetlanda'], SamverkaGuideStatus: 'publicerad' },
      { Id: 11, UniqueId: '0a0b0c0d-0000-4000-8000-00000000000b', Title: 'Utkast', SamverkaGuideStatus: 'utkast' },
      { Id: 10, UniqueId: '0a0b0c0d-0000-4000-8000-00000000000a', Title: 'Semester', SamverkaMunicipality: ['alla'], SamverkaGuideStatus: null }
    ] }));
    const result = await read('/sites/gemensamt');
    expect(fake.requests).toHaveLength(1);
    const url = decodeURIComponent(fake.requests[0].url).replace(/\+/g, ' ');
    expect(url).toContain("/sites/gemensamt/_api/web/lists/getByTitle('Guider')/items");
    expect(url).toContain(`$top=${GUIDE_LIST_TOP}`);
    expect(url).toContain('$orderby=Id desc');
    expect(url).toMatch(/\$select=Id,UniqueId,Title,SamverkaGuideSummary,SamverkaGuideCategory,SamverkaForvaltning,SamverkaMunicipality,SamverkaGuideStatus/);
    expect(result).toEqual({ ok: true, value: [
      {
        id: '0a0b0c0d-0000-4000-8000-00000000000c', title: 'Beställa dator', url: `${TENANT}/sites/gemensamt/Lists/Guider/DispForm.aspx?ID=12`,
        summary: 'Så beställer du.', category: 'IT och system', forvaltning: 'Kommunledningsförvaltningen', municipalities: ['eksjo', 'vetlanda']
      },
      expect.objectContaining({ id: '0a0b0c0d-0000-4000-8000-00000000000a', title: 'Semester', municipalities: ['alla'] })
    ] });
  });

  it('says nothing without a list or a shared site the person may read, and fails the section on anything else', async () => {
    expect(await reader(() => json({ 'odata.error': { message: { value: "List 'Guider' does not exist" } } }, 404)).read('/sites/gemensamt')).toBeNull();
    expect(await reader(() => json({ 'odata.error': { message: { value: 'Access denied.' } } }, 403)).read('/sites/gemensamt')).toBeNull();
    expect(await reader(() => json({ value: [] })).read('/sites/gemensamt')).toBeNull();
    expect(await reader(() => json({ 'odata.error': { message: { value: 'Server error' } } }, 500)).read('/sites/gemensamt')).toEqual({ ok: false, code: 'unknown' });
  });

  it('leaves out drafts and items without a title', () => {
    expect(guideOf({ Id: 1, Title: 'X', SamverkaGuideStatus: 'Utkast' }, '/sites/gemensamt', TENANT)).toBeNull();
    expect(guideOf({ Id: 1, Title: '' }, '/sites/gemensamt', TENANT)).toBeNull();
    expect(guideOf({ Title: 'X' }, '/sites/gemensamt', TENANT)).toBeNull();
  });
});

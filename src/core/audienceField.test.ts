import { audiencePrincipalIdsOf, audiencePrincipalsOf, groupClaim, groupIdOfClaim, sameAudience } from './audienceField';

describe('a news link\'s audience field', () => {
  it('resolves a group through its claim, in lower case', () => {
    expect(groupClaim('0B7E6F3E-1111-4222-8333-444455556666')).toBe('c:0t.c|tenant|0b7e6f3e-1111-4222-8333-444455556666');
  });

  it('reads the stored principal ids in any OData shape and compares them as sets', () => {
    expect(audiencePrincipalIdsOf([12, 7])).toEqual([12, 7]);
    expect(audiencePrincipalIdsOf({ results: [7] })).toEqual([7]);
    expect(audiencePrincipalIdsOf(null)).toEqual([]);
    expect(sameAudience([7, 12], [12, 7])).toBe(true);
    expect(sameAudience([7, 12], [7])).toBe(false);
    expect(sameAudience([7], [])).toBe(false);
  });

  it('reads the expanded field\'s principals as SharePoint returns a multi-user field (an array, verbose results, or nothing)', () => {
    const managers = { 'odata.type': 'SP.Data.UserInfoItem', Title: 'Vetlanda – chefer', Name: 'c:0t.c|tenant|22222222-2222-4222-8222-222222222223' };
    expect(audiencePrincipalsOf([managers])).toEqual([{ title: 'Vetlanda – chefer', loginName: managers.Name }]);
    expect(audiencePrincipalsOf({ results: [{ __metadata: { type: 'SP.Data.UserInfoItem' }, Title: 'A', Name: 'c:0t.c|tenant|x' }] })).toEqual([{ title: 'A', loginName: 'c:0t.c|tenant|x' }]);
    expect(audiencePrincipalsOf([])).toEqual([]);
    expect(audiencePrincipalsOf(null)).toEqual([]);
    expect(audiencePrincipalsOf(undefined)).toEqual([]);
  });

  it('takes a group id from a security group\'s or a Microsoft 365 group\'s claim, and nothing from other principals', () => {
    expect(groupIdOfClaim('c:0t.c|tenant|22222222-2222-4222-8222-22222222222A')).toBe('22222222-2222-4222-8222-22222222222a');
    expect(groupIdOfClaim(groupClaim('0B7E6F3E-1111-4222-8333-444455556666'))).toBe('0b7e6f3e-1111-4222-8333-444455556666');
    expect(groupIdOfClaim('c:0o.c|federateddirectoryclaimprovider|0b7e6f3e-1111-4222-8333-444455556666')).toBe('0b7e6f3e-1111-4222-8333-444455556666');
    // A Microsoft 365 group's owners, a person, a SharePoint group name: no group's members.
    expect(groupIdOfClaim('c:0o.c|federateddirectoryclaimprovider|0b7e6f3e-1111-4222-8333-444455556666_o')).toBeNull();
    expect(groupIdOfClaim('i:0#.f|membership|sara@vetlanda.se')).toBeNull();
    expect(groupIdOfClaim('Vetlanda medlemmar')).toBeNull();
    expect(groupIdOfClaim('')).toBeNull();
  });
});

import { canEditItems, hasPermission, PermissionKind } from './contentHealthPermissions';

// The masks SharePoint returns for its default permission levels.
const FULL_CONTROL = { High: '2147483647', Low: '4294967295' };
const CONTRIBUTE = { High: '432', Low: '1011030767' };
const READ = { High: '176', Low: '138612833' };

describe('effective base permissions', () => {
  it('lets members (Contribute) and owners (Full Control) edit items, not visitors (Read)', () => {
    expect(canEditItems(FULL_CONTROL)).toBe(true);
    expect(canEditItems(CONTRIBUTE)).toBe(true);
    expect(canEditItems(READ)).toBe(false);
    expect(hasPermission(READ, PermissionKind.ViewListItems)).toBe(true);
  });

  it('reads numbers and strings, and the high half for kinds above 32', () => {
    expect(hasPermission({ High: 0, Low: 4 }, PermissionKind.EditListItems)).toBe(true);
    expect(hasPermission({ High: 0, Low: 0xffffffff }, 33)).toBe(false);
    expect(hasPermission({ High: 1, Low: 0 }, 33)).toBe(true);
    expect(hasPermission(FULL_CONTROL, PermissionKind.FullMask)).toBe(true);
    expect(hasPermission(CONTRIBUTE, PermissionKind.FullMask)).toBe(false);
  });

  it('grants nothing for a missing or unreadable mask', () => {
    expect(canEditItems(null)).toBe(false);
    expect(canEditItems(undefined)).toBe(false);
    expect(canEditItems({ High: 'x', Low: 'y' })).toBe(false);
  });
});

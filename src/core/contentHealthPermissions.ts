/**
 * SharePoint's effective base permissions (SP.BasePermissions): a 64-bit mask sent as two
 * 32-bit halves, High and Low, as numbers or as strings (Edm.Int64 in JSON). A permission
 * kind k (1-based, as in SP.PermissionKind) is bit k-1 of the whole mask.
 */
export interface BasePermissions {
  High: number | string;
  Low: number | string;
}

/** The kinds the content health report needs (values of SP.PermissionKind). */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  ManageWeb: 31,
  FullMask: 65
} as const;

export function hasPermission(permissions: BasePermissions | null | undefined, kind: number): boolean {
  if (!permissions) {
    return false;
  }
  const high = Number(permissions.High);
  const low = Number(permissions.Low);
  if (isNaN(high) || isNaN(low)) {
    return false;
  }
  if (kind === PermissionKind.FullMask) {
    return (high & 0x7fff) === 0x7fff && low === 0xffffffff;
  }
  const bit = kind - 1;
  // JavaScript's bit operators work on 32 bits: test the half that holds the bit.
  return bit < 32 ? ((low >>> bit) & 1) === 1 : ((high >>> (bit - 32)) & 1) === 1;
}

/** Editors may act on items (review, hand over, unpublish); the report shows actions only to them. */
export function canEditItems(permissions: BasePermissions | null | undefined): boolean {
  return hasPermission(permissions, PermissionKind.EditListItems);
}

/**
 * What the setup command cannot do through an API and an admin does by hand, printed with the
 * plan. The search schema is one: SharePoint has no REST endpoint for it; an admin imports a
 * search configuration (the same XML SharePoint exports) with PnP PowerShell or the admin center.
 */

/** The refiners of guide search and the news link's source, as src/services and the README read them. */
export const SEARCH_MAPPINGS: ReadonlyArray<{ managedProperty: string; pid: number; crawledProperty: string }> = [
  // RefinableString100–199 have the ids 1000000900 + (n − 100) in every SharePoint Online tenant.
  { managedProperty: 'RefinableString110', pid: 1000000910, crawledProperty: 'ows_SamverkaGuideCategory' },
  { managedProperty: 'RefinableString111', pid: 1000000911, crawledProperty: 'ows_SamverkaMunicipality' },
  { managedProperty: 'RefinableString112', pid: 1000000912, crawledProperty: 'ows_SamverkaForvaltning' },
  { managedProperty: 'RefinableString113', pid: 1000000913, crawledProperty: 'ows__OriginalSourceUrl' }
];

export const SEARCH_CONFIGURATION_FILE = 'setup/search-configuration.xml';

export function manualSteps(tenantUrl: string): string[] {
  const admin = /^https:\/\/([a-z0-9-]+)\.sharepoint\.com$/i.exec(tenantUrl);
  const adminUrl = admin ? `https://${admin[1]}-admin.sharepoint.com` : '<tenant>-admin.sharepoint.com';
  return [
    `Search schema (no API): map ${SEARCH_MAPPINGS.map(m => `${m.crawledProperty} → ${m.managedProperty}`).join(', ')}. ` +
      `Import ${SEARCH_CONFIGURATION_FILE}: Connect-PnPOnline ${adminUrl}; Set-PnPSearchConfiguration -Scope Subscription -Path ${SEARCH_CONFIGURATION_FILE} ` +
      '(or add the mappings in the SharePoint admin center → More features → Search → Manage Search Schema). Until then guide refiners stay empty.'
  ];
}

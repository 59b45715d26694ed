/**
 * The Microsoft Graph delegated scopes the solution asks a tenant admin to approve
 * (config/package-solution.json, webApiPermissionRequests), each with the requests that need it.
 * The package test holds the .sppkg to exactly this list, so a new Graph call that needs a new
 * scope is added here, with its reason, and nowhere else.
 */
export interface GraphScopeRequirement {
  scope: string;
  usedFor: string[];
}

export const REQUIRED_GRAPH_SCOPES: GraphScopeRequirement[] = [
  {
    scope: 'User.Read',
    usedFor: ['GET /me (profile)', 'GET /me/transitiveMemberOf (the user\'s audiences; least privileged for the signed-in user)']
  },
  {
    scope: 'Sites.Read.All',
    usedFor: [
      'POST /search/query with entityTypes listItem (news pages in the hubs)',
      'POST /search/query with entityTypes listItem (search: web pages and the guide list; the permission Graph search documents for listItem)'
    ]
  },
  {
    scope: 'Calendars.ReadBasic',
    usedFor: ['GET /me/calendarView (the dashboard\'s calendar: subjects, times, places, join links; least privileged: no bodies or attachments)']
  },
  {
    scope: 'Files.Read.All',
    usedFor: [
      'POST /search/query with entityTypes driveItem (the dashboard\'s latest documents the user created, changed or had shared with them; the permission Graph search documents for driveItem)',
      'POST /search/query with entityTypes driveItem (search: the Documents vertical)'
    ]
  },
  {
    scope: 'User.ReadWrite',
    usedFor: ['GET, POST, PATCH /me/extensions/se.samverka.dashboard (the dashboard\'s per-user settings in an open extension on the signed-in user; least privileged for the user\'s own extensions)']
  },
  {
    scope: 'People.Read',
    usedFor: [
      'POST /search/query with entityTypes person (search: the People vertical and suggestions; the permission Graph search documents for person)',
      'POST /search/query with entityTypes person (the guide editor\'s owner field: a person chosen by name)'
    ]
  },
  {
    scope: 'ExternalItem.Read.All',
    usedFor: ['POST /search/query with entityTypes externalItem (search: guides of the external guide system\'s Graph connector; the permission Graph search documents for externalItem)']
  },
  {
    scope: 'ProfilePhoto.Read.All',
    usedFor: ['GET /users/{id}/photo/$value (search: photos on people results; least privileged for other users\' photos)']
  },
  {
    scope: 'User.Read.All',
    usedFor: ['GET /users/{upn}?$select=id,accountEnabled in JSON batches (content health: whether a page\'s owner has left; accountEnabled is not among the basic properties User.ReadBasic.All reads)']
  },
  {
    scope: 'GroupMember.Read.All',
    usedFor: [
      'GET /groups/{id}/transitiveMembers/microsoft.graph.user/$count with ConsistencyLevel: eventual, in JSON batches (content reuse: how many people an audience reaches, per municipality; least privileged for group memberships; Läs och bekräfta, the editors\' view: how large the municipalities\' root and all-staff groups are)',
      'GET /groups/{id}/transitiveMembers/microsoft.graph.user?$count=true&$select=…[&$filter=userPrincipalName ge \'…\' and userPrincipalName le \'…\'] with ConsistencyLevel: eventual, in JSON batches (Läs och bekräfta, the editors\' view: who a must-read page\'s audience is; a group over 999 people in parts side by side)'
    ]
  },
  {
    scope: 'Mail.Send',
    usedFor: ['POST /me/sendMail (Läs och bekräfta: *Påminn*, a reminder from the editor\'s own mailbox to those who have not confirmed; delegated, so it sends only as the signed-in user, and reads no mail)']
  }
];

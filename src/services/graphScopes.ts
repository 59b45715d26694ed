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
    usedFor: ['POST /search/query with entityTypes listItem (news pages in the hubs)']
  }
];

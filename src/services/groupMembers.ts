import type { AudienceMember } from '../core/audienceMembers';
import type { GraphBatchRequest, GraphBatchResponse } from './graphBatch';

/** Graph's largest page of directory objects. */
export const MEMBER_PAGE = 999;
/** What Läs och bekräfta's report shows of a person. */
export const MEMBER_SELECT = 'id,displayName,userPrincipalName,mail,department';

/** Sends one round of requests as JSON batches (sendGraphBatch, or a web part's coalescer) and answers by request id. */
export type SendMemberBatch = (requests: GraphBatchRequest[]) => Promise<Record<string, GraphBatchResponse>>;

export interface GroupMembers {
  /** Every asked group's users, as far as they were read. */
  members: Record<string, AudienceMember[]>;
  /** Groups Graph did not give (all or some pages of): the answer's status, 0 when none came. */
  failed: Array<{ groupId: string; status: number }>;
  /** A batch itself failed: what was read before it is kept, the rest not asked. */
  batchError?: unknown;
}

/**
 * The users of each group, transitively (`/groups/{id}/transitiveMembers/microsoft.graph.user`,
 * an advanced query: `$count=true` and `ConsistencyLevel: eventual`): every group's first page in
 * one round, 999 users a page, later pages by their links in the rounds after. A person of a
 * group is listed once however many nested groups lead to them; across groups, count with uniqueMembers.
 */
export async function readGroupMembers(send: SendMemberBatch, groupIds: readonly string[], select: string = MEMBER_SELECT): Promise<GroupMembers> {
  const out: GroupMembers = { members: {}, failed: [] };
  groupIds.forEach(id => { out.members[id] = []; });
  let pending: Array<{ groupId: string; url: string }> = groupIds.map(id => ({
    groupId: id,
    url: `/groups/${encodeURIComponent(id)}/transitiveMembers/microsoft.graph.user?$count=true&$select=${select}&$top=${MEMBER_PAGE}`
  }));
  while (pending.length > 0) {
    const requests: GraphBatchRequest[] = pending.map((p, i) => ({ id: String(i + 1), method: 'GET', url: p.url, headers: { ConsistencyLevel: 'eventual' } }));
    let answers: Record<string, GraphBatchResponse>;
    try {
      answers = await send(requests);
    } catch (error) {
      out.batchError = error;
      return out;
    }
    const next: Array<{ groupId: string; url: string }> = [];
    pending.forEach((p, i) => {
      const answer = answers[String(i + 1)];
      if (!answer || answer.status !== 200 || !answer.body || typeof answer.body !== 'object') {
        out.failed.push({ groupId: p.groupId, status: answer ? answer.status : 0 });
        return;
      }
      const page = answer.body as { value?: Array<Record<string, unknown>>; '@odata.nextLink'?: string };
      for (const raw of page.value || []) {
        const id = text(raw.id);
        if (id) {
          out.members[p.groupId].push({
            id, displayName: text(raw.displayName) || text(raw.userPrincipalName), userPrincipalName: text(raw.userPrincipalName),
            mail: text(raw.mail), department: text(raw.department)
          });
        }
      }
      const link = page['@odata.nextLink'];
      if (typeof link === 'string' && link) {
        next.push({ groupId: p.groupId, url: link.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/(v1\.0|beta)(?=\/)/i, '') });
      }
    });
    pending = next;
  }
  return out;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

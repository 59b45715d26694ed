import { AudienceMember, groupUsersPath, uniqueMembers } from '../core/audienceMembers';
import { partFilters, partsFor } from '../core/memberParts';
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

export interface ReadMembersOptions {
  /** What to select of each user (MEMBER_SELECT). */
  select?: string;
  /**
   * How many users a group has, where known (its `$count`): a group larger than a page is read in parts
   * side by side (src/core/memberParts.ts), each a range of userPrincipalName, instead of page after page.
   */
  sizes?: Readonly<Record<string, number>>;
  /** The people a part is meant to hold (memberParts.ts PART_TARGET) and Graph's page: smaller in tests, to split and page the demo's groups. */
  paging?: { partTarget: number; pageSize: number };
}

/**
 * The users of each group, transitively (`/groups/{id}/transitiveMembers/microsoft.graph.user`,
 * an advanced query: `$count=true` and `ConsistencyLevel: eventual`): every group's first page in
 * one round, 999 users a page, later pages by their links in the rounds after. A group whose size is
 * known to be over a page is asked in parts, all in the first round; one whose first page says
 * (`@odata.count`) that two pages or more are left is asked in parts in the second round, instead of
 * link after link (its first page's people come again, kept once). A person of a group is listed
 * once however many nested groups lead to them; across groups, count with uniqueMembers.
 */
export async function readGroupMembers(send: SendMemberBatch, groupIds: readonly string[], options: ReadMembersOptions = {}): Promise<GroupMembers> {
  const out: GroupMembers = { members: {}, failed: [] };
  const select = options.select || MEMBER_SELECT;
  const sizes = options.sizes || {};
  const pageSize = options.paging ? options.paging.pageSize : MEMBER_PAGE;
  const partTarget = options.paging && options.paging.partTarget;
  const split: string[] = [];
  /** `whole`: the unfiltered first page of a group, whose count may still split it. */
  type Pending = { groupId: string; url: string; whole?: boolean };
  const reads = (id: string, size: number): Pending[] => {
    const filters = partFilters(partsFor(size, pageSize, partTarget));
    if (filters.length > 1) {
      split.push(id);
    }
    return filters.map(filter => ({
      groupId: id, whole: filter === null,
      url: `${groupUsersPath(id)}?$count=true`
        + `${filter ? `&$filter=${encodeURIComponent(filter)}` : ''}&$select=${select}&$top=${pageSize}`
    }));
  };
  let pending: Pending[] = [];
  for (const id of groupIds) {
    out.members[id] = [];
    pending = pending.concat(reads(id, sizes[id]));
  }
  while (pending.length > 0) {
    const requests: GraphBatchRequest[] = pending.map((p, i) => ({ id: String(i + 1), method: 'GET', url: p.url, headers: { ConsistencyLevel: 'eventual' } }));
    let answers: Record<string, GraphBatchResponse>;
    try {
      answers = await send(requests);
    } catch (error) {
      out.batchError = error;
      break;
    }
    const next: Pending[] = [];
    pending.forEach((p, i) => {
      const answer = answers[String(i + 1)];
      if (!answer || answer.status !== 200 || !answer.body || typeof answer.body !== 'object') {
        if (!out.failed.some(f => f.groupId === p.groupId)) {
          out.failed.push({ groupId: p.groupId, status: answer ? answer.status : 0 });
        }
        return;
      }
      const page = answer.body as { value?: Array<Record<string, unknown>>; '@odata.nextLink'?: string; '@odata.count'?: unknown };
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
      const count = page['@odata.count'];
      if (p.whole && typeof link === 'string' && link && typeof count === 'number' && count > 2 * pageSize) {
        // Two pages or more left: the rest in one round of parts rather than link after link (its first page's people come again).
        next.push(...reads(p.groupId, count).filter(r => !r.whole));
      } else if (typeof link === 'string' && link) {
        next.push({ groupId: p.groupId, url: link.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/(v1\.0|beta)(?=\/)/i, '') });
      }
    });
    pending = next;
  }
  // A person is in one part of a split group; one whose name equalled a boundary would be in two, and one
  // split after its first page comes in that page too.
  split.forEach(id => { out.members[id] = uniqueMembers([out.members[id]]); });
  return out;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/**
 * The requests for groups' sizes, to ride in a JSON batch sent anyway: each group's users counted by Graph
 * (`/groups/{id}/transitiveMembers/microsoft.graph.user/$count`, `ConsistencyLevel: eventual`, emulator/CONTRACT.md 20),
 * with ids `${prefix}1`, `${prefix}2`, … in the order of `groupIds`.
 */
export function groupSizeRequests(groupIds: readonly string[], prefix: string): GraphBatchRequest[] {
  return groupIds.map((id, i) => ({
    id: `${prefix}${i + 1}`, method: 'GET' as const,
    url: `${groupUsersPath(id)}/$count`, headers: { ConsistencyLevel: 'eventual' }
  }));
}

/** The sizes those requests answered (a number as text, in a batch), by group id; a group whose count failed is left out. */
export function groupSizesOf(groupIds: readonly string[], prefix: string, answers: Readonly<Record<string, GraphBatchResponse>>): Record<string, number> {
  const out: Record<string, number> = {};
  groupIds.forEach((id, i) => {
    const size = countOf(answers[`${prefix}${i + 1}`]);
    if (size !== null) {
      out[id] = size;
    }
  });
  return out;
}

/** The number a `$count` request answered (text in a JSON batch, or a number), null when it failed or is no count. */
export function countOf(answer: GraphBatchResponse | undefined): number | null {
  const raw = answer && answer.status === 200 ? answer.body : undefined;
  const count = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(count) && count >= 0 ? count : null;
}

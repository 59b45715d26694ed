import '@pnp/graph/search';
import { graphPost } from '@pnp/graph';
import { body, headers } from '@pnp/queryable';
import type { SearchRequest, SearchResponse } from '@microsoft/microsoft-graph-types';
import { batchAnswerBody, sendGraphBatch } from './graphBatch';
import type { GraphBatchRequest, GraphBatchResponse } from './graphBatch';
import type { SamverkaGraph } from './graphClient';
import type { RetryPolicy } from './retry';

/** Runs a function once the current task is done: every part of a render has asked by then. */
export type Schedule = (run: () => void) => void;

export const afterThisTask: Schedule = run => { setTimeout(run, 0); };

/** A Graph call that can go alone (`direct`) or inside a JSON batch (`requests`, read back by `read`). */
export interface GraphCall<T> {
  /** The call's requests; their ids need only be unique within the call. */
  requests: GraphBatchRequest[];
  /** How the call goes when nothing else is asked at the same moment (no batch around one request). */
  direct?: () => Promise<T>;
  /** The result from the call's answers in a batch, by the call's own ids; throws for a failed answer. */
  read(answers: Record<string, GraphBatchResponse>): T;
}

/**
 * Graph calls that the parts of a web part ask for at the same moment (in one task, as the
 * sections of a first render do) go out as one JSON batch: one round trip instead of one each.
 * A call asked alone goes as it would without this. sendGraphBatch splits at 20 requests and
 * retries a throttled request inside the batch on its own.
 */
export class GraphBatchCoalescer {
  private readonly graph: SamverkaGraph;
  private readonly policy: RetryPolicy;
  private readonly schedule: Schedule;
  private waiting: Array<{ call: GraphCall<unknown>; resolve(value: unknown): void; reject(error: unknown): void }> = [];

  public constructor(graph: SamverkaGraph, policy: RetryPolicy, schedule: Schedule = afterThisTask) {
    this.graph = graph;
    this.policy = policy;
    this.schedule = schedule;
  }

  public run<T>(call: GraphCall<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ call, resolve: resolve as (value: unknown) => void, reject });
      if (this.waiting.length === 1) {
        this.schedule(() => { this.flush().catch(() => undefined); });
      }
    });
  }

  private async flush(): Promise<void> {
    const calls = this.waiting;
    this.waiting = [];
    if (calls.length === 1 && calls[0].call.direct) {
      calls[0].call.direct().then(calls[0].resolve, calls[0].reject);
      return;
    }
    const requests: GraphBatchRequest[] = [];
    calls.forEach(({ call }, i) => call.requests.forEach(r => requests.push({ ...r, id: `${i}-${r.id}` })));
    let answers: Record<string, GraphBatchResponse>;
    try {
      answers = await sendGraphBatch(this.graph, requests, this.policy);
    } catch (error) {
      calls.forEach(c => c.reject(error));
      return;
    }
    calls.forEach(({ call, resolve, reject }, i) => {
      const own: Record<string, GraphBatchResponse> = {};
      call.requests.forEach(r => {
        const answer = answers[`${i}-${r.id}`];
        if (answer) {
          own[r.id] = { ...answer, id: r.id };
        }
      });
      try {
        resolve(call.read(own));
      } catch (error) {
        reject(error);
      }
    });
  }
}

const byGraph = new WeakMap<SamverkaGraph, GraphBatchCoalescer>();

/** The coalescer of a Graph client: every service on that client shares it, so their calls can share a batch. */
export function graphBatchOf(graph: SamverkaGraph, policy: RetryPolicy): GraphBatchCoalescer {
  let batch = byGraph.get(graph);
  if (!batch) {
    batch = new GraphBatchCoalescer(graph, policy);
    byGraph.set(graph, batch);
  }
  return batch;
}

/**
 * `person` is an evolvable member of entityTypes: Graph serves it only to a request that sends
 * this preference (searchRequest, entityTypes).
 */
export const PREFER_UNKNOWN_ENUM_MEMBERS = 'include-unknown-enum-members';

/** The headers one search request needs: the Prefer header when it asks for people. */
export function searchRequestHeaders(request: SearchRequest): Record<string, string> {
  return (request.entityTypes || []).some(type => type === 'person') ? { Prefer: PREFER_UNKNOWN_ENUM_MEMBERS } : {};
}

/**
 * Graph search requests as one call that can share a batch: each search request is an inner
 * request of its own (Graph takes "only a single searchRequest at a time", search API overview,
 * known limitations), answered in order. Only a call of exactly
 * one request may go alone (`direct`); several go as one JSON batch, one round trip, where
 * sendGraphBatch retries a throttled inner request on its own after its Retry-After.
 */
export function searchCall(graph: SamverkaGraph, requests: SearchRequest[]): GraphCall<SearchResponse[]> {
  const ids = requests.map((_, i) => `search-${i}`);
  return {
    requests: requests.map((request, i) => {
      const headers = searchRequestHeaders(request);
      return { id: ids[i], method: 'POST', url: '/search/query', body: { requests: [request] }, ...(Object.keys(headers).length > 0 ? { headers } : {}) };
    }),
    direct: requests.length === 1 ? () => searchDirect(graph, requests[0]) : undefined,
    read: answers => ids.map(id => {
      const value = (batchAnswerBody(answers[id], 'a search') as { value?: SearchResponse[] }).value;
      // One request in the body, so one response; an answer without it reads as no results.
      return Array.isArray(value) && value.length > 0 ? value[0] : { hitsContainers: [] };
    })
  };
}

/** One search request on its own: POST /search/query with a one-element body, and Prefer for people. */
async function searchDirect(graph: SamverkaGraph, request: SearchRequest): Promise<SearchResponse[]> {
  const preferences = searchRequestHeaders(request);
  if (Object.keys(preferences).length === 0) {
    return await graph.query(request) as SearchResponse[];
  }
  const answer = await graphPost<SearchResponse[] | { value?: SearchResponse[] }>(graph.at('search/query'), headers(preferences, body({ requests: [request] })));
  return Array.isArray(answer) ? answer : answer.value || [];
}

/**
 * Search requests without a coalescer around them: one goes alone, several as one JSON batch
 * (the same as searchCall inside a GraphBatchCoalescer that nothing else shares).
 */
export async function runSearch(graph: SamverkaGraph, requests: SearchRequest[], policy: RetryPolicy): Promise<SearchResponse[]> {
  const call = searchCall(graph, requests);
  if (call.direct) {
    return call.direct();
  }
  return call.read(await sendGraphBatch(graph, call.requests, policy));
}

import '@pnp/graph/search';
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

/** One Graph search request (several search requests in one body) as a call that can share a batch. */
export function searchCall(graph: SamverkaGraph, requests: SearchRequest[]): GraphCall<SearchResponse[]> {
  return {
    requests: [{ id: 'search', method: 'POST', url: '/search/query', body: { requests } }],
    direct: () => graph.query(...requests) as Promise<SearchResponse[]>,
    read: answers => {
      const value = (batchAnswerBody(answers.search, 'a search') as { value?: SearchResponse[] }).value;
      return Array.isArray(value) ? value : [];
    }
  };
}

import * as React from 'react';
import { failureCodeOf } from '../../core/failures';
import type { ContentRecord } from '../../core/contentHealth';
import type { ContentActionResult, ContentHealthReport, IContentHealthService } from '../../core/contentHealthPorts';

export type ContentHealthAction = 'review' | 'handOver' | 'unpublish';

export interface ContentHealthState {
  report: ContentHealthReport | null;
  loading: boolean;
  /** Failure code of the whole report (nothing could be read). */
  error: string | null;
  /** The last action's result, until the next one. */
  lastResult: ContentActionResult | null;
  working: boolean;
  reload(): void;
  run(action: ContentHealthAction, items: readonly ContentRecord[], newOwner?: string): Promise<void>;
}


/** The report and its actions; after an action the report is read again, so it shows what SharePoint now holds. */
export function useContentHealth(service: IContentHealthService): ContentHealthState {
  const [report, setReport] = React.useState<ContentHealthReport | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | null>(null);
  const [lastResult, setLastResult] = React.useState<ContentActionResult | null>(null);
  const [working, setWorking] = React.useState(false);
  const generation = React.useRef(0);

  const load = React.useCallback((): Promise<void> => {
    const mine = ++generation.current;
    setLoading(true);
    return service.getReport().then(next => {
      if (mine === generation.current) {
        setReport(next);
        setError(null);
        setLoading(false);
      }
    }, failure => {
      if (mine === generation.current) {
        setError(failureCodeOf(failure));
        setLoading(false);
      }
    });
  }, [service]);

  React.useEffect(() => {
    load().catch(() => undefined);
    return () => { generation.current++; };
  }, [load]);

  const run = React.useCallback(async (action: ContentHealthAction, items: readonly ContentRecord[], newOwner?: string) => {
    setWorking(true);
    setLastResult(null);
    try {
      const result = action === 'review' ? await service.markReviewed(items)
        : action === 'handOver' ? await service.handOver(items, newOwner || '')
          : await service.unpublish(items);
      setLastResult(result);
    } catch (failure) {
      setLastResult({ succeeded: [], failed: items.map(item => ({ url: item.url, code: failureCodeOf(failure) })) });
    } finally {
      setWorking(false);
    }
    await load();
  }, [service, load]);

  return { report, loading, error, lastResult, working, reload: () => { load().catch(() => undefined); }, run };
}

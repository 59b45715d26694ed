import * as React from 'react';
import { failureCodeOf } from '../../core/failures';
import type { TenantConfig } from '../../core/municipality';
import type { Offer } from '../../core/reuse';
import type { IReuseService } from '../../core/reusePorts';
import type { IReuseStrings } from './reuseStrings';
import { errorCode } from './reuseView';

export interface ILoadedReuse {
  config: TenantConfig;
  /** The municipalities whose hub the user may publish in. */
  editorOf: string[];
  offers: Offer[];
}

export interface IReuseView {
  /** Null while it loads (or once it failed). */
  loaded: ILoadedReuse | null;
  /** Why the view could not load, in the reader's words, and its failure code; null while it loads or once it has. */
  failed: { text: string; code: string } | null;
  /** The pending offers to each of the editor's municipalities: the same lists on every render until a load. */
  pending: Record<string, Offer[]>;
  /** Counts the sends and answers made here, so an open log shows them (failures too). */
  recorded: number;
  onRecorded(): void;
  retry(): void;
}

/** The content reuse view's own data: the configuration, where the user is an editor, and the offers to those hubs. */
export function useReuse(service: IReuseService, getConfig: () => Promise<TenantConfig>, strings: IReuseStrings): IReuseView {
  const [loaded, setLoaded] = React.useState<ILoadedReuse | null>(null);
  const [failed, setFailed] = React.useState<{ text: string; code: string } | null>(null);
  const [attempt, setAttempt] = React.useState(0);
  const [recorded, setRecorded] = React.useState(0);
  const onRecorded = React.useCallback(() => setRecorded(n => n + 1), []);
  const retry = React.useCallback(() => setAttempt(a => a + 1), []);
  // The same lists on every render: an offer list keeps its own (answered offers leave it) until these change.
  const pending = React.useMemo(() => {
    const by: Record<string, Offer[]> = {};
    (loaded ? loaded.editorOf : []).forEach(m => { by[m] = loaded!.offers.filter(o => o.toMunicipalityId === m && o.status === 'pending'); });
    return by;
  }, [loaded]);

  React.useEffect(() => {
    let live = true;
    setFailed(null);
    Promise.all([getConfig(), service.editorMunicipalities()]).then(async ([config, editorOf]) => {
      const lists = await Promise.all(editorOf.map(m => service.listOffers(m)));
      if (live) {
        setLoaded({ config, editorOf, offers: ([] as Offer[]).concat(...lists) });
      }
    }).catch((error: unknown) => { if (live) { setFailed({ text: errorCode(error, strings), code: failureCodeOf(error) }); } });
    return () => { live = false; };
    // strings are the web part's loc module: fixed for its lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, getConfig, attempt]);

  return { loaded, failed, pending, recorded, onRecorded, retry };
}

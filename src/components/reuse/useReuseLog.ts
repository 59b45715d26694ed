import * as React from 'react';
import type { ReuseLogEntry } from '../../core/reuse';
import type { IReuseService } from '../../core/reusePorts';

/** How many of the newest entries the log shows. */
export const LOG_SHOWN = 50;

export interface IReuseLog {
  open: boolean;
  toggle(): void;
  /** The newest entries; null until read. */
  entries: ReuseLogEntry[] | null;
  failed: boolean;
}

/**
 * The record (Händelser): read when the editor opens it, not for the first render, and again
 * each time `recorded` counts a send or answer made here.
 */
export function useReuseLog(service: IReuseService, recorded: number): IReuseLog {
  const [open, setOpen] = React.useState(false);
  const [entries, setEntries] = React.useState<ReuseLogEntry[] | null>(null);
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    if (!open) {
      return undefined;
    }
    let live = true;
    setFailed(false);
    service.getLog().then(list => { if (live) { setEntries(list.slice(0, LOG_SHOWN)); } }, () => { if (live) { setFailed(true); } });
    return () => { live = false; };
  }, [open, service, recorded]);
  const toggle = React.useCallback(() => setOpen(o => !o), []);
  return { open, toggle, entries, failed };
}

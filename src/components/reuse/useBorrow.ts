import * as React from 'react';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { BorrowCandidate, BorrowKind, SourceChange } from '../../core/borrow';
import type { BorrowPreview, IBorrowService } from '../../core/borrowPorts';
import type { IReuseStrings } from './reuseStrings';
import { formatReuse } from './reuseStrings';
import { borrowError } from './reuseView';
import type { Notice } from './reuseView';

export interface IBorrowSearch {
  /** The editor's municipality the pages are borrowed into. */
  toId: string;
  /** Another hub to borrow into: the filters' municipality is cleared and both lists are read again. */
  setToId(id: string): void;
  /** The municipalities to borrow from: all but the editor's. */
  others: Municipality[];
  words: string;
  setWords(words: string): void;
  from: string;
  setFrom(id: string): void;
  kind: '' | BorrowKind;
  setKind(kind: '' | BorrowKind): void;
  since: string;
  setSince(date: string): void;
  /** What the newest search found; null before its first answer. */
  results: BorrowCandidate[] | null;
  searching: boolean;
  failed: boolean;
  search(): void;
  /** The copies whose source changed since they were borrowed; null while they load. */
  changed: SourceChange[] | null;
  changedFailed: boolean;
  notice: Notice | null;
  announce(notice: Notice): void;
  /** A changed copy was answered (theirs taken or ours kept): it leaves the list and the notice says so. */
  answered(change: SourceChange, text: string): void;
}

/** The "Låna" part's data: searching other municipalities' pages and the borrowed copies whose source changed. */
export function useBorrow(borrow: IBorrowService, config: TenantConfig, editorOf: string[], strings: IReuseStrings): IBorrowSearch {
  const [toId, setTo] = React.useState(editorOf[0]);
  const others = config.municipalities.filter(m => m.id !== toId);
  const [words, setWords] = React.useState('');
  const [from, setFrom] = React.useState('');
  const [kind, setKind] = React.useState<'' | BorrowKind>('');
  const [since, setSince] = React.useState('');
  const [results, setResults] = React.useState<BorrowCandidate[] | null>(null);
  const [searching, setSearching] = React.useState(false);
  const [failed, setFailed] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [changed, setChanged] = React.useState<SourceChange[] | null>(null);
  const [changedFailed, setChangedFailed] = React.useState(false);

  // Only the newest search may fill the list: an answer to an earlier one (the first load, or the
  // search for the municipality just switched from) that arrives later is dropped.
  const latestSearch = React.useRef(0);
  const search = (): void => {
    const ticket = ++latestSearch.current;
    setSearching(true);
    setFailed(false);
    borrow.browse(toId, { municipalityIds: from ? [from] : [], kind: kind || undefined, since: since || undefined, text: words }).then(
      list => { if (ticket === latestSearch.current) { setResults(list); setSearching(false); } },
      () => { if (ticket === latestSearch.current) { setFailed(true); setSearching(false); } });
  };

  React.useEffect(() => {
    let live = true;
    setChanged(null);
    setChangedFailed(false);
    borrow.changedCopies(toId).then(list => { if (live) { setChanged(list); } }, () => { if (live) { setChangedFailed(true); } });
    search();
    return () => { live = false; };
  }, [borrow, toId]);
  // Unmounted: no answer may set state any more.
  React.useEffect(() => () => { latestSearch.current++; }, []);

  const setToId = (id: string): void => {
    setTo(id);
    setFrom('');
  };
  const answered = (change: SourceChange, text: string): void => {
    setChanged(list => (list || []).filter(c => c.copy.id !== change.copy.id));
    setNotice({ type: 'success', text: formatReuse(text, change.copy.title), link: change.copy.url, linkText: strings.Borrow.OpenCopy });
  };

  return {
    toId, setToId, others, words, setWords, from, setFrom, kind, setKind, since, setSince, results, searching, failed, search,
    changed, changedFailed, notice, announce: setNotice, answered
  };
}

export interface IBorrowCandidate {
  open: boolean;
  /** Opens or closes the preview; the first opening reads it. */
  toggle(): void;
  preview: BorrowPreview | null;
  previewFailed: boolean;
  busy: boolean;
  /** Copies the page into the editor's hub; the notice handed to onDone says how it went. */
  take(): void;
}

/** One page found to borrow: its preview, read when first opened, and borrowing it. */
export function useBorrowCandidate(borrow: IBorrowService, candidate: BorrowCandidate, toId: string, toName: string, strings: IReuseStrings,
  onDone: (notice: Notice) => void): IBorrowCandidate {
  const [open, setOpen] = React.useState(false);
  const [preview, setPreview] = React.useState<BorrowPreview | null>(null);
  const [previewFailed, setPreviewFailed] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => {
    if (!open || preview) {
      return undefined;
    }
    let live = true;
    borrow.preview(candidate.url).then(p => { if (live) { setPreview(p); } }, () => { if (live) { setPreviewFailed(true); } });
    return () => { live = false; };
  }, [open]);
  const take = (): void => {
    setBusy(true);
    borrow.borrow(candidate.url, toId).then(result => {
      setBusy(false);
      onDone({ type: result.outcome === 'borrowed' ? 'success' : 'info', text: formatReuse(result.outcome === 'borrowed' ? strings.Borrow.Borrowed : strings.Borrow.AlreadyBorrowed, candidate.title, toName), link: result.copyUrl, linkText: strings.Borrow.OpenCopy });
    }, error => { setBusy(false); onDone({ type: 'error', text: borrowError(error, strings) }); });
  };
  const toggle = React.useCallback(() => setOpen(o => !o), []);
  return { open, toggle, preview, previewFailed, busy, take };
}

export interface IChangedCopyAnswer {
  busy: boolean;
  takeSource(): void;
  keepOurs(): void;
}

/** Answering one copy whose source changed: take the source's new version, or keep ours. */
export function useChangedCopy(borrow: IBorrowService, change: SourceChange, toId: string, strings: IReuseStrings,
  onAnswered: (change: SourceChange, text: string) => void, onFailed: (error: unknown) => void): IChangedCopyAnswer {
  const [busy, setBusy] = React.useState(false);
  const act = (run: () => Promise<void>, text: string): void => {
    setBusy(true);
    run().then(() => onAnswered(change, text), error => { setBusy(false); onFailed(error); });
  };
  return {
    busy,
    takeSource: () => act(() => borrow.takeSource(toId, change.copy.id), strings.Borrow.Took),
    keepOurs: () => act(() => borrow.keepOurs(toId, change.copy.id), strings.Borrow.Kept)
  };
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { BorrowCandidate, BorrowKind, SourceChange } from '../../core/borrow';
import type { IBorrowService } from '../../core/borrowPorts';
import { formatReuse } from './reuseStrings';
import type { IPartProps, Notice } from './reuseView';
import { borrowError, shortNameOf } from './reuseView';
import { DateText } from '../common/DateText';
import { SafeHtml } from '../common/SafeHtml';
import { DateField } from '../common/DateField';
import { Filled, focusNotice, NoticeBar } from './ReuseControls';
import { useBorrow, useBorrowCandidate, useChangedCopy } from './useBorrow';

/**
 * Borrowing another municipality's page (the "Låna" part): search their pages and news,
 * preview one, copy it into the editor's hub; and the copies whose source has changed since,
 * with the source's new version to take or ours to keep. Shown to editors only.
 */
export function BorrowPart(props: IPartProps & { borrow: IBorrowService; editorOf: string[] }): React.ReactElement {
  const { strings, borrow, config, classNames, id } = props;
  const b = useBorrow(borrow, config, props.editorOf, strings);
  const { toId, changed, results } = b;
  const statusRef = React.useRef<HTMLDivElement>(null);
  const nameOf = (mid: string): string => shortNameOf(config, mid) ?? mid;
  const announce = (next: Notice): void => {
    b.announce(next);
    focusNotice(statusRef);
  };
  const answered = (change: SourceChange, text: string): void => {
    b.answered(change, text);
    focusNotice(statusRef);
  };
  const search = (event: React.FormEvent): void => {
    event.preventDefault();
    b.search();
  };

  return (
    <section className={classNames.part} aria-labelledby={`${id}-heading`} data-borrow="">
      <h3 id={`${id}-heading`} className={classNames.heading}>{strings.Borrow.Heading}</h3>
      <p className={classNames.meta}>{strings.Borrow.Intro}</p>
      <h4 id={`${id}-changed`} className={classNames.offerTitle}>{strings.Borrow.ChangedHeading}</h4>
      {b.changedFailed ? <p>{strings.Borrow.Failed}</p>
        : changed === null ? <Spinner size={SpinnerSize.small} label={strings.View.Loading} />
          : changed.length === 0 ? <p>{strings.Borrow.ChangedNone}</p> : (
            <ul className={classNames.offers} aria-labelledby={`${id}-changed`} data-borrow-changed="">
              {changed.map(change => (
                <ChangedCopy key={change.copy.id} {...props} change={change} toId={toId} itemId={`${id}-changed-${change.copy.id}`}
                  fromName={nameOf(change.copy.sourceMunicipalityId)} onAnswered={answered} onFailed={error => announce({ type: 'error', text: borrowError(error, strings) })} />
              ))}
            </ul>
          )}
      <form role="search" aria-labelledby={`${id}-heading`} onSubmit={search}>
        <div className={classNames.fields}>
          {props.editorOf.length > 1 && (
            <div className={classNames.field}>
              <label htmlFor={`${id}-to`}>{strings.Borrow.To}</label>
              <select id={`${id}-to`} value={toId} onChange={e => b.setToId(e.target.value)}>
                {props.editorOf.map(m => <option key={m} value={m}>{nameOf(m)}</option>)}
              </select>
            </div>
          )}
          <div className={classNames.field}>
            <label htmlFor={`${id}-words`}>{strings.Borrow.Words}</label>
            <input id={`${id}-words`} type="search" value={b.words} onChange={e => b.setWords(e.target.value)} />
          </div>
          <div className={classNames.field}>
            <label htmlFor={`${id}-from`}>{strings.Borrow.Municipality}</label>
            <select id={`${id}-from`} value={b.from} onChange={e => b.setFrom(e.target.value)}>
              <option value="">{strings.Borrow.AllMunicipalities}</option>
              {b.others.map(m => <option key={m.id} value={m.id}>{m.shortName}</option>)}
            </select>
          </div>
          <div className={classNames.field}>
            <label htmlFor={`${id}-kind`}>{strings.Borrow.Kind}</label>
            <select id={`${id}-kind`} value={b.kind} onChange={e => b.setKind(e.target.value as '' | BorrowKind)}>
              <option value="">{strings.Borrow.AllKinds}</option>
              <option value="page">{strings.Borrow.KindPage}</option>
              <option value="news">{strings.Borrow.KindNews}</option>
            </select>
          </div>
          <div className={classNames.field}>
            <label htmlFor={`${id}-since`}>{strings.Borrow.Since}</label>
            <DateField id={`${id}-since`} value={b.since} onChange={b.setSince} />
          </div>
        </div>
        <PrimaryButton type="submit" disabled={b.searching} text={b.searching ? strings.Borrow.Searching : strings.Borrow.Search} />
      </form>
      <NoticeBar notice={b.notice} strings={strings} focusRef={statusRef} />
      <div aria-live="polite" aria-busy={b.searching} data-borrow-found="">
        {b.failed ? <p>{strings.Borrow.Failed}</p>
          : results === null ? <Spinner size={SpinnerSize.small} label={strings.Borrow.Searching} />
            : results.length === 0 ? <p>{strings.Borrow.NoResults}</p> : (
              <ul className={classNames.offers} aria-label={formatReuse(results.length === 1 ? strings.Borrow.ResultsOne : strings.Borrow.Results, results.length)} data-borrow-results="">
                {results.map((candidate, index) => (
                  <BorrowItem key={candidate.url} {...props} candidate={candidate} itemId={`${id}-result-${index}`} toName={nameOf(toId)}
                    toId={toId} fromName={nameOf(candidate.municipalityId)} onDone={announce} />
                ))}
              </ul>
            )}
      </div>
    </section>
  );
}

function BorrowItem(props: IPartProps & { borrow: IBorrowService; candidate: BorrowCandidate; itemId: string; toId: string; toName: string; fromName: string; onDone: (notice: Notice) => void }): React.ReactElement {
  const { strings, borrow, candidate, classNames, itemId } = props;
  const { open, toggle, preview, previewFailed, busy, take } = useBorrowCandidate(borrow, candidate, props.toId, props.toName, strings, props.onDone);
  return (
    <li className={classNames.offer} aria-labelledby={`${itemId}-title`}>
      <h4 id={`${itemId}-title`} className={classNames.offerTitle}>{candidate.title}</h4>
      <p className={classNames.meta}>
        <Filled template={strings.Borrow.Meta} values={[props.fromName, candidate.kind === 'news' ? strings.Borrow.KindNews : strings.Borrow.KindPage,
          <DateText key="at" iso={candidate.modified} formatter={props.formatter} />]} />
      </p>
      {candidate.description && <p>{candidate.description}</p>}
      <div className={classNames.buttons}>
        <DefaultButton aria-expanded={open} aria-controls={`${itemId}-preview`} aria-describedby={`${itemId}-title`} onClick={toggle}
          text={open ? strings.Borrow.HidePreview : strings.Borrow.Preview} />
        <PrimaryButton disabled={busy} aria-describedby={`${itemId}-title`} onClick={take} text={busy ? strings.Borrow.Borrowing : strings.Borrow.Borrow} />
      </div>
      <div id={`${itemId}-preview`} hidden={!open} className={classNames.preview} aria-live="polite" data-borrow-preview="">
        {open && (previewFailed ? <p>{strings.Borrow.Gone}</p> : !preview ? <Spinner size={SpinnerSize.small} label={strings.View.Loading} /> : (
          <>
            {/* The page as its readers see it (headings, paragraphs, pictures), through the one sanitizer, scaled to fit. */}
            {preview.html ? <SafeHtml html={preview.html} className={classNames.previewPage} /> : <p>{preview.text || preview.description}</p>}
            <p className={classNames.meta}>
              <Filled template={strings.Borrow.PreviewModified} values={[preview.modifiedBy, <DateText key="at" iso={preview.modified} formatter={props.formatter} />]} />
            </p>
            <a href={candidate.url} target="_blank" rel="noopener noreferrer">{strings.Borrow.OpenSource}</a>
          </>
        ))}
      </div>
    </li>
  );
}

function ChangedCopy(props: IPartProps & { borrow: IBorrowService; change: SourceChange; toId: string; itemId: string; fromName: string; onAnswered: (change: SourceChange, text: string) => void; onFailed: (error: unknown) => void }): React.ReactElement {
  const { strings, borrow, change, classNames, itemId } = props;
  const { busy, takeSource, keepOurs } = useChangedCopy(borrow, change, props.toId, strings, props.onAnswered, props.onFailed);
  return (
    <li className={classNames.offer} aria-labelledby={`${itemId}-title`}>
      <h5 id={`${itemId}-title`} className={classNames.offerTitle}><a href={change.copy.url}>{change.copy.title}</a></h5>
      <p className={classNames.meta}>
        <Filled template={strings.Borrow.ChangedMeta} values={[props.fromName, <DateText key="at" iso={change.source.modified} formatter={props.formatter} />, change.source.modifiedBy]} />
      </p>
      {change.titleChanged && <p>{formatReuse(strings.Borrow.TitleNow, change.source.title)}</p>}
      {change.descriptionChanged && <p>{formatReuse(strings.Borrow.DescriptionNow, change.source.description)}</p>}
      <a href={change.copy.sourceUrl} target="_blank" rel="noopener noreferrer" aria-describedby={`${itemId}-title`}>{strings.Borrow.OpenSource}</a>
      <div className={classNames.buttons}>
        <PrimaryButton disabled={busy} aria-describedby={`${itemId}-title`} onClick={takeSource} text={strings.Borrow.TakeSource} />
        <DefaultButton disabled={busy} aria-describedby={`${itemId}-title`} onClick={keepOurs} text={strings.Borrow.KeepOurs} />
      </div>
    </li>
  );
}

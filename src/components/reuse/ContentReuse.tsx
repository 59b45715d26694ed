import * as React from 'react';
import { failureCodeOf, isFailureCode } from '../../core/failures';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { NewsItem } from '../../core/news';
import type { AudienceChoice, AudienceReach, Offer, ReuseLogEntry, ReusePage } from '../../core/reuse';
import type { IReuseService, SendResult } from '../../core/reusePorts';
import type { BorrowCandidate, BorrowKind, SourceChange } from '../../core/borrow';
import type { BorrowPreview, IBorrowService } from '../../core/borrowPorts';
import { errorText } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { resolveHostTheme } from '../common/hostTheme';
import type { HostTheme } from '../common/hostTheme';
import { getReuseClassNames } from './reuseStyles';
import type { IReuseClassNames } from './reuseStyles';
import { formatReuse } from './reuseStrings';
import type { IReuseStrings } from './reuseStrings';

export interface IContentReuseProps {
  service: IReuseService;
  /** Borrowing pages of other municipalities; without it the view has no "Låna" part. */
  borrow?: IBorrowService;
  getConfig: () => Promise<TenantConfig>;
  strings: IReuseStrings;
  hostTheme?: HostTheme;
}

type AudienceKey = 'allStaff' | 'managers';
interface Notice {
  type: 'success' | 'info' | 'error';
  text: string;
  link?: string;
  /** The link's text; the news link's by default. */
  linkText?: string;
}
interface Loaded {
  config: TenantConfig;
  editorOf: string[];
  offers: Offer[];
}

let instances = 0;

function audienceOf(municipality: Municipality, key: AudienceKey): AudienceChoice {
  return key === 'allStaff' ? { kind: 'allStaff' } : { kind: 'groups', groupIds: [municipality.groups.managers] };
}

function errorCode(error: unknown, strings: IReuseStrings): string {
  const e = error as { code?: unknown } | null;
  const errors = strings.Errors as Record<string, string>;
  // The reuse rules' own codes first (an offer already answered, no audience chosen, one gone, ...).
  if (e && typeof e.code === 'string' && (errors[e.code] || isFailureCode(e.code))) {
    return errorText(e.code, strings.Errors);
  }
  const code = failureCodeOf(error);
  // A 404 here is the offers or log list (or the shared site) not being there: only an administrator can help.
  return code === 'notFound' ? strings.Errors.missing : errorText(code, strings.Errors);
}

/**
 * Content reuse for editors: send a news item of their hub to another municipality (a news
 * link, or an offer when they may not publish there), and answer the offers made to their
 * hubs. Someone who may publish in no hub gets a message, never a button that would fail.
 */
export function ContentReuse(props: IContentReuseProps): React.ReactElement {
  const { strings, service } = props;
  const theme = React.useMemo(() => resolveHostTheme(props.hostTheme), [props.hostTheme]);
  const classNames = React.useMemo(() => getReuseClassNames(theme), [theme]);
  const [id] = React.useState(() => `samverka-reuse-${++instances}`);
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  /** Why the web part could not load, in the reader's words, and its failure code; null while it loads or once it has. */
  const [failed, setFailed] = React.useState<{ text: string; code: string } | null>(null);
  const [attempt, setAttempt] = React.useState(0);
  /** Counts the sends and answers made here, so an open log shows them (failures too). */
  const [recorded, setRecorded] = React.useState(0);
  const onRecorded = React.useCallback(() => setRecorded(n => n + 1), []);
  // The same lists on every render: an offer list keeps its own (answered offers leave it) until these change.
  const pending = React.useMemo(() => {
    const by: Record<string, Offer[]> = {};
    (loaded ? loaded.editorOf : []).forEach(m => { by[m] = loaded!.offers.filter(o => o.toMunicipalityId === m && o.status === 'pending'); });
    return by;
  }, [loaded]);

  React.useEffect(() => {
    let live = true;
    setFailed(null);
    Promise.all([props.getConfig(), service.editorMunicipalities()]).then(async ([config, editorOf]) => {
      const lists = await Promise.all(editorOf.map(m => service.listOffers(m)));
      if (live) {
        setLoaded({ config, editorOf, offers: ([] as Offer[]).concat(...lists) });
      }
    }).catch((error: unknown) => { if (live) { setFailed({ text: errorCode(error, strings), code: failureCodeOf(error) }); } });
    return () => { live = false; };
    // strings are the web part's loc module: fixed for its lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, props.getConfig, attempt]);

  const body = (): React.ReactNode => {
    if (failed) {
      // A 401: "Ladda om sidan" reloads the page (signing in again) instead of retrying.
      const action = failureAction(failed.code, () => setAttempt(a => a + 1));
      return (
        <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton onClick={action.onClick}>{action.text}</DefaultButton>}>
          {`${strings.View.LoadFailed} ${failed.text}`}
        </MessageBar>
      );
    }
    if (!loaded) {
      return <Spinner size={SpinnerSize.medium} label={strings.View.Loading} />;
    }
    if (loaded.editorOf.length === 0) {
      return (
        <div className={classNames.readOnly}>
          <p><strong>{strings.View.OnlyEditors}</strong></p>
          <p>{strings.View.OnlyEditorsDetail}</p>
        </div>
      );
    }
    return (
      <>
        <SendForm {...props} id={id} config={loaded.config} editorOf={loaded.editorOf} classNames={classNames} onRecorded={onRecorded} />
        {props.borrow && <BorrowPart {...props} borrow={props.borrow} id={`${id}-borrow`} config={loaded.config} editorOf={loaded.editorOf} classNames={classNames} />}
        <FeedPreview {...props} id={`${id}-preview`} config={loaded.config} editorOf={loaded.editorOf} classNames={classNames} />
        {loaded.editorOf.map(m => (
          <OfferList key={m} {...props} id={`${id}-${m}`} config={loaded.config} municipalityId={m} classNames={classNames} onRecorded={onRecorded}
            offers={pending[m] || []} />
        ))}
        <LogPart {...props} id={`${id}-log`} config={loaded.config} classNames={classNames} recorded={recorded} />
      </>
    );
  };

  return (
    <ThemeProvider theme={theme}>
      <section className={classNames.root} aria-labelledby={`${id}-title`} aria-busy={!loaded && !failed}>
        <h2 id={`${id}-title`} className={classNames.title}>{strings.View.Title}</h2>
        <p className={classNames.intro}>{strings.View.Intro}</p>
        {body()}
      </section>
    </ThemeProvider>
  );
}

interface IPartProps extends IContentReuseProps {
  id: string;
  config: TenantConfig;
  classNames: IReuseClassNames;
}

function NoticeBar(props: { notice: Notice | null; strings: IReuseStrings; focusRef: React.RefObject<HTMLDivElement> }): React.ReactElement {
  const { notice } = props;
  const type = !notice ? MessageBarType.info : notice.type === 'success' ? MessageBarType.success : notice.type === 'error' ? MessageBarType.error : MessageBarType.info;
  return (
    <div role="status" aria-live="polite" tabIndex={-1} ref={props.focusRef}>
      {notice && (
        <MessageBar messageBarType={type}>
          {notice.text}{' '}
          {notice.link && <a href={notice.link}>{notice.linkText || props.strings.Send.OpenLink}</a>}
        </MessageBar>
      )}
    </div>
  );
}

function AudienceRadios(props: { name: string; legend: string; value: AudienceKey; strings: IReuseStrings; disabled: boolean; onChange: (value: AudienceKey) => void; className: string }): React.ReactElement {
  const options: Array<[AudienceKey, string]> = [['allStaff', props.strings.Send.AllStaff], ['managers', props.strings.Send.Managers]];
  return (
    <fieldset className={props.className}>
      <legend>{props.legend}</legend>
      {options.map(([key, label]) => (
        <label key={key}>
          <input type="radio" name={props.name} value={key} checked={props.value === key} disabled={props.disabled} onChange={() => props.onChange(key)} />
          {' '}{label}
        </label>
      ))}
    </fieldset>
  );
}

/** How many people the chosen audience reaches, per municipality; read again when the choice changes. */
function Reach(props: { service: IReuseService; config: TenantConfig; municipality: Municipality; audience: AudienceKey; strings: IReuseStrings; className: string }): React.ReactElement {
  const { strings, config } = props;
  const [text, setText] = React.useState(strings.Reach.Counting);
  React.useEffect(() => {
    let live = true;
    setText(strings.Reach.Counting);
    props.service.audienceReach(props.municipality.id, audienceOf(props.municipality, props.audience)).then(reach => {
      if (live) {
        setText(reachText(strings, config, reach));
      }
    }, () => { if (live) { setText(strings.Reach.Failed); } });
    return () => { live = false; };
  }, [props.service, props.municipality.id, props.audience]);
  return <p className={props.className} aria-live="polite" data-reach="">{text}</p>;
}

function SendForm(props: IPartProps & { editorOf: string[]; onRecorded: () => void }): React.ReactElement {
  const { strings, service, config, classNames, id } = props;
  const [fromId, setFromId] = React.useState(props.editorOf[0]);
  const others = config.municipalities.filter(m => m.id !== fromId);
  const [toId, setToId] = React.useState(others.length ? others[0].id : '');
  const [news, setNews] = React.useState<ReusePage[] | null>(null);
  const [pageUrl, setPageUrl] = React.useState('');
  const [audience, setAudience] = React.useState<AudienceKey>('allStaff');
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const statusRef = React.useRef<HTMLDivElement>(null);
  const nameOf = (mid: string): string => {
    const m = config.municipalities.filter(x => x.id === mid)[0];
    return m ? m.shortName : mid;
  };

  React.useEffect(() => {
    let live = true;
    setNews(null);
    service.recentNews(fromId).then(pages => {
      if (live) {
        setNews(pages);
        setPageUrl(pages.length ? pages[0].url : '');
      }
    }, () => { if (live) { setNews([]); } });
    return () => { live = false; };
  }, [service, fromId]);

  React.useEffect(() => {
    if (toId === fromId || !config.municipalities.some(m => m.id === toId)) {
      setToId(others.length ? others[0].id : '');
    }
  }, [fromId]);

  const page = (news || []).filter(p => p.url === pageUrl)[0];
  const to = config.municipalities.filter(m => m.id === toId)[0];

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (!page || !to || busy) {
      return;
    }
    setBusy(true);
    setNotice(null);
    service.send(page, to.id, audienceOf(to, audience)).then((result: SendResult) => {
      const text = {
        published: strings.Send.Published, alreadyPublished: strings.Send.AlreadyPublished,
        offered: strings.Send.Offered, alreadyOffered: strings.Send.AlreadyOffered
      }[result.outcome];
      setNotice({ type: result.outcome === 'published' || result.outcome === 'offered' ? 'success' : 'info', text: formatReuse(text, to.shortName), link: result.repostUrl });
    }, error => setNotice({ type: 'error', text: errorCode(error, strings) })).then(() => {
      setBusy(false);
      props.onRecorded();
      if (statusRef.current) {
        statusRef.current.focus();
      }
    }, () => undefined);
  };

  return (
    <form className={classNames.part} aria-labelledby={`${id}-send`} onSubmit={submit}>
      <h3 id={`${id}-send`} className={classNames.heading}>{strings.Send.Heading}</h3>
      <div className={classNames.fields}>
        {props.editorOf.length > 1 && (
          <div className={classNames.field}>
            <label htmlFor={`${id}-from`}>{strings.Send.From}</label>
            <select id={`${id}-from`} value={fromId} disabled={busy} onChange={e => setFromId(e.target.value)}>
              {props.editorOf.map(m => <option key={m} value={m}>{nameOf(m)}</option>)}
            </select>
          </div>
        )}
        <div className={classNames.field}>
          <label htmlFor={`${id}-news`}>{strings.Send.News}</label>
          {news === null ? <Spinner size={SpinnerSize.small} label={strings.View.Loading} />
            : news.length === 0 ? <p>{strings.Send.NoNews}</p>
              : (
                <select id={`${id}-news`} value={pageUrl} disabled={busy} onChange={e => setPageUrl(e.target.value)}>
                  {news.map(p => <option key={p.url} value={p.url}>{p.title}</option>)}
                </select>
              )}
        </div>
        <div className={classNames.field}>
          <label htmlFor={`${id}-to`}>{strings.Send.To}</label>
          <select id={`${id}-to`} value={toId} disabled={busy} onChange={e => setToId(e.target.value)}>
            {others.map(m => <option key={m.id} value={m.id}>{m.shortName}</option>)}
          </select>
        </div>
        <div>
          <AudienceRadios name={`${id}-audience`} legend={strings.Send.Audience} value={audience} strings={strings} disabled={busy}
            onChange={setAudience} className={classNames.audience} />
          {to && <Reach service={service} config={config} municipality={to} audience={audience} strings={strings} className={classNames.meta} />}
        </div>
      </div>
      <PrimaryButton type="submit" disabled={busy || !page || !to} text={busy ? strings.Send.Sending : strings.Send.Submit} />
      <NoticeBar notice={notice} strings={strings} focusRef={statusRef} />
    </form>
  );
}

function reachText(strings: IReuseStrings, config: TenantConfig, reach: AudienceReach): string {
  const parts = reach.byMunicipality.map(p => {
    const m = config.municipalities.filter(x => x.id === p.municipalityId)[0];
    return formatReuse(strings.Reach.Part, m ? m.shortName : p.municipalityId, p.count);
  });
  return formatReuse(strings.Reach.Reaches, reach.total, parts.join(', '));
}

/** Who one news page reaches: shown on demand (its audiences by name and the people they count). */
function PageAudienceView(props: { service: IReuseService; config: TenantConfig; url: string; strings: IReuseStrings; id: string; titleId: string; className: string }): React.ReactElement {
  const { strings } = props;
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  React.useEffect(() => {
    if (!open) {
      return undefined;
    }
    let live = true;
    setText(strings.Reach.Counting);
    props.service.pageAudience(props.url).then(audience => {
      if (live) {
        const names = audience.groups.map(g => g.displayName).join(', ');
        setText(`${formatReuse(audience.targeted ? strings.Audience.Targeted : strings.Audience.Everyone, names)} ${reachText(strings, props.config, audience.reach)}`);
      }
    }, () => { if (live) { setText(strings.Reach.Failed); } });
    return () => { live = false; };
  }, [open, props.url]);
  return (
    <>
      {' '}
      {/* Described by the news title, so each button says which news it is about. */}
      <button type="button" className={props.className} aria-expanded={open} aria-controls={props.id} aria-describedby={props.titleId} onClick={() => setOpen(o => !o)}>
        {open ? strings.Audience.Hide : strings.Audience.Show}
      </button>
      <span id={props.id} aria-live="polite" data-audience="">{open ? ` ${text}` : ''}</span>
    </>
  );
}

/** Targeted news as a member of an audience of one of the editor's municipalities would see them. */
function FeedPreview(props: IPartProps & { editorOf: string[] }): React.ReactElement {
  const { strings, service, config, classNames, id } = props;
  const [municipalityId, setMunicipalityId] = React.useState(props.editorOf[0]);
  const [audience, setAudience] = React.useState<AudienceKey>('allStaff');
  const [items, setItems] = React.useState<NewsItem[] | null>(null);
  const [failed, setFailed] = React.useState(false);
  const municipality = config.municipalities.filter(m => m.id === municipalityId)[0];
  React.useEffect(() => {
    let live = true;
    setItems(null);
    setFailed(false);
    service.previewFeed(municipalityId, audienceOf(municipality, audience)).then(
      list => { if (live) { setItems(list); } },
      () => { if (live) { setFailed(true); } });
    return () => { live = false; };
  }, [service, municipalityId, audience]);
  if (!municipality) {
    return <></>;
  }
  const nameOf = (mid: string | null | undefined): string => {
    const m = config.municipalities.filter(x => x.id === mid)[0];
    return m ? m.shortName : '';
  };
  const caption = formatReuse(strings.Preview.Caption, audience === 'allStaff' ? strings.Send.AllStaff.toLowerCase() : strings.Send.Managers.toLowerCase(), municipality.shortName);

  return (
    <section className={classNames.part} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={classNames.heading}>{strings.Preview.Heading}</h3>
      <p className={classNames.meta}>{strings.Preview.Intro}</p>
      <div className={classNames.fields}>
        {props.editorOf.length > 1 && (
          <div className={classNames.field}>
            <label htmlFor={`${id}-municipality`}>{strings.Preview.Municipality}</label>
            <select id={`${id}-municipality`} value={municipalityId} onChange={e => setMunicipalityId(e.target.value)}>
              {props.editorOf.map(m => <option key={m} value={m}>{nameOf(m)}</option>)}
            </select>
          </div>
        )}
        <AudienceRadios name={`${id}-audience`} legend={strings.Preview.Audience} value={audience} strings={strings} disabled={false}
          onChange={setAudience} className={classNames.audience} />
      </div>
      <div aria-live="polite">
        {failed ? <p>{strings.Preview.Failed}</p>
          : items === null ? <Spinner size={SpinnerSize.small} label={strings.View.Loading} />
            : items.length === 0 ? <p>{strings.Preview.Empty}</p> : (
              <ul className={classNames.offers} aria-label={caption} data-preview="">
                {items.map((item, index) => (
                  <li key={item.url} className={classNames.previewItem}>
                    <a id={`${id}-title-${index}`} href={item.originalUrl || item.url}>{item.title}</a>
                    {item.originalMunicipalityId && item.originalMunicipalityId !== item.municipalityId && nameOf(item.originalMunicipalityId) && (
                      <span className={classNames.meta} data-origin="">{' '}{formatReuse(strings.Preview.From, nameOf(item.originalMunicipalityId))}</span>
                    )}
                    <PageAudienceView service={service} config={config} url={item.url} strings={strings} id={`${id}-audience-${index}`}
                      titleId={`${id}-title-${index}`} className={classNames.linkButton} />
                  </li>
                ))}
              </ul>
            )}
      </div>
    </section>
  );
}

function OfferList(props: IPartProps & { municipalityId: string; offers: Offer[]; onRecorded: () => void }): React.ReactElement {
  const { strings, config, classNames, id } = props;
  const municipality = config.municipalities.filter(m => m.id === props.municipalityId)[0];
  const [offers, setOffers] = React.useState(props.offers);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const statusRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => setOffers(props.offers), [props.offers]);
  if (!municipality) {
    return <></>;
  }
  const answered = (offer: Offer, text: string, link?: string): void => {
    setOffers(list => list.filter(o => o.id !== offer.id));
    setNotice({ type: 'success', text: formatReuse(text, offer.title), link });
    if (statusRef.current) {
      statusRef.current.focus();
    }
    props.onRecorded();
  };
  const failed = (error: unknown): void => {
    setNotice({ type: 'error', text: errorCode(error, strings) });
    props.onRecorded();
  };

  return (
    <section className={classNames.part} aria-labelledby={`${id}-offers`}>
      <h3 id={`${id}-offers`} className={classNames.heading}>{formatReuse(strings.Offers.Heading, municipality.shortName)}</h3>
      <NoticeBar notice={notice} strings={strings} focusRef={statusRef} />
      {offers.length === 0 ? <p>{strings.Offers.None}</p> : (
        <ul className={classNames.offers}>
          {offers.map(offer => (
            <OfferItem key={offer.id} {...props} offer={offer} municipality={municipality}
              onAnswered={answered} onFailed={failed} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OfferItem(props: IPartProps & { offer: Offer; municipality: Municipality; onAnswered: (offer: Offer, text: string, link?: string) => void; onFailed: (error: unknown) => void }): React.ReactElement {
  const { strings, service, offer, classNames, config } = props;
  const [preview, setPreview] = React.useState(false);
  const [audience, setAudience] = React.useState<AudienceKey>('allStaff');
  const [declining, setDeclining] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [reasonError, setReasonError] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const key = `${props.id}-offer-${offer.id}`;
  const from = config.municipalities.filter(m => m.id === offer.fromMunicipalityId)[0];
  const when = offer.offeredAt ? new Date(offer.offeredAt).toLocaleDateString('sv-SE') : '';

  const accept = (): void => {
    setBusy(true);
    service.accept(offer.id, audienceOf(props.municipality, audience)).then(
      result => props.onAnswered(offer, strings.Offers.Accepted, result.repostUrl),
      error => { setBusy(false); props.onFailed(error); });
  };
  const decline = (event: React.FormEvent): void => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(strings.Offers.ReasonRequired);
      return;
    }
    setBusy(true);
    service.decline(offer.id, reason).then(
      () => props.onAnswered(offer, strings.Offers.Declined),
      error => { setBusy(false); props.onFailed(error); });
  };

  return (
    <li className={classNames.offer} aria-labelledby={`${key}-title`}>
      <h4 id={`${key}-title`} className={classNames.offerTitle}>{offer.title}</h4>
      <p className={classNames.meta}>{formatReuse(strings.Offers.OfferedBy, from ? from.shortName : config.sharedSite.title, offer.offeredBy, when)}</p>
      <DefaultButton aria-expanded={preview} aria-controls={`${key}-preview`} onClick={() => setPreview(p => !p)}
        text={preview ? strings.Offers.HidePreview : strings.Offers.Preview} />
      <div id={`${key}-preview`} hidden={!preview} className={classNames.preview}>
        {offer.imageUrl && <img src={offer.imageUrl} alt="" className={classNames.previewImage} />}
        <p>{offer.description}</p>
        <a href={offer.sourceUrl} target="_blank" rel="noopener noreferrer">{strings.Offers.OpenSource}</a>
      </div>
      {declining ? (
        <form onSubmit={decline} className={classNames.decline} noValidate>
          <TextField label={strings.Offers.Reason} value={reason} multiline rows={2} required disabled={busy} autoFocus
            errorMessage={reasonError} onChange={(_, value) => { setReason(value || ''); setReasonError(''); }} />
          <div className={classNames.buttons}>
            <PrimaryButton type="submit" disabled={busy} text={strings.Offers.ConfirmDecline} />
            <DefaultButton disabled={busy} onClick={() => { setDeclining(false); setReasonError(''); }} text={strings.Offers.Cancel} />
          </div>
        </form>
      ) : (
        <div className={classNames.answer}>
          <div>
            <AudienceRadios name={`${key}-audience`} legend={strings.Offers.Audience} value={audience} strings={strings} disabled={busy}
              onChange={setAudience} className={classNames.audience} />
            <Reach service={service} config={config} municipality={props.municipality} audience={audience} strings={strings} className={classNames.meta} />
          </div>
          <div className={classNames.buttons}>
            <PrimaryButton disabled={busy} onClick={accept} text={strings.Offers.Accept} />
            <DefaultButton disabled={busy} onClick={() => setDeclining(true)} text={strings.Offers.Decline} />
          </div>
        </div>
      )}
    </li>
  );
}

/** How many of the newest entries the log shows. */
const LOG_SHOWN = 50;

function dateTimeOf(iso: string | undefined): string {
  const t = iso ? Date.parse(iso) : NaN;
  return isNaN(t) ? '' : new Date(t).toLocaleString('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

/** Why a send published nothing, in the editor's words: a failure entry keeps the code in its details. */
function failureText(entry: ReuseLogEntry, strings: IReuseStrings): string {
  if (entry.details === 'audienceFailed') {
    return strings.Log.FailedAudience;
  }
  return formatReuse(strings.Log.FailedOther, errorText(entry.details, strings.Errors));
}

/**
 * The record (Samverkanslogg): the newest sends, offers, answers and borrows, failed sends among
 * them, read when the editor opens it (not on the first render) and again after each send or answer made here.
 */
function LogPart(props: IPartProps & { recorded: number }): React.ReactElement {
  const { strings, service, config, classNames, id } = props;
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
  }, [open, service, props.recorded]);
  const nameOf = (mid: string | null): string => {
    const m = config.municipalities.filter(x => x.id === mid)[0];
    return m ? m.shortName : mid || strings.Log.Shared;
  };
  return (
    <section className={classNames.part} aria-labelledby={`${id}-heading`} data-log="">
      <h3 id={`${id}-heading`} className={classNames.heading}>{strings.Log.Heading}</h3>
      <p className={classNames.meta}>{strings.Log.Intro}</p>
      <DefaultButton aria-expanded={open} aria-controls={`${id}-entries`} onClick={() => setOpen(o => !o)} text={open ? strings.Log.Hide : strings.Log.Show} />
      <div id={`${id}-entries`} hidden={!open} aria-live="polite">
        {open && (failed ? <p>{strings.Log.Failed}</p>
          : entries === null ? <Spinner size={SpinnerSize.small} label={strings.Log.Loading} />
            : entries.length === 0 ? <p>{strings.Log.Empty}</p> : (
              <ul className={classNames.offers} aria-labelledby={`${id}-heading`}>
                {entries.map((entry, index) => (
                  <li key={`${entry.at || ''}-${index}`} className={entry.action === 'sendFailed' ? classNames.logFailure : classNames.logEntry} data-log-action={entry.action}>
                    <strong>{strings.Log.Actions[entry.action]}</strong>{': '}
                    {entry.sourceUrl ? <a href={entry.sourceUrl}>{entry.title || entry.sourceUrl}</a> : entry.title}
                    <p className={classNames.meta}>{formatReuse(strings.Log.Meta, nameOf(entry.fromMunicipalityId), nameOf(entry.toMunicipalityId), entry.actor, dateTimeOf(entry.at))}</p>
                    {entry.action === 'sendFailed' && <p className={classNames.logReason}>{failureText(entry, strings)}</p>}
                  </li>
                ))}
              </ul>
            ))}
      </div>
    </section>
  );
}

function borrowError(error: unknown, strings: IReuseStrings): string {
  const e = error as { code?: unknown } | null;
  return e && e.code === 'notFound' ? strings.Borrow.Gone : errorCode(error, strings);
}

function dateOf(iso: string): string {
  const t = Date.parse(iso);
  return isNaN(t) ? '' : new Date(t).toLocaleDateString('sv-SE');
}

/**
 * Borrowing another municipality's page (the "Låna" part): search their pages and news,
 * preview one, copy it into the editor's hub; and the copies whose source has changed since,
 * with the source's new version to take or ours to keep. Shown to editors only.
 */
function BorrowPart(props: IPartProps & { borrow: IBorrowService; editorOf: string[] }): React.ReactElement {
  const { strings, borrow, config, classNames, id } = props;
  const [toId, setToId] = React.useState(props.editorOf[0]);
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
  const statusRef = React.useRef<HTMLDivElement>(null);
  const nameOf = (mid: string): string => {
    const m = config.municipalities.filter(x => x.id === mid)[0];
    return m ? m.shortName : mid;
  };
  const announce = (next: Notice): void => {
    setNotice(next);
    if (statusRef.current) {
      statusRef.current.focus();
    }
  };

  // Only the newest search may fill the list: an answer to an earlier one (the first load, or the
  // search for the municipality just switched from) that arrives later is dropped.
  const latestSearch = React.useRef(0);
  const search = (event?: React.FormEvent): void => {
    if (event) {
      event.preventDefault();
    }
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

  const answered = (change: SourceChange, text: string): void => {
    setChanged(list => (list || []).filter(c => c.copy.id !== change.copy.id));
    announce({ type: 'success', text: formatReuse(text, change.copy.title), link: change.copy.url, linkText: strings.Borrow.OpenCopy });
  };

  return (
    <section className={classNames.part} aria-labelledby={`${id}-heading`} data-borrow="">
      <h3 id={`${id}-heading`} className={classNames.heading}>{strings.Borrow.Heading}</h3>
      <p className={classNames.meta}>{strings.Borrow.Intro}</p>
      <h4 id={`${id}-changed`} className={classNames.offerTitle}>{strings.Borrow.ChangedHeading}</h4>
      {changedFailed ? <p>{strings.Borrow.Failed}</p>
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
              <select id={`${id}-to`} value={toId} onChange={e => { setToId(e.target.value); setFrom(''); }}>
                {props.editorOf.map(m => <option key={m} value={m}>{nameOf(m)}</option>)}
              </select>
            </div>
          )}
          <div className={classNames.field}>
            <label htmlFor={`${id}-words`}>{strings.Borrow.Words}</label>
            <input id={`${id}-words`} type="search" value={words} onChange={e => setWords(e.target.value)} />
          </div>
          <div className={classNames.field}>
            <label htmlFor={`${id}-from`}>{strings.Borrow.Municipality}</label>
            <select id={`${id}-from`} value={from} onChange={e => setFrom(e.target.value)}>
              <option value="">{strings.Borrow.AllMunicipalities}</option>
              {others.map(m => <option key={m.id} value={m.id}>{m.shortName}</option>)}
            </select>
          </div>
          <div className={classNames.field}>
            <label htmlFor={`${id}-kind`}>{strings.Borrow.Kind}</label>
            <select id={`${id}-kind`} value={kind} onChange={e => setKind(e.target.value as '' | BorrowKind)}>
              <option value="">{strings.Borrow.AllKinds}</option>
              <option value="page">{strings.Borrow.KindPage}</option>
              <option value="news">{strings.Borrow.KindNews}</option>
            </select>
          </div>
          <div className={classNames.field}>
            <label htmlFor={`${id}-since`}>{strings.Borrow.Since}</label>
            <input id={`${id}-since`} type="date" value={since} onChange={e => setSince(e.target.value)} />
          </div>
        </div>
        <PrimaryButton type="submit" disabled={searching} text={searching ? strings.Borrow.Searching : strings.Borrow.Search} />
      </form>
      <NoticeBar notice={notice} strings={strings} focusRef={statusRef} />
      <div aria-live="polite" aria-busy={searching} data-borrow-found="">
        {failed ? <p>{strings.Borrow.Failed}</p>
          : results === null ? <Spinner size={SpinnerSize.small} label={strings.Borrow.Searching} />
            : results.length === 0 ? <p>{strings.Borrow.NoResults}</p> : (
              <ul className={classNames.offers} aria-label={formatReuse(strings.Borrow.Results, results.length)} data-borrow-results="">
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
    borrow.borrow(candidate.url, props.toId).then(result => {
      setBusy(false);
      props.onDone({ type: result.outcome === 'borrowed' ? 'success' : 'info', text: formatReuse(result.outcome === 'borrowed' ? strings.Borrow.Borrowed : strings.Borrow.AlreadyBorrowed, candidate.title, props.toName), link: result.copyUrl, linkText: strings.Borrow.OpenCopy });
    }, error => { setBusy(false); props.onDone({ type: 'error', text: borrowError(error, strings) }); });
  };
  return (
    <li className={classNames.offer} aria-labelledby={`${itemId}-title`}>
      <h4 id={`${itemId}-title`} className={classNames.offerTitle}>{candidate.title}</h4>
      <p className={classNames.meta}>{formatReuse(strings.Borrow.Meta, props.fromName, candidate.kind === 'news' ? strings.Borrow.KindNews : strings.Borrow.KindPage, dateOf(candidate.modified))}</p>
      {candidate.description && <p>{candidate.description}</p>}
      <div className={classNames.buttons}>
        <DefaultButton aria-expanded={open} aria-controls={`${itemId}-preview`} aria-describedby={`${itemId}-title`} onClick={() => setOpen(o => !o)}
          text={open ? strings.Borrow.HidePreview : strings.Borrow.Preview} />
        <PrimaryButton disabled={busy} aria-describedby={`${itemId}-title`} onClick={take} text={busy ? strings.Borrow.Borrowing : strings.Borrow.Borrow} />
      </div>
      <div id={`${itemId}-preview`} hidden={!open} className={classNames.preview} aria-live="polite" data-borrow-preview="">
        {open && (previewFailed ? <p>{strings.Borrow.Gone}</p> : !preview ? <Spinner size={SpinnerSize.small} label={strings.View.Loading} /> : (
          <>
            <p>{preview.text || preview.description}</p>
            <p className={classNames.meta}>{formatReuse(strings.Borrow.PreviewModified, preview.modifiedBy, dateOf(preview.modified))}</p>
            <a href={candidate.url} target="_blank" rel="noopener noreferrer">{strings.Borrow.OpenSource}</a>
          </>
        ))}
      </div>
    </li>
  );
}

function ChangedCopy(props: IPartProps & { borrow: IBorrowService; change: SourceChange; toId: string; itemId: string; fromName: string; onAnswered: (change: SourceChange, text: string) => void; onFailed: (error: unknown) => void }): React.ReactElement {
  const { strings, borrow, change, classNames, itemId } = props;
  const [busy, setBusy] = React.useState(false);
  const act = (run: () => Promise<void>, text: string): void => {
    setBusy(true);
    run().then(() => props.onAnswered(change, text), error => { setBusy(false); props.onFailed(error); });
  };
  return (
    <li className={classNames.offer} aria-labelledby={`${itemId}-title`}>
      <h5 id={`${itemId}-title`} className={classNames.offerTitle}><a href={change.copy.url}>{change.copy.title}</a></h5>
      <p className={classNames.meta}>{formatReuse(strings.Borrow.ChangedMeta, props.fromName, dateOf(change.source.modified), change.source.modifiedBy)}</p>
      {change.titleChanged && <p>{formatReuse(strings.Borrow.TitleNow, change.source.title)}</p>}
      {change.descriptionChanged && <p>{formatReuse(strings.Borrow.DescriptionNow, change.source.description)}</p>}
      <a href={change.copy.sourceUrl} target="_blank" rel="noopener noreferrer" aria-describedby={`${itemId}-title`}>{strings.Borrow.OpenSource}</a>
      <div className={classNames.buttons}>
        <PrimaryButton disabled={busy} aria-describedby={`${itemId}-title`} onClick={() => act(() => borrow.takeSource(props.toId, change.copy.id), strings.Borrow.Took)} text={strings.Borrow.TakeSource} />
        <DefaultButton disabled={busy} aria-describedby={`${itemId}-title`} onClick={() => act(() => borrow.keepOurs(props.toId, change.copy.id), strings.Borrow.Kept)} text={strings.Borrow.KeepOurs} />
      </div>
    </li>
  );
}

import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { failureCodeOf } from '../../core/failures';
import { LocalGuideDrafts } from '../../core/guideEditorDrafts';
import type { DraftStorage } from '../../core/guideEditorDrafts';
import type { GuideListEntry, GuideOverview as Overview, IGuideEditorService } from '../../core/guideEditorPorts';
import type { TenantConfig } from '../../core/municipality';
import type { CurrentUser } from '../../core/ports';
import { errorText, uiFormatter } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { formatText } from '../common/formatText';
import { resolveHostTheme } from '../common/hostTheme';
import type { HostTheme } from '../common/hostTheme';
import { GuideForm } from './GuideForm';
import { GuideOverview } from './GuideOverview';
import { scalePicture as browserScalePicture } from '../guides/scalePicture';
import type { PictureScaler } from './StepUpload';
import { getGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';

export interface IGuideEditorProps {
  service: IGuideEditorService;
  getConfig(): Promise<TenantConfig>;
  getUser(): Promise<CurrentUser>;
  /** Where unsaved edits are kept (window.localStorage); undefined when the browser keeps nothing. */
  storage?: DraftStorage;
  now?: () => Date;
  strings: IGuideEditorStrings;
  hostTheme?: HostTheme;
  /** Scales a picture before it is uploaded; scalePicture (the browser's canvas) unless given. */
  scalePicture?: PictureScaler;
}

interface Ready {
  overview: Overview;
  config: TenantConfig;
  user: CurrentUser;
}

type Mode = { kind: 'overview' } | { kind: 'edit'; id?: number };
type Notice = { kind: 'success' | 'error'; text: string } | null;

let instances = 0;

/**
 * Guideredigeraren (issue 13): the overview of the guides an editor may edit, and the form that
 * writes one. Someone who may not edit the guide list gets a message and no actions.
 */
export function GuideEditor(props: IGuideEditorProps): React.ReactElement {
  const { strings } = props;
  const theme = React.useMemo(() => resolveHostTheme(props.hostTheme), [props.hostTheme]);
  const classNames = React.useMemo(() => getGuideEditorClassNames(theme), [theme]);
  const now = React.useMemo(() => props.now || (() => new Date()), [props.now]);
  const formatter = React.useMemo(() => uiFormatter(now), [now]);
  const [titleId] = React.useState(() => `samverka-guide-editor-${++instances}`);
  const [ready, setReady] = React.useState<Ready | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | null>(null);
  const [attempt, setAttempt] = React.useState(0);
  const [mode, setMode] = React.useState<Mode>({ kind: 'overview' });
  const [working, setWorking] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(null);
  const statusRef = React.useRef<HTMLDivElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const generation = React.useRef(0);

  const load = React.useCallback((): Promise<void> => {
    const mine = ++generation.current;
    setLoading(true);
    return Promise.all([props.service.overview(), props.getConfig(), props.getUser()]).then(([overview, config, user]) => {
      if (mine === generation.current) {
        setReady({ overview, config, user });
        setError(null);
        setLoading(false);
      }
    }, failure => {
      if (mine === generation.current) {
        setError(failureCodeOf(failure));
        setLoading(false);
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.service]);

  React.useEffect(() => {
    load().catch(() => undefined);
    return () => { generation.current++; };
  }, [load, attempt]);

  const drafts = React.useMemo(() => (props.storage && ready ? new LocalGuideDrafts(props.storage, ready.user.mail || ready.user.id, now) : null),
    [props.storage, ready && ready.user.mail, ready && ready.user.id, now]);

  const act = (run: () => Promise<unknown>, done: string): void => {
    setWorking(true);
    setNotice(null);
    run().then(() => load()).then(() => {
      setNotice({ kind: 'success', text: done });
    }, failure => {
      setNotice({ kind: 'error', text: formatText(strings.Overview.ActionFailed, errorText(failureCodeOf(failure))) });
    }).then(() => {
      setWorking(false);
      if (statusRef.current) statusRef.current.focus();
    }, () => undefined);
  };

  const body = (): React.ReactNode => {
    if (loading && !ready) {
      return <Spinner size={SpinnerSize.medium} label={strings.Overview.Loading} />;
    }
    if (error && !ready) {
      const action = failureAction(error, () => setAttempt(n => n + 1));
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton text={action.text} onClick={action.onClick} />}>
          {`${strings.Overview.LoadFailed} ${errorText(error)}`}
        </MessageBar>
      );
    }
    if (!ready) {
      return null;
    }
    if (!ready.overview.mayEdit) {
      return (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          <strong>{strings.Overview.OnlyEditors}</strong> {strings.Overview.OnlyEditorsDetail}
        </MessageBar>
      );
    }
    if (mode.kind === 'edit') {
      const categories = ready.overview.guides.map(g => g.category).filter((c, i, all) => c && all.indexOf(c) === i).sort();
      return (
        <GuideForm key={mode.id === undefined ? 'new' : mode.id} guideId={mode.id} service={props.service} config={ready.config} user={ready.user}
          categories={categories} drafts={drafts} now={now} strings={strings} classNames={classNames} theme={theme}
          scalePicture={props.scalePicture || (file => browserScalePicture(file))}
          onBack={(saved) => {
            setMode({ kind: 'overview' });
            setNotice(null);
            // The form and its Back button leave: focus goes to the editor's heading, not the page.
            setTimeout(() => { if (headingRef.current) headingRef.current.focus(); }, 0);
            if (saved) load().catch(() => undefined);
          }} />
      );
    }
    return (
      <>
        <p className={classNames.intro}>{strings.Overview.Intro}</p>
        <div role="status" tabIndex={-1} ref={statusRef} className={classNames.status}>
          {working && <Spinner size={SpinnerSize.small} label={strings.Actions.Working} labelPosition="right" />}
          {!working && notice && (
            <MessageBar messageBarType={notice.kind === 'success' ? MessageBarType.success : MessageBarType.error} isMultiline={true}>{notice.text}</MessageBar>
          )}
        </div>
        <GuideOverview guides={ready.overview.guides} config={ready.config} userMail={ready.user.mail} formatter={formatter} working={working || loading}
          strings={strings} classNames={classNames} idBase={titleId}
          onNew={() => setMode({ kind: 'edit' })}
          onEdit={(id) => setMode({ kind: 'edit', id })}
          onCopy={(guide: GuideListEntry) => act(() => props.service.copy(guide.id), formatText(strings.Overview.Copied, guide.title))}
          onDelete={(guide: GuideListEntry) => act(() => props.service.recycle(guide.id), formatText(strings.Overview.Deleted, guide.title))} />
      </>
    );
  };

  return (
    <ThemeProvider theme={theme} applyTo="none">
      <section className={classNames.root} aria-labelledby={titleId} aria-busy={loading || working}>
        <h2 id={titleId} className={classNames.title} ref={headingRef} tabIndex={-1}>{strings.Overview.Title}</h2>
        {body()}
      </section>
    </ThemeProvider>
  );
}

export default GuideEditor;

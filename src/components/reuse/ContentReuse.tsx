import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { failureAction } from '../common/failureAction';
import { uiFormatter } from '../common/commonStrings';
import { resolveHostTheme } from '../common/hostTheme';
import { getReuseClassNames } from './reuseStyles';
import type { IContentReuseProps } from './reuseView';
import { useReuse } from './useReuse';
import { SendForm } from './SendForm';
import { BorrowPart } from './BorrowPart';
import { FeedPreview } from './FeedPreview';
import { OfferList } from './OfferList';
import { ReuseLog } from './ReuseLog';

export type { IContentReuseProps } from './reuseView';

let instances = 0;

/**
 * Content reuse for editors: send a news item of their hub to another municipality (a news
 * link, or an offer when they may not publish there), and answer the offers made to their
 * hubs. Someone who may publish in no hub gets a message, never a button that would fail.
 */
export function ContentReuse(props: IContentReuseProps): React.ReactElement {
  const { strings, service } = props;
  const theme = React.useMemo(() => resolveHostTheme(props.hostTheme), [props.hostTheme]);
  const classNames = React.useMemo(() => getReuseClassNames(theme), [theme]);
  const formatter = React.useMemo(() => props.formatter || uiFormatter(), [props.formatter]);
  const [id] = React.useState(() => `samverka-reuse-${++instances}`);
  const { loaded, failed, pending, recorded, onRecorded, retry } = useReuse(service, props.getConfig, strings);

  const body = (): React.ReactNode => {
    if (failed) {
      // A 401: "Ladda om sidan" reloads the page (signing in again) instead of retrying.
      const action = failureAction(failed.code, retry);
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
        {/* What waits for the editor first: the offers to answer, then sending, then borrowing. */}
        {loaded.editorOf.map(m => (
          <OfferList key={m} {...props} id={`${id}-${m}`} config={loaded.config} municipalityId={m} classNames={classNames} formatter={formatter} onRecorded={onRecorded}
            offers={pending[m] || []} />
        ))}
        <SendForm {...props} id={id} config={loaded.config} editorOf={loaded.editorOf} classNames={classNames} formatter={formatter} onRecorded={onRecorded} />
        {props.borrow && <BorrowPart {...props} borrow={props.borrow} id={`${id}-borrow`} config={loaded.config} editorOf={loaded.editorOf} classNames={classNames} formatter={formatter} />}
        <FeedPreview {...props} id={`${id}-preview`} config={loaded.config} editorOf={loaded.editorOf} classNames={classNames} formatter={formatter} />
        <ReuseLog {...props} id={`${id}-log`} config={loaded.config} classNames={classNames} formatter={formatter} recorded={recorded} />
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

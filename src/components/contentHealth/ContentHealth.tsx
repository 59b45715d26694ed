import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { AssessedContent, ContentFilter, ContentKind, filterContent } from '../../core/contentHealth';
import type { IContentHealthService } from '../../core/contentHealthPorts';
import type { IMustReadReportService } from '../../core/mustReadReportPorts';
import type { TenantConfig } from '../../core/municipality';
import type { IFormatter } from '../../core/formatting';
import { commonStrings, errorText, uiFormatter } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { resolveHostTheme } from '../common/hostTheme';
import type { HostTheme } from '../common/hostTheme';
import { getContentHealthClassNames } from './contentHealthStyles';
import { formatString } from './contentHealthStrings';
import type { IContentHealthStrings } from './contentHealthStrings';
import { useContentHealth } from './useContentHealth';
import { HealthFilters } from './HealthFilters';
import type { IFilterOption } from './HealthFilters';
import { HealthSummary } from './HealthSummary';
import { HealthRow, siteTitle } from './HealthRow';
import type { ContentHealthAction } from './useContentHealth';

export interface IContentHealthProps {
  service: IContentHealthService;
  /** Names of the municipalities for the summary. */
  getConfig: () => Promise<TenantConfig>;
  strings: IContentHealthStrings;
  hostTheme?: HostTheme;
  /** Läs och bekräfta's editors' view, loaded when the editor opens it (its own chunk and requests). */
  loadMustRead?: () => Promise<{ service: IMustReadReportService; view: typeof import('./MustReadEditors') }>;
  /** Dates in the UI language on the page's clock; a test hands in its own. */
  formatter?: IFormatter;
}

const PAGE = 50;
const KINDS: ContentKind[] = ['page', 'news', 'guide'];
const ALL = '*';
const NO_OWNER = '-';
let instances = 0;
// Made once: a comparison with a locale of its own builds a new collator each time.
const ownerOrder = new Intl.Collator('sv');

/**
 * The content health web part's view: a summary per municipality, then the stale and due
 * items of the sites the user may edit, most stale first, with filters and actions on the
 * selected. Someone who may edit no site gets a message, never buttons that would fail.
 */
export function ContentHealth(props: IContentHealthProps): React.ReactElement {
  const { strings } = props;
  const theme = React.useMemo(() => resolveHostTheme(props.hostTheme), [props.hostTheme]);
  const classNames = React.useMemo(() => getContentHealthClassNames(theme), [theme]);
  const state = useContentHealth(props.service);
  const formatter = React.useMemo(() => props.formatter || uiFormatter(), [props.formatter]);
  const [config, setConfig] = React.useState<TenantConfig | null>(null);
  const [kind, setKind] = React.useState<string>(ALL);
  const [owner, setOwner] = React.useState<string>(ALL);
  const [site, setSite] = React.useState<string>(ALL);
  const [attentionOnly, setAttentionOnly] = React.useState(true);
  const [shown, setShown] = React.useState(PAGE);
  const [selected, setSelected] = React.useState<Record<string, boolean>>({});
  const [dialog, setDialog] = React.useState<'handOver' | 'unpublish' | null>(null);
  const [newOwner, setNewOwner] = React.useState('');
  const [titleId] = React.useState(() => `samverka-content-health-${++instances}`);
  const statusRef = React.useRef<HTMLDivElement>(null);
  const [mustRead, setMustRead] = React.useState<{ service: IMustReadReportService; view: typeof import('./MustReadEditors') } | 'loading' | 'failed' | null>(null);

  React.useEffect(() => {
    let live = true;
    props.getConfig().then(c => { if (live) { setConfig(c); } }, () => undefined);
    return () => { live = false; };
  }, [props.getConfig]);

  const report = state.report;
  const visible = React.useMemo(() => {
    if (!report) {
      return [] as AssessedContent[];
    }
    const filter: ContentFilter = {
      kinds: kind === ALL ? undefined : [kind as ContentKind],
      owner: owner === ALL ? undefined : owner === NO_OWNER ? '' : owner,
      sitePath: site === ALL ? undefined : site,
      attentionOnly
    };
    return filterContent(report.items, filter);
  }, [report, kind, owner, site, attentionOnly]);

  const selectedItems = visible.filter(item => selected[item.record.url]).map(item => item.record);
  const page = visible.slice(0, shown);

  const run = (action: ContentHealthAction, owner?: string): void => {
    setDialog(null);
    const items = selectedItems;
    // The buttons are disabled while it works and the rows may leave: keyboard focus goes to the result.
    state.run(action, items, owner).then(() => {
      setSelected({});
      if (statusRef.current) {
        statusRef.current.focus();
      }
    }, () => undefined);
  };

  const renderFilters = (): React.ReactNode => {
    const items = report ? report.items : [];
    const owners: IFilterOption[] = [{ key: ALL, text: strings.Filters.All }, { key: NO_OWNER, text: strings.Filters.NoOwner }];
    const seen: Record<string, boolean> = {};
    items.forEach(item => {
      const o = item.record.owner;
      if (o && !seen[o.userPrincipalName.toLowerCase()]) {
        seen[o.userPrincipalName.toLowerCase()] = true;
        owners.push({ key: o.userPrincipalName.toLowerCase(), text: o.displayName });
      }
    });
    owners.sort((a, b) => (a.key === ALL ? -1 : b.key === ALL ? 1 : a.key === NO_OWNER ? -1 : b.key === NO_OWNER ? 1 : ownerOrder.compare(a.text, b.text)));
    const reset = (): void => { setShown(PAGE); setSelected({}); };
    return (
      <HealthFilters strings={strings} classNames={classNames} theme={theme} attentionOnly={attentionOnly}
        onAttentionOnly={value => { setAttentionOnly(value); reset(); }}
        choices={[
          { id: `${titleId}-kind`, label: strings.Filters.Kind, value: kind, onChange: value => { setKind(value); reset(); },
            options: [{ key: ALL, text: strings.Filters.All }].concat(KINDS.map(k => ({ key: k as string, text: strings.Kinds[k] }))) },
          { id: `${titleId}-owner`, label: strings.Filters.Owner, value: owner, options: owners, onChange: value => { setOwner(value); reset(); } },
          { id: `${titleId}-site`, label: strings.Filters.Site, value: site, onChange: value => { setSite(value); reset(); },
            options: [{ key: ALL, text: strings.Filters.All }].concat((report ? report.sites : []).map(s => ({ key: s.sitePath, text: s.title }))) }
        ]} />
    );
  };

  const renderActions = (): React.ReactNode => {
    const none = selectedItems.length === 0 || state.working;
    return (
      <div className={classNames.actions}>
        <div role="group" aria-label={strings.Actions.Label} className={classNames.buttons}>
          <PrimaryButton text={strings.Actions.MarkReviewed} disabled={none} onClick={() => run('review')} />
          <DefaultButton text={strings.Actions.HandOver} disabled={none} onClick={() => setDialog('handOver')} />
          <DefaultButton text={strings.Actions.Unpublish} disabled={none} onClick={() => setDialog('unpublish')} />
          <span className={classNames.meta} aria-live="polite">{formatString(selectedItems.length === 1 ? strings.Actions.SelectedOne : strings.Actions.Selected, selectedItems.length)}</span>
        </div>
        <div role="status" className={classNames.status} ref={statusRef} tabIndex={-1}>
          {state.working && <Spinner size={SpinnerSize.small} label={strings.Actions.Working} labelPosition="right" />}
          {!state.working && state.lastResult && state.lastResult.succeeded.length > 0 && (
            <MessageBar messageBarType={MessageBarType.success}>{formatString(strings.Actions.Done, state.lastResult.succeeded.length)}</MessageBar>
          )}
          {!state.working && state.lastResult && state.lastResult.failed.length > 0 && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
              {formatString(strings.Actions.Failed, state.lastResult.failed.length,
                uniqueTexts(state.lastResult.failed.map(f => errorText(f.code, strings.Errors))).join(' '))}
            </MessageBar>
          )}
        </div>
        <Dialog hidden={dialog !== 'handOver'} onDismiss={() => setDialog(null)}
          dialogContentProps={{ type: DialogType.normal, title: strings.Actions.HandOverTitle, subText: strings.Actions.HandOverText }}>
          <TextField label={strings.Actions.HandOverLabel} type="email" value={newOwner} autoComplete="email"
            onChange={(_, value) => setNewOwner(value || '')} />
          <DialogFooter>
            <PrimaryButton text={strings.Actions.HandOverConfirm} disabled={!/^[^\s@]+@[^\s@]+$/.test(newOwner.trim())}
              onClick={() => run('handOver', newOwner.trim())} />
            <DefaultButton text={strings.Actions.Cancel} onClick={() => setDialog(null)} />
          </DialogFooter>
        </Dialog>
        <Dialog hidden={dialog !== 'unpublish'} onDismiss={() => setDialog(null)}
          dialogContentProps={{ type: DialogType.normal, title: strings.Actions.UnpublishTitle, subText: strings.Actions.UnpublishText }}>
          <DialogFooter>
            <PrimaryButton text={strings.Actions.UnpublishConfirm} onClick={() => run('unpublish')} />
            <DefaultButton text={strings.Actions.Cancel} onClick={() => setDialog(null)} />
          </DialogFooter>
        </Dialog>
      </div>
    );
  };

  const renderTable = (): React.ReactNode => {
    if (visible.length === 0) {
      return <p className={classNames.meta}>{strings.Report.NothingToDo}</p>;
    }
    const allShownSelected = page.every(item => selected[item.record.url]);
    const toggleAll = (): void => {
      const next = { ...selected };
      page.forEach(item => { next[item.record.url] = !allShownSelected; });
      setSelected(next);
    };
    return (
      <>
        <table className={classNames.table} aria-busy={state.loading || state.working}>
          <caption className={classNames.caption}>{formatString(strings.Report.Showing, page.length, visible.length)}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.selectCell}>
                <input type="checkbox" aria-label={strings.Columns.SelectAll} checked={allShownSelected} onChange={toggleAll} />
              </th>
              <th scope="col">{strings.Columns.Title}</th>
              <th scope="col">{strings.Columns.Kind}</th>
              <th scope="col">{strings.Columns.Site}</th>
              <th scope="col">{strings.Columns.Owner}</th>
              <th scope="col">{strings.Columns.Status}</th>
              <th scope="col">{strings.Columns.Review}</th>
              <th scope="col">{strings.Columns.Contact}</th>
            </tr>
          </thead>
          <tbody>
            {page.map(item => (
              <HealthRow key={item.record.url} item={item} sites={report ? report.sites : []} selected={!!selected[item.record.url]}
                onToggle={() => setSelected({ ...selected, [item.record.url]: !selected[item.record.url] })} strings={strings} classNames={classNames}
                formatter={formatter} />
            ))}
          </tbody>
        </table>
        {shown < visible.length && (
          <DefaultButton className={classNames.more} text={strings.Report.ShowMore} onClick={() => setShown(shown + PAGE)} />
        )}
      </>
    );
  };

  // A section of its own, opened on demand: the report's first render reads nothing for it.
  const renderMustRead = (): React.ReactNode => {
    if (!props.loadMustRead) {
      return null;
    }
    const loader = props.loadMustRead;
    const open = (): void => {
      setMustRead('loading');
      loader().then(setMustRead, () => setMustRead('failed'));
    };
    const shown = mustRead !== null;
    return (
      <section aria-labelledby={`${titleId}-mustread`} data-testid="must-read">
        <h3 id={`${titleId}-mustread`} className={classNames.title}>{strings.MustRead.Title}</h3>
        {!shown && <DefaultButton text={strings.MustRead.Show} aria-expanded={false} onClick={open} />}
        {mustRead === 'loading' && <Spinner size={SpinnerSize.medium} label={strings.MustRead.Loading} />}
        {mustRead === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text={commonStrings.Retry} onClick={open} />}>{strings.MustRead.LoadFailed}</MessageBar>
        )}
        {mustRead !== null && typeof mustRead === 'object' && React.createElement(mustRead.view.MustReadEditors, {
          service: mustRead.service, config, strings, classNames
        })}
      </section>
    );
  };

  const body = (): React.ReactNode => {
    if (state.loading && !report) {
      return <Spinner size={SpinnerSize.medium} label={strings.Report.Loading} />;
    }
    if (state.error && !report) {
      // A 401: "Ladda om sidan" reloads the page (signing in again) instead of reading the report again.
      const action = failureAction(state.error, state.reload);
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}
          actions={<DefaultButton text={action.text} onClick={action.onClick} />}>
          {`${strings.Report.LoadFailed} ${errorText(state.error, strings.Errors)}`}
        </MessageBar>
      );
    }
    if (!report) {
      return null;
    }
    if (report.sites.length === 0) {
      return (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          <strong>{strings.Report.OnlyEditors}</strong> {strings.Report.OnlyEditorsDetail}
        </MessageBar>
      );
    }
    // The partial failures share one button: "Ladda om sidan" only when every failed source answered 401;
    // with any other failure among them, reading again may still help that one, so it stays "Försök igen".
    const partAction = failureAction(report.failures.map(f => f.code), state.reload);
    return (
      <>
        <p className={classNames.intro}>{strings.Report.Intro}</p>
        <p className={classNames.meta}>{formatString(strings.Report.Sites, report.sites.map(s => s.title).join(', '))}</p>
        {report.failures.length > 0 && (
          // A site that answered 503 or 429 after every retry may answer now: offer to read again.
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}
            actions={<DefaultButton text={partAction.text} onClick={partAction.onClick} disabled={state.loading} />}>
            {formatString(strings.Report.PartFailed, report.failures.map(f =>
              `${f.source === 'owners' ? strings.Report.OwnersSource : siteTitle(report.sites, f.sitePath)}: ${errorText(f.code, strings.Errors)}`).join(' '))}
          </MessageBar>
        )}
        {!report.guidesIncluded && <MessageBar messageBarType={MessageBarType.info}>{strings.Report.GuidesMissing}</MessageBar>}
        <HealthSummary items={report.items} config={config} strings={strings} classNames={classNames} />
        {renderFilters()}
        {renderActions()}
        {renderTable()}
        {renderMustRead()}
      </>
    );
  };

  return (
    <ThemeProvider theme={theme} applyTo="none">
      <section className={classNames.root} aria-labelledby={titleId} aria-busy={state.loading}>
        <h2 id={titleId} className={classNames.title}>{strings.Report.Title}</h2>
        {body()}
      </section>
    </ThemeProvider>
  );
}

function uniqueTexts(texts: string[]): string[] {
  return texts.filter((text, i) => texts.indexOf(text) === i);
}

export default ContentHealth;

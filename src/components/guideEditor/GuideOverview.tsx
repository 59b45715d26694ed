import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import type { IFormatter } from '../../core/formatting';
import { DateText } from '../common/DateText';
import { GUIDE_DRAFT, GUIDE_PUBLISHED } from '../../core/guideEditor';
import type { GuideListEntry } from '../../core/guideEditorPorts';
import type { TenantConfig } from '../../core/municipality';
import { ALL_MUNICIPALITIES } from '../../core/search';
import { formatText } from '../common/formatText';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';

export interface IGuideOverviewProps {
  guides: GuideListEntry[];
  config: TenantConfig;
  /** The user's address: "Bara mina" shows the guides they own. */
  userMail: string;
  /** Dates in the UI language on the editor's clock: relative up to a week, then "19 okt.". */
  formatter: IFormatter;
  working: boolean;
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
  idBase: string;
  onNew(): void;
  onEdit(id: number): void;
  onCopy(guide: GuideListEntry): void;
  onDelete(guide: GuideListEntry): void;
}

const PAGE = 50;
const ANY = '*';
const order = new Intl.Collator('sv');

/** The words of a search, lower case: a guide matches when each word is in its title, category, owner or municipality. */
function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The guides an editor may edit, newest change first, with filters and a word search over what
 * the overview holds (title, category, owner, municipality: the list is read once, so the search
 * runs in the browser), and the actions on each guide.
 */
export function GuideOverview(props: IGuideOverviewProps): React.ReactElement {
  const { strings, classNames, config, idBase } = props;
  const [query, setQuery] = React.useState('');
  const [status, setStatus] = React.useState(ANY);
  const [category, setCategory] = React.useState(ANY);
  const [municipality, setMunicipality] = React.useState(ANY);
  const [mine, setMine] = React.useState(false);
  const [shown, setShown] = React.useState(PAGE);
  const [deleting, setDeleting] = React.useState<GuideListEntry | null>(null);
  const deleteButtons = React.useRef<Record<number, HTMLButtonElement | null>>({});

  const nameOf = React.useCallback((id: string): string => {
    if (id === ALL_MUNICIPALITIES) {
      return strings.Overview.AllMunicipalities;
    }
    const found = config.municipalities.filter(m => m.id === id)[0];
    return found ? found.shortName : id;
  }, [config, strings]);
  const municipalityText = (entry: GuideListEntry): string =>
    entry.municipalities === ALL_MUNICIPALITIES ? nameOf(ALL_MUNICIPALITIES) : entry.municipalities.map(nameOf).join(', ');

  const categories = React.useMemo(() => props.guides.map(g => g.category).filter((c, i, all) => c && all.indexOf(c) === i).sort(order.compare), [props.guides]);

  const visible = React.useMemo(() => {
    const wanted = words(query);
    const me = props.userMail.toLowerCase();
    return props.guides.filter(g => {
      if (status !== ANY && g.status !== status) return false;
      if (category !== ANY && g.category !== category) return false;
      if (municipality !== ANY) {
        const ids = g.municipalities === ALL_MUNICIPALITIES ? [ALL_MUNICIPALITIES] : g.municipalities;
        if (ids.indexOf(municipality) < 0) return false;
      }
      if (mine && g.ownerEmail.toLowerCase() !== me) return false;
      if (wanted.length > 0) {
        const text = `${g.title} ${g.category} ${g.ownerName} ${municipalityText(g)}`.toLowerCase();
        return wanted.every(w => text.indexOf(w) >= 0);
      }
      return true;
    }).sort((a, b) => b.modified.localeCompare(a.modified));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.guides, query, status, category, municipality, mine, props.userMail]);
  const page = visible.slice(0, shown);

  const select = (id: string, label: string, value: string, options: Array<[string, string]>, onChange: (value: string) => void): React.ReactNode => (
    <div className={classNames.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={e => { onChange(e.target.value); setShown(PAGE); }}>
        {options.map(([key, text]) => <option key={key} value={key}>{text}</option>)}
      </select>
    </div>
  );

  const closeDelete = (): void => {
    const guide = deleting;
    setDeleting(null);
    // Focus back where it was: the row's delete button.
    if (guide) {
      setTimeout(() => { const button = deleteButtons.current[guide.id]; if (button) button.focus(); }, 0);
    }
  };

  return (
    <>
      <div className={classNames.toolbar}>
        <PrimaryButton text={strings.Overview.New} onClick={props.onNew} disabled={props.working} />
      </div>
      <div role="search" className={classNames.field} style={{ maxWidth: 480 }}>
        <label htmlFor={`${idBase}-search`}>{strings.Overview.SearchLabel}</label>
        <input id={`${idBase}-search`} type="search" value={query} aria-describedby={`${idBase}-search-hint`}
          onChange={e => { setQuery(e.target.value); setShown(PAGE); }} />
        <p id={`${idBase}-search-hint`} className={classNames.hint}>{strings.Overview.SearchHint}</p>
      </div>
      <div role="group" aria-label={strings.Overview.FiltersLabel} className={classNames.filters}>
        {select(`${idBase}-status`, strings.Overview.Status, status,
          [[ANY, strings.Overview.All], [GUIDE_DRAFT, strings.StatusNames.utkast], [GUIDE_PUBLISHED, strings.StatusNames.publicerad]], setStatus)}
        {select(`${idBase}-category`, strings.Overview.Category, category,
          ([[ANY, strings.Overview.All]] as Array<[string, string]>).concat(categories.map(c => [c, c] as [string, string])), setCategory)}
        {select(`${idBase}-municipality`, strings.Overview.Municipality, municipality,
          ([[ANY, strings.Overview.All], [ALL_MUNICIPALITIES, strings.Overview.AllMunicipalities]] as Array<[string, string]>)
            .concat(config.municipalities.map(m => [m.id, m.shortName] as [string, string])), setMunicipality)}
        <label className={classNames.check}>
          <input type="checkbox" checked={mine} onChange={e => { setMine(e.target.checked); setShown(PAGE); }} />
          {strings.Overview.OnlyMine}
        </label>
      </div>
      {props.guides.length === 0 ? <p className={classNames.meta}>{strings.Overview.Empty}</p>
        : visible.length === 0 ? <p className={classNames.meta} role="status">{strings.Overview.NoneFound}</p> : (
          <>
            <table className={classNames.table} aria-busy={props.working}>
              <caption className={classNames.caption} aria-live="polite">{formatText(strings.Overview.Showing, page.length, visible.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.Columns.Title}</th>
                  <th scope="col">{strings.Columns.Status}</th>
                  <th scope="col">{strings.Columns.Owner}</th>
                  <th scope="col">{strings.Columns.Category}</th>
                  <th scope="col">{strings.Columns.Municipality}</th>
                  <th scope="col">{strings.Columns.Modified}</th>
                  <th scope="col">{strings.Columns.Review}</th>
                  <th scope="col">{strings.Columns.Actions}</th>
                </tr>
              </thead>
              <tbody>
                {page.map(g => (
                  <tr key={g.id} data-guide-id={g.id} data-status={g.status}>
                    <th scope="row">{g.title}</th>
                    <td><span className={g.status === GUIDE_DRAFT ? classNames.draft : classNames.published}>{strings.StatusNames[g.status]}</span></td>
                    <td>{g.ownerName}</td>
                    <td>{g.category}</td>
                    <td>{municipalityText(g)}</td>
                    <td><DateText iso={g.modified} formatter={props.formatter} /></td>
                    <td><DateText iso={g.reviewDate} formatter={props.formatter} kind="day" /></td>
                    <td>
                      <div className={classNames.rowActions}>
                        <DefaultButton text={strings.Actions.Edit} ariaLabel={formatText(strings.Actions.EditLabel, g.title)} disabled={props.working}
                          onClick={() => props.onEdit(g.id)} />
                        <DefaultButton text={strings.Actions.Copy} ariaLabel={formatText(strings.Actions.CopyLabel, g.title)} disabled={props.working}
                          onClick={() => props.onCopy(g)} />
                        <DefaultButton text={strings.Actions.Delete} ariaLabel={formatText(strings.Actions.DeleteLabel, g.title)} disabled={props.working}
                          elementRef={(el: HTMLElement | null) => { deleteButtons.current[g.id] = el as HTMLButtonElement | null; }}
                          onClick={() => setDeleting(g)} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {shown < visible.length && <DefaultButton text={strings.Overview.ShowMore} onClick={() => setShown(shown + PAGE)} />}
          </>
        )}
      <Dialog hidden={!deleting} onDismiss={closeDelete}
        dialogContentProps={{ type: DialogType.normal, title: strings.Actions.DeleteTitle, subText: deleting ? formatText(strings.Actions.DeleteText, deleting.title) : '' }}>
        <DialogFooter>
          <PrimaryButton text={strings.Actions.DeleteConfirm} onClick={() => { const guide = deleting; setDeleting(null); if (guide) props.onDelete(guide); }} />
          <DefaultButton text={strings.Actions.Cancel} onClick={closeDelete} />
        </DialogFooter>
      </Dialog>
    </>
  );
}

import * as React from 'react';
import { parseKeywords } from '../../core/guideEditor';
import type { GuideDraft, GuideOwner } from '../../core/guideEditor';
import { OwnerPicker } from './OwnerPicker';
import type { TenantConfig } from '../../core/municipality';
import { ALL_MUNICIPALITIES } from '../../core/search';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';
import { dayInput, dayValue, fieldId } from './guideFormText';
import { DateField } from '../common/DateField';

export interface IGuideFieldsProps {
  draft: GuideDraft;
  /** The form's id prefix. */
  base: string;
  /** Raised when the whole draft is replaced: fields holding their own text start again. */
  revision: number;
  invalid(target: string): boolean;
  /** Categories in use, offered in the category field. */
  categories: string[];
  config: TenantConfig;
  /** The keywords as typed (parsed into the draft on every change). */
  keywordsText: string;
  /** The municipalities last chosen, restored when "some" is chosen again after "all". */
  someMunicipalities: string[];
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
  onEdit(next: GuideDraft): void;
  onKeywordsText(text: string): void;
  onSomeMunicipalities(ids: string[]): void;
  /** People for the owner field. */
  findPeople(text: string): Promise<GuideOwner[]>;
}

/** The guide's own fields: title, summary, category, municipalities, förvaltning, keywords, owner, review date. */
export function GuideFields(props: IGuideFieldsProps): React.ReactElement {
  const { draft, classNames, config, invalid } = props;
  const s = props.strings.Editor;
  const field = (name: string): string => fieldId(props.base, name);
  const edit = props.onEdit;
  const all = draft.municipalities === ALL_MUNICIPALITIES;

  return (
    <fieldset className={classNames.fieldset}>
      <legend>{s.GuideFields}</legend>
      <div className={classNames.field}>
        <label htmlFor={field('title')}>{s.TitleLabel}</label>
        <input id={field('title')} value={draft.title} aria-invalid={invalid(field('title')) || undefined}
          className={invalid(field('title')) ? classNames.invalid : undefined} onChange={e => edit({ ...draft, title: e.target.value })} />
      </div>
      <div className={classNames.field}>
        <label htmlFor={field('summary')}>{s.SummaryLabel}</label>
        <textarea id={field('summary')} value={draft.summary} rows={2} aria-invalid={invalid(field('summary')) || undefined}
          className={invalid(field('summary')) ? classNames.invalid : undefined} onChange={e => edit({ ...draft, summary: e.target.value })} />
      </div>
      <div className={classNames.field}>
        <label htmlFor={field('category')}>{s.CategoryLabel}</label>
        <input id={field('category')} list={field('categories')} value={draft.category} aria-describedby={field('category-hint')}
          aria-invalid={invalid(field('category')) || undefined} className={invalid(field('category')) ? classNames.invalid : undefined}
          onChange={e => edit({ ...draft, category: e.target.value })} />
        <datalist id={field('categories')}>{props.categories.map(c => <option key={c} value={c} />)}</datalist>
        <p id={field('category-hint')} className={classNames.hint}>{s.CategoryHint}</p>
      </div>
      <fieldset className={classNames.fieldset} aria-invalid={invalid(field('municipality-all')) || undefined}>
        <legend>{s.MunicipalityLabel}</legend>
        <div className={classNames.radios}>
          <label className={classNames.check}>
            <input type="radio" id={field('municipality-all')} name={field('municipality')} checked={all}
              onChange={() => edit({ ...draft, municipalities: ALL_MUNICIPALITIES })} />
            {s.MunicipalityAll}
          </label>
          <label className={classNames.check}>
            <input type="radio" name={field('municipality')} checked={!all} onChange={() => edit({ ...draft, municipalities: props.someMunicipalities.slice() })} />
            {s.MunicipalitySome}
          </label>
        </div>
        {!all && (
          <div className={classNames.radios}>
            {config.municipalities.map(m => (
              <label key={m.id} className={classNames.check}>
                <input type="checkbox" checked={(draft.municipalities as string[]).indexOf(m.id) >= 0} onChange={e => {
                  const current = draft.municipalities as string[];
                  const next = e.target.checked ? current.concat([m.id]) : current.filter(x => x !== m.id);
                  props.onSomeMunicipalities(next);
                  edit({ ...draft, municipalities: next });
                }} />
                {m.shortName}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className={classNames.field}>
        <label htmlFor={field('forvaltning')}>{s.ForvaltningLabel}</label>
        <input id={field('forvaltning')} value={draft.forvaltning} onChange={e => edit({ ...draft, forvaltning: e.target.value })} />
      </div>
      <div className={classNames.field}>
        <label htmlFor={field('keywords')}>{s.KeywordsLabel}</label>
        <input id={field('keywords')} value={props.keywordsText} aria-describedby={field('keywords-hint')} onChange={e => {
          props.onKeywordsText(e.target.value);
          edit({ ...draft, keywords: parseKeywords(e.target.value) });
        }} />
        <p id={field('keywords-hint')} className={classNames.hint}>{s.KeywordsHint}</p>
      </div>
      <div className={classNames.field}>
        <label htmlFor={field('owner')}>{s.OwnerLabel}</label>
        <OwnerPicker key={`owner-${props.revision}`} id={field('owner')} owner={draft.owner} findPeople={props.findPeople}
          strings={props.strings} classNames={classNames} onChange={owner => edit({ ...draft, owner })} />
        <p id={field('owner-hint')} className={classNames.hint}>{s.OwnerHint}</p>
      </div>
      <div className={classNames.field}>
        <label htmlFor={field('review')}>{s.ReviewLabel}</label>
        <DateField id={field('review')} value={dayInput(draft.reviewDate)} onChange={value => edit({ ...draft, reviewDate: dayValue(value) })} />
      </div>
    </fieldset>
  );
}

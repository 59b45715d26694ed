import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { TenantConfig } from '../../core/municipality';
import type { IReuseService } from '../../core/reusePorts';
import type { IReuseStrings } from './reuseStrings';
import { formatReuse } from './reuseStrings';
import type { IPartProps } from './reuseView';
import { shortNameOf } from './reuseView';
import { AudienceRadios } from './ReuseControls';
import { useFeedPreview } from './useFeedPreview';
import { usePageAudience } from './useReach';

/** Who one news page reaches: shown on demand (its audiences by name and the people they count). */
function PageAudienceView(props: { service: IReuseService; config: TenantConfig; url: string; strings: IReuseStrings; id: string; titleId: string; className: string }): React.ReactElement {
  const { strings } = props;
  const { open, text, toggle } = usePageAudience(props.service, props.config, props.url, strings);
  return (
    <>
      {' '}
      {/* Described by the news title, so each button says which news it is about. */}
      <button type="button" className={props.className} aria-expanded={open} aria-controls={props.id} aria-describedby={props.titleId} onClick={toggle}>
        {open ? strings.Audience.Hide : strings.Audience.Show}
      </button>
      <span id={props.id} aria-live="polite" data-audience="">{open ? ` ${text}` : ''}</span>
    </>
  );
}

/** Targeted news as a member of an audience of one of the editor's municipalities would see them. */
export function FeedPreview(props: IPartProps & { editorOf: string[] }): React.ReactElement {
  const { strings, service, config, classNames, id } = props;
  const { municipalityId, municipality, audience, items, failed, setMunicipalityId, setAudience } = useFeedPreview(service, config, props.editorOf);
  if (!municipality) {
    return <></>;
  }
  const nameOf = (mid: string | null | undefined): string => shortNameOf(config, mid) ?? '';
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

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Municipality } from '../../core/municipality';
import type { Offer } from '../../core/reuse';
import { formatReuse } from './reuseStrings';
import type { IPartProps } from './reuseView';
import { AudienceRadios, Filled, focusNotice, NoticeBar, Reach } from './ReuseControls';
import { DateText } from '../common/DateText';
import { useOfferAnswer, useOfferList } from './useOffers';

/** "Erbjudanden till ...": the offers made to one of the editor's municipalities, each to accept or decline. */
export function OfferList(props: IPartProps & { municipalityId: string; offers: Offer[]; onRecorded: () => void }): React.ReactElement {
  const { strings, config, classNames, id } = props;
  const municipality = config.municipalities.filter(m => m.id === props.municipalityId)[0];
  const list = useOfferList(props.offers, strings, props.onRecorded);
  const statusRef = React.useRef<HTMLDivElement>(null);
  if (!municipality) {
    return <></>;
  }
  const answered = (offer: Offer, text: string, link?: string): void => {
    list.answered(offer, text, link);
    focusNotice(statusRef);
  };

  return (
    <section className={classNames.part} aria-labelledby={`${id}-offers`}>
      <h3 id={`${id}-offers`} className={classNames.heading} data-offer-count={list.offers.length}>
        {formatReuse(strings.Offers.Heading, municipality.shortName, list.offers.length)}
      </h3>
      <NoticeBar notice={list.notice} strings={strings} focusRef={statusRef} />
      {list.offers.length === 0 ? <p>{strings.Offers.None}</p> : (
        <ul className={classNames.offers}>
          {list.offers.map(offer => (
            <OfferItem key={offer.id} {...props} offer={offer} municipality={municipality}
              onAnswered={answered} onFailed={list.failed} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OfferItem(props: IPartProps & { offer: Offer; municipality: Municipality; onAnswered: (offer: Offer, text: string, link?: string) => void; onFailed: (error: unknown) => void }): React.ReactElement {
  const { strings, service, offer, classNames, config } = props;
  const [preview, setPreview] = React.useState(false);
  const answer = useOfferAnswer(service, offer, props.municipality, strings, props.onAnswered, props.onFailed);
  const { audience, busy } = answer;
  const key = `${props.id}-offer-${offer.id}`;
  const from = config.municipalities.filter(m => m.id === offer.fromMunicipalityId)[0];
  const decline = (event: React.FormEvent): void => {
    event.preventDefault();
    answer.decline();
  };

  return (
    <li className={classNames.offer} aria-labelledby={`${key}-title`}>
      <h4 id={`${key}-title`} className={classNames.offerTitle}>{offer.title}</h4>
      <p className={classNames.meta}>
        <Filled template={strings.Offers.OfferedBy} values={[
          from ? from.shortName : config.sharedSite.title,
          // The person by name; the address on hover (and the address itself when no name was read).
          <span key="by" title={offer.offeredByName ? offer.offeredBy : undefined} data-offered-by="">{offer.offeredByName || offer.offeredBy}</span>,
          <DateText key="at" iso={offer.offeredAt} formatter={props.formatter} />
        ]} />
      </p>
      <DefaultButton aria-expanded={preview} aria-controls={`${key}-preview`} onClick={() => setPreview(p => !p)}
        text={preview ? strings.Offers.HidePreview : strings.Offers.Preview} />
      <div id={`${key}-preview`} hidden={!preview} className={classNames.preview}>
        {offer.imageUrl && <img src={offer.imageUrl} alt="" className={classNames.previewImage} />}
        <p>{offer.description}</p>
        <a href={offer.sourceUrl} target="_blank" rel="noopener noreferrer">{strings.Offers.OpenSource}</a>
      </div>
      {answer.declining ? (
        <form onSubmit={decline} className={classNames.decline} noValidate>
          <TextField label={strings.Offers.Reason} value={answer.reason} multiline rows={2} required disabled={busy} autoFocus
            errorMessage={answer.reasonError} onChange={(_, value) => answer.setReason(value || '')} />
          <div className={classNames.buttons}>
            <PrimaryButton type="submit" disabled={busy} text={strings.Offers.ConfirmDecline} />
            <DefaultButton disabled={busy} onClick={() => { answer.setDeclining(false); answer.setReasonError(''); }} text={strings.Offers.Cancel} />
          </div>
        </form>
      ) : (
        <div className={classNames.answer}>
          <div>
            <AudienceRadios name={`${key}-audience`} legend={strings.Offers.Audience} value={audience} strings={strings} disabled={busy}
              onChange={answer.setAudience} className={classNames.audience} />
            <Reach service={service} config={config} municipality={props.municipality} audience={audience} strings={strings} className={classNames.meta} />
          </div>
          <div className={classNames.buttons}>
            <PrimaryButton disabled={busy} onClick={answer.accept} text={strings.Offers.Accept} />
            <DefaultButton disabled={busy} onClick={() => answer.setDeclining(true)} text={strings.Offers.Decline} />
          </div>
        </div>
      )}
    </li>
  );
}

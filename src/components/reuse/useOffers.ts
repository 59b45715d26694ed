import * as React from 'react';
import type { Municipality } from '../../core/municipality';
import type { Offer } from '../../core/reuse';
import type { IReuseService } from '../../core/reusePorts';
import type { IReuseStrings } from './reuseStrings';
import { formatReuse } from './reuseStrings';
import { audienceOf, errorCode } from './reuseView';
import type { AudienceKey, Notice } from './reuseView';

export interface IOfferList {
  /** The offers not answered here yet. */
  offers: Offer[];
  notice: Notice | null;
  /** An offer was accepted or declined: it leaves the list and the notice says so. */
  answered(offer: Offer, text: string, link?: string): void;
  failed(error: unknown): void;
}

/** The pending offers to one of the editor's municipalities; a new list from the view replaces them. */
export function useOfferList(pending: Offer[], strings: IReuseStrings, onRecorded: () => void): IOfferList {
  const [offers, setOffers] = React.useState(pending);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  React.useEffect(() => setOffers(pending), [pending]);
  const answered = (offer: Offer, text: string, link?: string): void => {
    setOffers(list => list.filter(o => o.id !== offer.id));
    setNotice({ type: 'success', text: formatReuse(text, offer.title), link });
    onRecorded();
  };
  const failed = (error: unknown): void => {
    setNotice({ type: 'error', text: errorCode(error, strings) });
    onRecorded();
  };
  return { offers, notice, answered, failed };
}

export interface IOfferAnswer {
  audience: AudienceKey;
  setAudience(audience: AudienceKey): void;
  declining: boolean;
  setDeclining(declining: boolean): void;
  reason: string;
  /** A new reason clears the complaint about a missing one. */
  setReason(reason: string): void;
  reasonError: string;
  setReasonError(text: string): void;
  busy: boolean;
  accept(): void;
  /** Declines with the reason given; without one it only says a reason is needed. */
  decline(): void;
}

/** Answering one offer: accept it for an audience of the receiving municipality, or decline it with a reason. */
export function useOfferAnswer(service: IReuseService, offer: Offer, municipality: Municipality, strings: IReuseStrings,
  onAnswered: (offer: Offer, text: string, link?: string) => void, onFailed: (error: unknown) => void): IOfferAnswer {
  const [audience, setAudience] = React.useState<AudienceKey>('allStaff');
  const [declining, setDeclining] = React.useState(false);
  const [reason, setReasonText] = React.useState('');
  const [reasonError, setReasonError] = React.useState('');
  const [busy, setBusy] = React.useState(false);

  const accept = (): void => {
    setBusy(true);
    service.accept(offer.id, audienceOf(municipality, audience)).then(
      result => onAnswered(offer, strings.Offers.Accepted, result.repostUrl),
      error => { setBusy(false); onFailed(error); });
  };
  const decline = (): void => {
    if (!reason.trim()) {
      setReasonError(strings.Offers.ReasonRequired);
      return;
    }
    setBusy(true);
    service.decline(offer.id, reason).then(
      () => onAnswered(offer, strings.Offers.Declined),
      error => { setBusy(false); onFailed(error); });
  };
  const setReason = (text: string): void => {
    setReasonText(text);
    setReasonError('');
  };
  return { audience, setAudience, declining, setDeclining, reason, setReason, reasonError, setReasonError, busy, accept, decline };
}

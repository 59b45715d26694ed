import { graphError } from '../http/errors.ts';
import type { Caller, EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';

/**
 * `POST /me/sendMail` (Läs och bekräfta: an editor's reminder to those who have not confirmed). Graph
 * answers 202 Accepted with no body; the local tenant keeps what was sent, for the tests
 * (`GET /_emulator/sent-mail`, `DELETE` empties it). Refused as Graph and Exchange Online refuse:
 * a body without `message` (400), a message without any recipient (400 ErrorInvalidRecipients), more
 * than 500 recipients in one message (Exchange Online limits, recipient limit per message, 400), a
 * recipient without an address (400).
 */

export interface SentMail {
  from: string;
  subject: string;
  body: string;
  to: string[];
  cc: string[];
  bcc: string[];
  saveToSentItems: boolean;
  at: string;
}

export const RECIPIENT_LIMIT = 500;

const sent = new WeakMap<object, SentMail[]>();

export function sentMail(tenant: Tenant): SentMail[] {
  let list = sent.get(tenant.store);
  if (!list) {
    list = [];
    sent.set(tenant.store, list);
  }
  return list;
}

function addresses(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const r of value as Array<{ emailAddress?: { address?: unknown } }>) {
    const address = r && r.emailAddress && typeof r.emailAddress.address === 'string' ? r.emailAddress.address.trim() : '';
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) return null;
    out.push(address.toLowerCase());
  }
  return out;
}

export function postSendMail(tenant: Tenant, request: EmulatorRequest, caller: Caller): EmulatorResponse {
  if (!/application\/json/i.test(request.headers['content-type'] ?? '')) {
    return graphError(request, 400, 'BadRequest', 'The request body must be JSON (Content-Type: application/json).');
  }
  let parsed: { message?: Record<string, unknown>; saveToSentItems?: unknown };
  try {
    parsed = JSON.parse(request.body || 'null') ?? {};
  } catch {
    return graphError(request, 400, 'BadRequest', 'The request body is not valid JSON.');
  }
  const message = parsed.message;
  if (!message || typeof message !== 'object') {
    return graphError(request, 400, 'ErrorInvalidParameter', 'The parameter "message" is required.');
  }
  const to = addresses(message.toRecipients);
  const cc = addresses(message.ccRecipients);
  const bcc = addresses(message.bccRecipients);
  if (!to || !cc || !bcc) {
    return graphError(request, 400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  }
  const count = to.length + cc.length + bcc.length;
  if (count === 0) {
    return graphError(request, 400, 'ErrorInvalidRecipients', 'At least one recipient is required.');
  }
  if (count > RECIPIENT_LIMIT) {
    return graphError(request, 400, 'ErrorTooManyRecipients', `The message has ${count} recipients; at most ${RECIPIENT_LIMIT} are allowed.`);
  }
  const content = message.body && typeof message.body === 'object' ? (message.body as { content?: unknown }).content : undefined;
  sentMail(tenant).push({
    from: caller.user.mail,
    subject: typeof message.subject === 'string' ? message.subject : '',
    body: typeof content === 'string' ? content : '',
    to, cc, bcc,
    saveToSentItems: parsed.saveToSentItems !== false,
    at: new Date().toISOString(),
  });
  return { status: 202, headers: { 'content-length': '0' }, body: '' };
}

import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse } from './types.ts';

/** Error bodies in the shapes SharePoint REST and Microsoft Graph use. */

export const SP_JSON_MINIMAL = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
export const SP_JSON_VERBOSE = 'application/json;odata=verbose;charset=utf-8';
export const SP_JSON_NOMETADATA = 'application/json;odata=nometadata;streaming=true;charset=utf-8';
export const GRAPH_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export type SpFormat = 'minimal' | 'verbose' | 'nometadata';

/** The OData flavour a SharePoint client asked for in its Accept header (PnPjs sends plain application/json: minimal). */
export function spFormat(request: EmulatorRequest): SpFormat {
  const accept = (request.headers.accept ?? '').toLowerCase();
  if (accept.includes('odata=verbose')) return 'verbose';
  if (accept.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function spContentType(format: SpFormat): string {
  return format === 'verbose' ? SP_JSON_VERBOSE : format === 'nometadata' ? SP_JSON_NOMETADATA : SP_JSON_MINIMAL;
}

/** Well-known SharePoint error codes ("HRESULT, exception type"). */
export const SP_CODES = {
  accessDenied: '-2147024891, System.UnauthorizedAccessException',
  fileNotFound: '-2147024894, System.IO.FileNotFoundException',
  listNotFound: '-1, System.ArgumentException',
  invalidQuery: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  fieldNotFound: '-2146232832, Microsoft.SharePoint.SPException',
  notSupported: '-1, Microsoft.SharePoint.Client.ClientServiceException',
  throttled: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
  unavailable: '-2147023170, Microsoft.SharePoint.SPServiceUnavailableException',
  internal: '-2146233088, System.InvalidOperationException',
} as const;

export function spError(request: EmulatorRequest, status: number, code: string, message: string, extraHeaders: Record<string, string> = {}): EmulatorResponse {
  const format = spFormat(request);
  const error = { code, message: { lang: 'en-US', value: message } };
  const body = format === 'verbose' ? { error } : { 'odata.error': error };
  return {
    status,
    headers: { 'content-type': spContentType(format), 'sprequestguid': randomUUID(), ...extraHeaders },
    body: JSON.stringify(body),
  };
}

export function graphError(request: EmulatorRequest, status: number, code: string, message: string, extraHeaders: Record<string, string> = {}): EmulatorResponse {
  const requestId = randomUUID();
  const body = {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': requestId,
        'client-request-id': request.headers['client-request-id'] ?? requestId,
      },
    },
  };
  return {
    status,
    headers: { 'content-type': GRAPH_JSON, 'request-id': requestId, 'client-request-id': request.headers['client-request-id'] ?? requestId, ...extraHeaders },
    body: JSON.stringify(body),
  };
}

export function json(status: number, body: unknown, contentType: string, extraHeaders: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { 'content-type': contentType, ...extraHeaders }, body: JSON.stringify(body) };
}

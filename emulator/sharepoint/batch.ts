import { randomUUID } from 'node:crypto';
import { spError, SP_CODES } from '../http/errors.ts';
import type { InnerRequestEntry } from '../http/request-log.ts';
import type { EmulatorRequest, EmulatorResponse, Tenant } from '../http/types.ts';

/**
 * SharePoint's OData $batch: a multipart/mixed body of HTTP requests (writes inside changesets),
 * answered by one `batchresponse` part per request, in order. PnPjs reads the answer line by
 * line, so parts are separated by "\n" and the body ends with the closing boundary and a newline.
 */

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export class BatchFormatError extends Error {}

function boundaryOf(contentType: string): string | undefined {
  return /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
}

/** The text between the delimiters of a multipart body. */
function segments(body: string, boundary: string): string[] {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      current = trimmed === `--${boundary}` ? [] : undefined;
      if (!current) break;
    } else if (current) {
      current.push(line);
    }
  }
  if (current && current.some((l) => l.trim() !== '')) parts.push(current.join('\n'));
  return parts;
}

function splitHeaders(text: string): { headers: Record<string, string>; rest: string } {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const headers: Record<string, string> = {};
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon > 0) headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
  }
  return { headers, rest: lines.slice(i + 1).join('\n') };
}

function parseHttpPart(text: string): BatchPart {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  // The URL runs to the protocol at the end of the line: it may hold unencoded spaces.
  const requestLine = /^([A-Z]+)\s+(.+?)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/.exec(lines[i] ?? '');
  if (!requestLine) throw new BatchFormatError(`A batch part has no request line: "${(lines[i] ?? '').slice(0, 80)}".`);
  const { headers, rest } = splitHeaders(lines.slice(i + 1).join('\n'));
  return { method: requestLine[1], url: requestLine[2], headers, body: rest.replace(/\n+$/, '') };
}

/**
 * OData's message quotas (ODataMessageQuotas: MaxPartsPerBatch, the top-level query operations and
 * change sets of one batch; MaxOperationsPerChangeset), at ODataLib's defaults. Microsoft documents no
 * number for SharePoint's `$batch`: the stricter reading takes the library's (emulator/CONTRACT.md).
 */
export const MAX_BATCH_PARTS = 100;
export const MAX_CHANGESET_OPERATIONS = 1000;

export function parseBatch(body: string, contentType: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new BatchFormatError('The Content-Type of a $batch request must be multipart/mixed with a boundary.');
  const parts: BatchPart[] = [];
  const topLevel = segments(body, boundary);
  if (topLevel.length > MAX_BATCH_PARTS) {
    throw new BatchFormatError(`The current batch message contains too many parts. Only batch messages with a maximum number of '${MAX_BATCH_PARTS}' query operations and change sets are allowed.`);
  }
  for (const segment of topLevel) {
    const { headers, rest } = splitHeaders(segment);
    const type = headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(type)) {
      const changeset = boundaryOf(type);
      if (!changeset) throw new BatchFormatError('A changeset has no boundary.');
      const operations = segments(rest, changeset);
      if (operations.length > MAX_CHANGESET_OPERATIONS) {
        throw new BatchFormatError(`The current change set contains too many operations. Only change sets with a maximum number of '${MAX_CHANGESET_OPERATIONS}' operations are allowed.`);
      }
      for (const inner of operations) parts.push(parseHttpPart(splitHeaders(inner).rest));
    } else {
      parts.push(parseHttpPart(rest));
    }
  }
  return parts;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Unknown';
}

function responsePart(boundary: string, response: EmulatorResponse): string {
  const headers = Object.entries(response.headers)
    .filter(([name]) => /^(content-type|retry-after|etag|location)$/i.test(name))
    .map(([name, value]) => `${name.toUpperCase()}: ${value}\n`)
    .join('');
  const body = response.status === 204 ? '' : response.body.toString();
  return `--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nHTTP/1.1 ${response.status} ${reasonPhrase(response.status)}\n${headers}\n${body}\n`;
}

export async function handleSharePointBatch(tenant: Tenant, request: EmulatorRequest): Promise<EmulatorResponse> {
  let parts: BatchPart[];
  try {
    parts = parseBatch(request.body, request.headers['content-type'] ?? '');
  } catch (error) {
    if (error instanceof BatchFormatError) return spError(request, 400, SP_CODES.invalidQuery, error.message);
    throw error;
  }
  const boundary = `batchresponse_${randomUUID()}`;
  const chunks: string[] = [];
  const inner: InnerRequestEntry[] = [];
  // Requests run one after another: a later write may depend on an earlier one.
  for (const part of parts) {
    const url = new URL(part.url, request.url);
    const headers: Record<string, string> = { ...part.headers };
    if (!headers.authorization && request.headers.authorization) headers.authorization = request.headers.authorization;
    const response = /\/_api\/(\$|%24)batch$/i.test(url.pathname)
      ? spError(request, 400, SP_CODES.notSupported, 'A $batch request cannot contain another $batch request.')
      : await tenant.dispatch({ method: part.method.toUpperCase(), url, headers, body: part.body, inner: true });
    inner.push({ method: part.method.toUpperCase(), path: url.pathname + url.search, status: response.status });
    chunks.push(responsePart(boundary, response));
  }
  chunks.push(`--${boundary}--\n`);
  return {
    status: 200,
    headers: { 'content-type': `multipart/mixed; boundary=${boundary}` },
    body: chunks.join(''),
    log: { inner },
  };
}

import type { SpFormat } from '../http/errors.ts';

/**
 * SharePoint's three JSON flavours of the same data: minimal metadata (PnPjs' default:
 * `odata.*` annotations), verbose (`{"d": ...}` with `__metadata`) and no metadata.
 */

export interface EntityMetadata {
  type: string;
  /** Absolute URL of the entity. */
  id: string;
  /** Relative edit link (minimal metadata only). */
  editLink?: string;
  etag?: string;
}

export function entity(format: SpFormat, metadata: EntityMetadata, values: Record<string, unknown>): Record<string, unknown> {
  if (format === 'nometadata') return values;
  if (format === 'verbose') {
    return { __metadata: { id: metadata.id, uri: metadata.id, ...(metadata.etag ? { etag: metadata.etag } : {}), type: metadata.type }, ...values };
  }
  return {
    'odata.type': metadata.type,
    'odata.id': metadata.id,
    ...(metadata.etag ? { 'odata.etag': metadata.etag } : {}),
    ...(metadata.editLink ? { 'odata.editLink': metadata.editLink } : {}),
    ...values,
  };
}

/** A multi-valued field: an array, or `{results}` in verbose. */
export function collectionValue(format: SpFormat, edmType: string, values: readonly unknown[]): unknown {
  return format === 'verbose' ? { __metadata: { type: `Collection(${edmType})` }, results: values } : values;
}

export function urlValue(format: SpFormat, url: string, description: string): unknown {
  return format === 'verbose' ? { __metadata: { type: 'SP.FieldUrlValue' }, Description: description, Url: url } : { Description: description, Url: url };
}

/** The response body of a single entity. */
export function entityBody(format: SpFormat, metadataUrl: string, value: Record<string, unknown>): unknown {
  if (format === 'verbose') return { d: value };
  if (format === 'nometadata') return value;
  return { 'odata.metadata': metadataUrl, ...value };
}

/** The response body of a collection, with the link to its next page when there is one. */
export function collectionBody(format: SpFormat, metadataUrl: string, values: unknown[], nextLink?: string): unknown {
  if (format === 'verbose') return { d: { results: values, ...(nextLink ? { __next: nextLink } : {}) } };
  const body: Record<string, unknown> = format === 'minimal' ? { 'odata.metadata': metadataUrl } : {};
  body.value = values;
  if (nextLink) body['odata.nextLink'] = nextLink;
  return body;
}

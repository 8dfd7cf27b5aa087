import type { TableEntityResult } from '@azure/data-tables';
import type { DigestRecord } from './record.ts';

export const DIGEST_PARTITION = 'channel';
/** Table Storage keeps a string property up to 64 KiB of UTF-16: 32,768 code units; a margin under it. */
export const MAX_SNAPSHOT_CHARS = 30_000;

export interface DigestEntity {
  readonly partitionKey: string;
  readonly rowKey: string;
  /** The record as JSON, without its ETag and snapshot. */
  readonly Record: string;
  /** The last snapshot (`encodeSnapshot`), its own property so it can use the full 64 KiB. */
  readonly Snapshot?: string;
}

/** Row keys may not hold `/ \ # ?` or control characters; a channel id is percent-encoded into one. */
export const rowKeyOf = (channel: string): string => encodeURIComponent(channel);

export function toEntity(record: Omit<DigestRecord, 'etag'> & { readonly etag?: string }): DigestEntity {
  const { snapshot, etag: _etag, ...stored } = record;
  if (snapshot !== undefined && snapshot.length > MAX_SNAPSHOT_CHARS) {
    throw new RangeError(`The snapshot of ${record.channel} is ${snapshot.length} characters; at most ${MAX_SNAPSHOT_CHARS} fit.`);
  }
  return {
    partitionKey: DIGEST_PARTITION,
    rowKey: rowKeyOf(record.channel),
    Record: JSON.stringify(stored),
    ...(snapshot === undefined ? {} : { Snapshot: snapshot }),
  };
}

export function fromEntity(entity: TableEntityResult<Record<string, unknown>>): DigestRecord {
  const stored = JSON.parse(String(entity['Record'])) as Omit<DigestRecord, 'etag' | 'snapshot'>;
  const snapshot = entity['Snapshot'];
  return { ...stored, etag: entity.etag, ...(typeof snapshot === 'string' ? { snapshot } : {}) };
}

import type { Job, NewJob } from '../job.ts';
import { TableJobStoreError } from './table-store-error.ts';

/**
 * The most characters of stored job JSON the store accepts. Table Storage keeps a string property in
 * UTF-16 and caps it at 64 KiB (32,768 characters); a job is meant to be a few KiB (read results are
 * stored bounded), so a job near the cap is a bug upstream. Refusing it with a clear error is better
 * than splitting it over properties, which would hide the bug and push the entity towards its 1 MiB cap.
 */
export const MAX_JOB_JSON_CHARS = 24_000;

/**
 * The stored JSON is ASCII: other characters are written as `\uXXXX` escapes (JSON.parse reads them
 * back). Its length is then exactly what the property holds, and no layer can split a multi-byte
 * character between body chunks (Azurite 3.37 joins request chunks as strings and corrupts one that
 * straddles a 64 KiB boundary).
 */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Every job lives in one partition: the status and time queries stay inside it (see table-job-store.ts). */
export const JOB_PARTITION = 'job';

/** Origin keys that can be a property name; other keys are matched in memory only. */
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]{0,199}$/;
export const originProperty = (key: string): string | undefined => (PROPERTY_NAME.test(key) ? `Origin_${key}` : undefined);

/** Characters Table Storage refuses in a row key. */
const INVALID_KEY = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

export interface JobEntity {
  readonly partitionKey: string;
  readonly rowKey: string;
  /** The job without its version, as JSON. */
  readonly Job: string;
  readonly Status: string;
  readonly CreatedAt: Date;
  readonly UpdatedAt: Date;
  readonly [origin: `Origin_${string}`]: string;
}

export function toEntity(job: NewJob | Job): JobEntity {
  checkId(job.id);
  const { version: _version, ...stored } = job as Job;
  const json = asciiJson(stored);
  if (json.length > MAX_JOB_JSON_CHARS) {
    throw new TableJobStoreError('JOB_TOO_LARGE', job.id, `Job ${job.id} is ${json.length} characters as JSON, over the ${MAX_JOB_JSON_CHARS} the job store keeps. Store large results bounded or by reference, then save the job again.`);
  }
  const entity: Record<string, unknown> = {
    partitionKey: JOB_PARTITION,
    rowKey: job.id,
    Job: json,
    Status: job.status,
    CreatedAt: timestamp(job, 'createdAt'),
    UpdatedAt: timestamp(job, 'updatedAt'),
  };
  for (const [key, value] of Object.entries(job.origin)) {
    const property = originProperty(key);
    if (property !== undefined) entity[property] = value;
  }
  return entity as unknown as JobEntity;
}

export function fromEntity(entity: { rowKey?: string; etag?: string; Job?: unknown }): Job {
  const id = entity.rowKey ?? '';
  if (typeof entity.Job !== 'string' || entity.etag === undefined) {
    throw new TableJobStoreError('JOB_INVALID', id, `The stored job ${id} has no job data; the row was not written by this store.`);
  }
  let stored: unknown;
  try {
    stored = JSON.parse(entity.Job);
  } catch {
    throw new TableJobStoreError('JOB_INVALID', id, `The stored job ${id} is not valid JSON; the row was not written by this store.`);
  }
  return { ...(stored as NewJob), version: entity.etag };
}

function checkId(id: string): void {
  if (typeof id !== 'string' || id === '' || id.length > 512 || INVALID_KEY.test(id)) {
    throw new TableJobStoreError('JOB_INVALID', String(id), `Job id ${JSON.stringify(id)} cannot be a row key: use 1 to 512 characters without / \\ # ? or control characters.`);
  }
}

function timestamp(job: NewJob, field: 'createdAt' | 'updatedAt'): Date {
  const date = new Date(job[field]);
  if (Number.isNaN(date.getTime())) {
    throw new TableJobStoreError('JOB_INVALID', job.id, `Job ${job.id} has ${field} ${JSON.stringify(job[field])}, not an ISO time; set it to new Date().toISOString().`);
  }
  return date;
}

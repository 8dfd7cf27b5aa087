import type { NewJob } from './job.ts';

/**
 * An audit entry queued by the Slack function and written by the worker (so the acknowledgement
 * makes no storage call). `at` is when it happened: with the message's id and the kind it makes the
 * row key, so a redelivered message writes the same row, not a second one.
 */
export interface QueuedAuditEntry {
  /** One of the audit kinds (`request`, `refusal`, `cancellation`, …); the worker checks it. */
  readonly kind: string;
  readonly userId: string;
  readonly channelId: string;
  readonly at: string;
  readonly command?: string;
  readonly jobId?: string;
  readonly decision?: string;
  readonly reason?: string;
}

/**
 * A message on the `asm-jobs` queue: which job, and what to do with it. Idempotent: the worker
 * does only what the stored job still allows, so a message delivered twice does nothing the second time.
 * Messages of the older shape (`{ jobId, action }`, the job already stored) are still read.
 */
export interface JobMessage {
  /** The job's id; for `digest` and `audit` the request's id (for logs and the audit row key). */
  readonly jobId: string;
  /**
   * `plan`: create the job (when `job` is given, if not there yet), then resolve the plan with reads
   * (then run a read, or ask for approval); `advance`: run the approved plan; `digest`: post
   * `channel`'s status digest now (`/asm digest now`); `audit`: only write `audit`.
   */
  readonly action: 'plan' | 'advance' | 'digest' | 'audit';
  /** The channel of a `digest` message. */
  readonly channel?: string;
  /** The new job of a `plan` message, as the Slack function made it (`planned`); its id is `jobId`. */
  readonly job?: NewJob;
  /** What to write to the audit table for the request (required for `audit`). */
  readonly audit?: QueuedAuditEntry;
}

export const JOBS_QUEUE = 'asm-jobs';
export const JOBS_POISON_QUEUE = 'asm-jobs-poison';

/**
 * The most characters a queued message may take as JSON with every non-ASCII character written as a
 * `\uXXXX` escape (`asciiJsonLength`). Such JSON is never shorter than the message's UTF-8 bytes, so
 * base64 (the Functions queue encoding) makes at most 64,000 bytes: within the queue's 64 KiB.
 */
export const MAX_QUEUED_MESSAGE_CHARS = 48_000;

/**
 * The most characters the job in a `plan` message may take, counted the same way: what the Table
 * Storage job store accepts (`MAX_JOB_JSON_CHARS`; a test keeps the two equal). A command of the
 * parser's longest (4,000 characters) in ASCII makes a job of about 4,500 and a message of about 9,000.
 */
export const MAX_QUEUED_JOB_CHARS = 24_000;

/** The length of `value` as JSON with non-ASCII characters escaped, as the job store writes a job. */
export function asciiJsonLength(value: unknown): number {
  const json = JSON.stringify(value);
  return json.length + 5 * (json.match(/[\u007f-\uffff]/g)?.length ?? 0);
}

/** Whether a message, and the job it carries, fit the queue and the job store. */
export function fitsQueue(message: JobMessage): boolean {
  return asciiJsonLength(message) <= MAX_QUEUED_MESSAGE_CHARS && (message.job === undefined || asciiJsonLength(message.job) <= MAX_QUEUED_JOB_CHARS);
}

const RISKS = new Set(['read', 'change', 'destroy']);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextRecord = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isText);

function parseNewJob(value: unknown, jobId: string): NewJob | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const job = value as Record<string, unknown>;
  const binding = job['binding'] as Record<string, unknown> | undefined;
  const ok = job['id'] === jobId && isText(job['command']) && isText(job['commandId']) && RISKS.has(job['risk'] as string)
    && isText(job['requester']) && isTextRecord(job['origin']) && job['status'] === 'planned' && Array.isArray(job['steps'])
    && job['steps'].length === 0 && isText(job['createdAt']) && isText(job['updatedAt'])
    && (binding === undefined || (isTextRecord(binding) && isText(binding['subscriptionId']) && isText(binding['certificate'])));
  return ok ? (job as unknown as NewJob) : undefined;
}

function parseAudit(value: unknown): QueuedAuditEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Record<string, unknown>;
  const optional = ['command', 'jobId', 'decision', 'reason'].every((key) => entry[key] === undefined || isText(entry[key]));
  return isText(entry['kind']) && isText(entry['userId']) && isText(entry['channelId']) && isText(entry['at']) && Number.isFinite(Date.parse(entry['at'])) && optional
    ? (entry as unknown as QueuedAuditEntry) : undefined;
}

/** The message, or `undefined` when it is not one (a malformed job or audit entry included). */
export function parseJobMessage(value: unknown): JobMessage | undefined {
  const raw = typeof value === 'string' ? safeJson(value) : value;
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { jobId, action, channel, job, audit } = raw as Record<string, unknown>;
  if (typeof jobId !== 'string' || jobId === '') return undefined;
  const entry = audit === undefined ? undefined : parseAudit(audit);
  if (audit !== undefined && entry === undefined) return undefined;
  const withAudit = entry ? { audit: entry } : {};
  if (action === 'digest') return typeof channel === 'string' && channel !== '' ? { jobId, action, channel } : undefined;
  if (action === 'audit') return entry ? { jobId, action, audit: entry } : undefined;
  if (action === 'advance') return { jobId, action, ...withAudit };
  if (action !== 'plan') return undefined;
  if (job === undefined) return { jobId, action, ...withAudit };
  const newJob = parseNewJob(job, jobId);
  return newJob ? { jobId, action, job: newJob, ...withAudit } : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

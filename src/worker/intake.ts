import { isJobConflict, type Job, type JobMessage, type JobStore, type NewJob, type StoreCallOptions } from '../jobs/index.ts';
import { AUDIT_KINDS, type AuditKind, type AuditLog } from '../slack/audit/index.ts';
import type { WorkerLogger } from './types.ts';

/** What recording a queued request needs: the job table, the audit table, a logger. */
export interface IntakeDeps {
  readonly jobs: JobStore;
  /** Without it, queued audit entries are logged as not written. */
  readonly audit?: AuditLog;
  readonly logger: WorkerLogger;
}

/** Creates the job a `plan` message carries; delivered again, the message finds it stored and loads it. */
export async function createOrLoad(jobs: JobStore, job: NewJob, call: StoreCallOptions = {}): Promise<Job | undefined> {
  try {
    return await jobs.create(job, call);
  } catch (error) {
    if (!isJobConflict(error)) throw error;
    return jobs.get(job.id, call);
  }
}

const isAuditKind = (kind: string): kind is AuditKind => (AUDIT_KINDS as readonly string[]).includes(kind);

/**
 * Writes the message's audit entry. Its row key comes from the message's id, the kind and the time
 * it happened, so a redelivered message leaves one row. A failed write throws: the queue hands the
 * message out again rather than let the request go unaudited.
 */
export async function writeQueuedAudit(deps: IntakeDeps, message: JobMessage, call: StoreCallOptions = {}): Promise<void> {
  const entry = message.audit;
  if (entry === undefined) return;
  const details = { jobId: message.jobId, kind: entry.kind, channel: entry.channelId };
  if (!isAuditKind(entry.kind)) return deps.logger.error('A queued audit entry of an unknown kind was not written.', details);
  if (deps.audit === undefined) return deps.logger.warn('A queued audit entry was not written: the worker has no audit log.', details);
  const { at, kind, ...rest } = entry;
  await deps.audit.record({ ...rest, kind }, { at: new Date(at), key: `${message.jobId}:${kind}`, ...call });
}

/**
 * What the Slack function handed over, recorded: the job of a `plan` message created (or loaded, when
 * it is already there or the message is of the older shape without it) and the audit entry written.
 * Both are idempotent, so they run at once. `undefined` for an `audit` message or a job not stored.
 */
export async function intake(deps: IntakeDeps, message: JobMessage, call: StoreCallOptions = {}): Promise<Job | undefined> {
  const job = message.action === 'audit' || message.action === 'digest' ? Promise.resolve(undefined)
    : message.job ? createOrLoad(deps.jobs, message.job, call) : deps.jobs.get(message.jobId, call);
  const [found] = await Promise.all([job, writeQueuedAudit(deps, message, call)]);
  return found;
}

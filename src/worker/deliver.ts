import { isJobConflict, type Job, type JobStore } from '../jobs/index.ts';
import type { Card } from '../slack/cards/index.ts';
import { PostError, type Poster } from './slack-poster.ts';
import type { WorkerLogger } from './types.ts';

/** One message the chat side owes for a job, under `job.posted[key]`. */
export interface Delivery {
  readonly key: string;
  /** Slack metadata event type, e.g. `asm_job_outcome`. */
  readonly eventType: string;
  readonly channel: string;
  readonly threadTs?: string;
  readonly card: Card;
  /** Folded into the write that saves the ts (e.g. the outcome is no longer owed). */
  readonly onPosted?: (job: Job) => Job;
}

export interface DeliveryDeps {
  readonly jobs: JobStore;
  readonly poster: Poster;
  readonly now: () => Date;
  readonly leaseMs: number;
  readonly logger: WorkerLogger;
  readonly afterPost?: (jobId: string, key: string) => void;
}

/**
 * `posted`: this call posted it. `already`: it was posted before (or found in Slack). `busy`: another
 * process recorded the intent moments ago and is posting. `later`: not posted (rate limit, a refusal,
 * Slack unreachable); tried again on a later tick. `unknown`: sent, answer lost; checked in Slack
 * before anything is posted again.
 */
export type DeliveryStatus = 'posted' | 'already' | 'busy' | 'later' | 'unknown';
export interface DeliveryResult {
  readonly status: DeliveryStatus;
  readonly job: Job;
  readonly ts?: string;
  readonly error?: PostError;
}

const PENDING = 'pending@';
export const isPostedTs = (value: string | undefined): value is string => value !== undefined && !value.startsWith(PENDING);
const pendingSince = (value: string): number => Date.parse(value.slice(PENDING.length));

function withPosted(job: Job, key: string, value: string | undefined): Job {
  const posted = { ...job.posted };
  if (value === undefined) delete posted[key];
  else posted[key] = value;
  return { ...job, posted };
}

/** A slack ts a little before `ms`, for a history search from the intent's time. */
const tsBefore = (ms: number) => (Math.floor(ms / 1000) - 60).toFixed(6);

/**
 * Posts one message exactly once across processes: the intent (`pending@<time>`) is written with a
 * conditional write before posting, the ts after. A stale intent (older than the lease: its poster
 * died or lost the answer) is claimed anew, and Slack is searched for the tagged message before it is
 * posted again. `make` is asked again after every reload, so it always sees the stored job.
 */
export async function deliver(deps: DeliveryDeps, given: Job, make: (job: Job) => Delivery | undefined): Promise<DeliveryResult> {
  let job = given;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const item = make(job);
    if (item === undefined) return { status: 'already', job };
    const current = job.posted?.[item.key];
    if (isPostedTs(current)) return { status: 'already', job, ts: current };
    const stale = current !== undefined && deps.now().getTime() - pendingSince(current) >= deps.leaseMs;
    if (current !== undefined && !stale) return { status: 'busy', job };
    let claimed: Job;
    try {
      claimed = await deps.jobs.update(withPosted(job, item.key, `${PENDING}${deps.now().toISOString()}`), job.version);
    } catch (error) {
      if (!isJobConflict(error)) throw error;
      job = (await deps.jobs.get(job.id)) ?? job;
      continue;
    }
    const tag = { eventType: item.eventType, jobId: job.id, key: item.key };
    if (stale) {
      let found: string | undefined;
      try {
        found = await deps.poster.find(item.channel, tag, item.threadTs ? { threadTs: item.threadTs } : { oldest: tsBefore(pendingSince(current)) });
      } catch (error) {
        deps.logger.warn('Could not check Slack for a post of unknown fate; tried again later.', { jobId: job.id, key: item.key, error: (error as Error).message });
        return { status: 'unknown', job: claimed };
      }
      if (found !== undefined) return { status: 'already', ts: found, job: await saveTs(deps, claimed, item, found) };
    }
    let ts: string;
    try {
      ts = await deps.poster.post(item.channel, item.card, tag, item.threadTs);
    } catch (error) {
      const failure = error instanceof PostError ? error : new PostError('unknown', String(error));
      if (failure.fate === 'unknown') return { status: 'unknown', job: claimed, error: failure };
      return { status: 'later', job: await release(deps, claimed, item.key), error: failure };
    }
    deps.afterPost?.(job.id, item.key);
    return { status: 'posted', ts, job: await saveTs(deps, claimed, item, ts) };
  }
  return { status: 'busy', job };
}

/** Saves the ts; on a conflict (the job moved on meanwhile) reloads and saves it into what is stored. */
async function saveTs(deps: DeliveryDeps, claimed: Job, item: Delivery, ts: string): Promise<Job> {
  let job = claimed;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    if (job.posted?.[item.key] === ts) return job;
    const next = withPosted(job, item.key, ts);
    try {
      return await deps.jobs.update(item.onPosted ? item.onPosted(next) : next, job.version);
    } catch (error) {
      if (!isJobConflict(error)) throw error;
      job = (await deps.jobs.get(job.id)) ?? job;
    }
  }
  throw new Error(`The ts of ${item.key} of job ${job.id} could not be saved; its post is found in Slack on the next tick.`);
}

/** Removes an intent whose post surely did not happen, so the next attempt posts without waiting for the lease. */
async function release(deps: DeliveryDeps, claimed: Job, key: string): Promise<Job> {
  try {
    return await deps.jobs.update(withPosted(claimed, key, undefined), claimed.version);
  } catch (error) {
    if (!isJobConflict(error)) throw error;
    // Someone else wrote meanwhile; the intent goes stale and is checked in Slack later.
    return (await deps.jobs.get(claimed.id)) ?? claimed;
  }
}

import type { JobBinding } from '../job.ts';
import { currentPeriod, type DigestPeriod } from './period.ts';
import type { DigestSchedule } from './schedule.ts';

/**
 * Where a channel's latest period stands. `skipped`: the period was current when the schedule was
 * set, so the first digest comes at the next run. `claimed`: a runner won the period and is
 * posting. `posted`: done. `failed`: the post surely did not happen; retried once. `unknown`: the
 * post may have happened (its answer was lost); never retried, so nothing is posted twice.
 */
export type PeriodState = 'skipped' | 'claimed' | 'posted' | 'failed' | 'unknown';

/** A failed period is tried this many times in all: the first tick and one retry. */
export const MAX_ATTEMPTS = 2;

/** One channel's digest settings and progress, as stored. */
export interface DigestRecord {
  readonly channel: string;
  /** Optimistic-concurrency token (the entity's ETag). */
  readonly etag: string;
  /** Absent when digests are off. */
  readonly schedule?: DigestSchedule;
  readonly binding?: JobBinding;
  readonly lastPeriodKey?: string;
  readonly periodState?: PeriodState;
  /** Attempts at `lastPeriodKey`. */
  readonly attempts: number;
  readonly claimedAt?: string;
  readonly postedAt?: string;
  /** The posted message's id (Slack `ts`), when the poster returned one. */
  readonly messageTs?: string;
  /** Why the last attempt failed; no secrets (error codes and messages only). */
  readonly lastError?: string;
  /** The last posted snapshot, encoded (`encodeSnapshot`). */
  readonly snapshot?: string;
  readonly updatedAt: string;
}

export interface DueDigest {
  readonly record: DigestRecord;
  readonly period: DigestPeriod;
  /** The period failed before and this is its one retry. */
  readonly retry: boolean;
}

/** The period this record should post now, or undefined when nothing is due. */
export function dueFor(record: DigestRecord, now: Date): DueDigest | undefined {
  if (record.schedule === undefined || record.binding === undefined) return undefined;
  const period = currentPeriod(record.schedule, now);
  if (record.lastPeriodKey !== period.key) return { record, period, retry: false };
  if (record.periodState === 'failed' && record.attempts < MAX_ATTEMPTS) return { record, period, retry: true };
  return undefined;
}

/** Whether a record's period may be claimed for `periodKey` (a new period, or a failed one with a retry left). */
export function claimable(record: DigestRecord, periodKey: string): boolean {
  if (record.lastPeriodKey !== periodKey) return true;
  return record.periodState === 'failed' && record.attempts < MAX_ATTEMPTS;
}

/**
 * What the next digest should say about the one before it, when that one was not posted
 * (failed twice, lost its answer, or its run stopped after the claim).
 */
export function previousTrouble(record: DigestRecord): string | undefined {
  const key = record.lastPeriodKey;
  if (key === undefined) return undefined;
  switch (record.periodState) {
    case 'failed':
      return `The digest due ${key} could not be posted (${record.attempts} attempts): ${record.lastError ?? 'unknown error'}.`;
    case 'unknown':
      return `The digest due ${key} may not have been posted (its answer was lost: ${record.lastError ?? 'unknown error'}).`;
    case 'claimed':
      return `The digest due ${key} was started at ${record.claimedAt ?? 'an unknown time'} but never confirmed as posted.`;
    default:
      return undefined;
  }
}

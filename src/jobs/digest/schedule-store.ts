import type { JobBinding } from '../job.ts';
import type { DigestRecord, DueDigest } from './record.ts';
import type { DigestSchedule } from './schedule.ts';

export interface DigestStoreOptions {
  readonly abortSignal?: AbortSignal;
}

export interface DigestClockOptions extends DigestStoreOptions {
  readonly now: Date;
}

export interface MarkPostedInput {
  readonly messageTs?: string;
  /** The snapshot to diff the next digest against (`encodeSnapshot`); absent keeps the stored one. */
  readonly snapshot?: string;
}

export interface MarkFailedInput {
  readonly error: string;
  /** `failed`: surely not posted, retried once; `unknown`: may have been posted, never retried. */
  readonly outcome: 'failed' | 'unknown';
}

/**
 * Per-channel digest schedules and progress. Writes that decide who posts are conditional: of two
 * callers claiming the same period with the same ETag, exactly one gets the record back.
 */
export interface DigestScheduleStore {
  get(channel: string, options?: DigestStoreOptions): Promise<DigestRecord | undefined>;
  /**
   * Sets (or replaces) a channel's schedule and subscription. The period current at `now` is
   * marked skipped: the first digest comes at the next scheduled run.
   */
  setSchedule(channel: string, schedule: DigestSchedule, binding: JobBinding, options: DigestClockOptions): Promise<DigestRecord>;
  /** Stops the digests; the binding and last snapshot stay. Undefined when the channel had none. */
  turnOff(channel: string, options: DigestClockOptions): Promise<DigestRecord | undefined>;
  /** Channels whose current period has not been posted (or failed and has its retry left). */
  due(now: Date, options?: DigestStoreOptions): Promise<DueDigest[]>;
  /**
   * Claims `periodKey` for posting: a write conditional on `etag`. The updated record when this
   * caller won; undefined when someone else changed the record first or the period is not claimable.
   */
  claimPeriod(channel: string, periodKey: string, etag: string, options: DigestClockOptions): Promise<DigestRecord | undefined>;
  /** Records the claimed period as posted (only while `periodKey` is still the channel's period). */
  markPosted(channel: string, periodKey: string, input: MarkPostedInput, options: DigestClockOptions): Promise<DigestRecord | undefined>;
  /** Records the claimed period as failed or unknown (only while `periodKey` is still the channel's period). */
  markFailed(channel: string, periodKey: string, input: MarkFailedInput, options: DigestClockOptions): Promise<DigestRecord | undefined>;
}

import type { JobBinding } from '../job.ts';
import type { JobStore } from '../store.ts';
import type { DigestMessage } from './build-digest.ts';
import { compose, describeError, type Composed } from './compose-digest.ts';
import { DigestError } from './digest-error.ts';
import { mapLimit } from '../map-limit.ts';
import { currentPeriod, type DigestPeriod } from './period.ts';
import { previousTrouble, type DueDigest } from './record.ts';
import type { DigestScheduleStore } from './schedule-store.ts';
import { encodeSnapshot } from './snapshot-codec.ts';
import type { SnapshotClient } from './snapshot-types.ts';

/** Thrown by a poster when the message may have been posted (e.g. a timeout after sending): the period is then never retried. */
export class PostOutcomeUnknownError extends Error {
  override readonly name = 'PostOutcomeUnknownError';
  readonly outcome = 'unknown';
}

export interface RunDigestDeps {
  readonly schedules: DigestScheduleStore;
  readonly jobs: JobStore;
  /** The management client of a subscription (kept by the caller; not closed here). */
  clientFor(binding: JobBinding, options: { readonly abortSignal?: AbortSignal }): Promise<SnapshotClient> | SnapshotClient;
  /** When the binding's management certificate expires, if known. */
  certificateExpiry?(binding: JobBinding, options: { readonly abortSignal?: AbortSignal }): Promise<Date | undefined>;
  /**
   * Posts the message to the channel. Throw when Slack surely did not take it (`ok: false`, refused
   * connection); throw `PostOutcomeUnknownError` when it may have (no answer after sending).
   */
  post(channel: string, message: DigestMessage, options: { readonly abortSignal?: AbortSignal }): Promise<{ readonly ts?: string } | void>;
  /** The clock. */
  now(): Date;
  readonly abortSignal?: AbortSignal;
  /** Channels handled at once. Default 4. */
  readonly concurrency?: number;
  /** Jobs listed per digest. Default 200. */
  readonly jobLimit?: number;
}

export interface DigestRunResult {
  readonly channel: string;
  readonly periodKey: string;
  /** `taken`: another runner claimed the period first. */
  readonly outcome: 'posted' | 'taken' | 'failed' | 'unknown';
  readonly error?: string;
}

/**
 * One timer tick: for each channel whose period is due, claim the period (a conditional write)
 * before anything else, read the subscription, diff against the stored snapshot, build, post, and
 * record the outcome with the new snapshot. A digest is never posted twice for one period: only
 * the claim's winner posts. It is never silently lost: a post that surely failed is retried on the
 * next tick, once; a post whose fate is unknown, a second failure, or a run stopped after its
 * claim is named in the channel's next digest.
 */
export async function runDigest(deps: RunDigestDeps): Promise<DigestRunResult[]> {
  const due = await deps.schedules.due(deps.now(), { abortSignal: deps.abortSignal });
  // One channel's trouble (its store write, its subscription) never stops the others.
  return mapLimit(due, deps.concurrency ?? 4, (item) => runOne(deps, item).catch((error: unknown) => ({
    channel: item.record.channel, periodKey: item.period.key, outcome: 'failed' as const, error: describeError(error),
  })), deps.abortSignal);
}

async function runOne(deps: RunDigestDeps, { record, period, retry }: DueDigest): Promise<DigestRunResult> {
  const channel = record.channel;
  const claimed = await deps.schedules.claimPeriod(channel, period.key, record.etag, { now: deps.now(), abortSignal: deps.abortSignal });
  if (claimed === undefined) return { channel, periodKey: period.key, outcome: 'taken' };
  const trouble = retry ? undefined : previousTrouble(record);
  let composed: Composed;
  let posted: { readonly ts?: string } | void;
  try {
    composed = await compose(deps, claimed, period, trouble === undefined ? [] : [trouble]);
    posted = await deps.post(channel, composed.message, { abortSignal: deps.abortSignal });
  } catch (error) {
    const unknown = (error as { outcome?: unknown } | null)?.outcome === 'unknown';
    return fail(deps, channel, period.key, unknown ? 'unknown' : 'failed', error);
  }
  // Posted: from here on nothing may lead to a retry. Should this write fail, the period stays
  // claimed (never posted again) and the next digest says it was not confirmed.
  await deps.schedules.markPosted(channel, period.key, {
    ...(posted?.ts ? { messageTs: posted.ts } : {}),
    ...(composed.snapshot ? { snapshot: encodeSnapshot(composed.snapshot) } : {}),
  }, { now: deps.now(), abortSignal: deps.abortSignal });
  return { channel, periodKey: period.key, outcome: 'posted' };
}

/**
 * `/asm digest now`: builds and posts the channel's digest at once, against the stored snapshot,
 * and writes nothing: the schedule, its periods and the stored snapshot stay as they are.
 */
export async function postDigestNow(deps: RunDigestDeps, channel: string, options: { readonly binding?: JobBinding } = {}): Promise<DigestMessage> {
  const record = await deps.schedules.get(channel, { abortSignal: deps.abortSignal });
  const binding = options.binding ?? record?.binding;
  if (binding === undefined) {
    throw new DigestError('DIGEST_NO_BINDING', 'This channel has no subscription for digests yet. Set one up, then try `/asm digest now` again.');
  }
  const now = deps.now();
  const since = record?.schedule ? currentPeriod(record.schedule, now).end : new Date(now.getTime() - 86_400_000);
  const period: DigestPeriod = { key: `now:${now.toISOString()}`, start: since, end: now };
  const { message } = await compose(deps, { ...(record ?? { channel, etag: '', attempts: 0, updatedAt: '' }), binding }, period, []);
  await deps.post(channel, message, { abortSignal: deps.abortSignal });
  return message;
}

async function fail(deps: RunDigestDeps, channel: string, periodKey: string, outcome: 'failed' | 'unknown', error: unknown): Promise<DigestRunResult> {
  const text = describeError(error);
  await deps.schedules.markFailed(channel, periodKey, { error: text, outcome }, { now: deps.now(), abortSignal: deps.abortSignal });
  return { channel, periodKey, outcome, error: text };
}

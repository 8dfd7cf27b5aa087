import type { JobBinding } from '../job.ts';
import { clip } from '../../commands/index.ts';
import { buildDigest, type DigestMessage } from './build-digest.ts';
import { diffSnapshots } from './diff-snapshots.ts';
import { nextRun, type DigestPeriod } from './period.ts';
import type { DigestRecord } from './record.ts';
import type { RunDigestDeps } from './run-digest.ts';
import { describeSchedule } from './schedule.ts';
import { decodeSnapshot } from './snapshot-codec.ts';
import type { Snapshot } from './snapshot-types.ts';
import { takeSnapshot } from './take-snapshot.ts';

export interface Composed {
  readonly message: DigestMessage;
  readonly snapshot?: Snapshot;
}

/** Reads the subscription, certificate expiry and jobs, diffs against the stored snapshot and builds the message; writes nothing. */
export async function compose(deps: RunDigestDeps, record: DigestRecord, period: DigestPeriod, notes: readonly string[]): Promise<Composed> {
  const binding = record.binding as JobBinding;
  const signal = { abortSignal: deps.abortSignal };
  const certificateExpiresAt = await deps.certificateExpiry?.(binding, signal).catch(() => undefined);
  let snapshot: Snapshot | undefined;
  let snapshotError: string | undefined;
  try {
    const client = await deps.clientFor(binding, signal);
    snapshot = await takeSnapshot(client, { ...signal, now: deps.now(), ...(certificateExpiresAt ? { certificateExpiresAt } : {}) });
  } catch (error) {
    snapshotError = describeError(error);
  }
  const previous = decodeSnapshot(record.snapshot);
  const limit = deps.jobLimit ?? 200;
  const jobs = await deps.jobs.listRecent({ origin: { channel: record.channel }, since: period.start, limit, ...signal });
  const now = deps.now();
  const footer = [
    `Subscription ${binding.subscriptionId}`,
    ...(record.schedule ? [`${describeSchedule(record.schedule)} · next ${nextRun(record.schedule, now).toISOString()}`] : ['On request']),
  ];
  const message = buildDigest({
    channel: record.channel, period, jobs, jobsTruncated: jobs.length >= limit, now, footer, notes,
    ...(snapshot ? { snapshot } : { snapshotError: snapshotError ?? 'unknown error' }),
    ...(snapshot && previous ? { changes: diffSnapshots(previous, snapshot) } : {}),
    ...(certificateExpiresAt ? { certificateExpiresAt } : {}),
    ...(record.schedule ? { timeZone: record.schedule.timeZone } : {}),
  });
  return { message, ...(snapshot ? { snapshot } : {}) };
}

/** `code: message`, short, without stack or details objects (which could carry request bodies). */
export function describeError(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message !== '' ? message : String(error);
  return clip(typeof code === 'string' ? `${code}: ${text}` : text, 300);
}

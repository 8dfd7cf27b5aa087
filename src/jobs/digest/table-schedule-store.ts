import type { JobBinding } from '../job.ts';
import { tableOnFirstUse, type TableConnectionOptions } from '../table-connection.ts';
import { fromEntity, rowKeyOf, toEntity, DIGEST_PARTITION } from './digest-entity.ts';
import { currentPeriod } from './period.ts';
import { claimable, dueFor, type DigestRecord, type DueDigest } from './record.ts';
import type { DigestSchedule } from './schedule.ts';
import type { DigestClockOptions, DigestScheduleStore, DigestStoreOptions, MarkFailedInput, MarkPostedInput } from './schedule-store.ts';

export const DEFAULT_DIGEST_TABLE = 'asmdigests';

/** The digest schedules table (default name `asmdigests`). */
export type TableDigestStoreOptions = TableConnectionOptions;

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
};
/** Writes that only record an outcome retry on a changed ETag (a schedule edit meanwhile); a few times is plenty. */
const OUTCOME_WRITE_TRIES = 5;

/**
 * Digest schedules in Table Storage: one entity per channel (PartitionKey `channel`, RowKey the
 * encoded channel id), every write conditional on the entity's ETag. `due` reads the one
 * partition: there is one row per channel that ever had a digest, a few hundred at most.
 */
export function createTableDigestStore(options: TableDigestStoreOptions): DigestScheduleStore {
  const table = tableOnFirstUse(options, DEFAULT_DIGEST_TABLE, 'Give the digest store a connectionString or a tableClient.');

  async function get(channel: string, o: DigestStoreOptions = {}): Promise<DigestRecord | undefined> {
    const client = await table();
    try {
      return fromEntity(await client.getEntity(DIGEST_PARTITION, rowKeyOf(channel), { abortSignal: o.abortSignal }));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** Writes `next` if the stored ETag is still `etag` (or creates it when `etag` is undefined); undefined when someone else wrote first. */
  async function write(next: Omit<DigestRecord, 'etag'>, etag: string | undefined, o: DigestStoreOptions): Promise<DigestRecord | undefined> {
    const entity = toEntity(next);
    const client = await table();
    try {
      const response = etag === undefined
        ? await client.createEntity(entity, { abortSignal: o.abortSignal })
        : await client.updateEntity(entity, 'Replace', { etag, abortSignal: o.abortSignal });
      return { ...next, etag: response.etag ?? '' } as DigestRecord;
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 409 || (status === 404 && etag !== undefined)) return undefined;
      throw error;
    }
  }

  /** Read, change, write conditionally; again from a fresh read when someone else wrote in between. */
  async function change(
    channel: string, o: DigestStoreOptions,
    edit: (current: DigestRecord | undefined) => Omit<DigestRecord, 'etag'> | undefined,
  ): Promise<DigestRecord | undefined> {
    for (let attempt = 0; attempt < OUTCOME_WRITE_TRIES; attempt++) {
      const current = await get(channel, o);
      const next = edit(current);
      if (next === undefined) return undefined;
      const written = await write(next, current?.etag, o);
      if (written !== undefined) return written;
    }
    throw new Error(`The digest settings of ${channel} kept changing under this write; try again.`);
  }

  const outcome = (channel: string, periodKey: string, o: DigestClockOptions, fields: (r: DigestRecord) => Partial<DigestRecord>) =>
    change(channel, o, (current) => {
      // Only the runner holding the claim records its outcome.
      if (current === undefined || current.lastPeriodKey !== periodKey || current.periodState !== 'claimed') return undefined;
      return { ...current, ...fields(current), updatedAt: o.now.toISOString() };
    });

  return {
    get,

    async setSchedule(channel: string, schedule: DigestSchedule, binding: JobBinding, o: DigestClockOptions): Promise<DigestRecord> {
      const period = currentPeriod(schedule, o.now);
      const written = await change(channel, o, (current) => {
        const base: Omit<DigestRecord, 'etag'> = current ?? { channel, attempts: 0, updatedAt: '' };
        const samePeriod = base.lastPeriodKey === period.key;
        // A period already claimed or posted keeps its state; otherwise the current one is skipped.
        return samePeriod
          ? { ...base, schedule, binding, updatedAt: o.now.toISOString() }
          : { ...base, schedule, binding, lastPeriodKey: period.key, periodState: 'skipped', attempts: 0, updatedAt: o.now.toISOString() };
      });
      return written as DigestRecord;
    },

    turnOff(channel: string, o: DigestClockOptions) {
      return change(channel, o, (current) => {
        if (current === undefined) return undefined;
        const { schedule: _schedule, ...rest } = current;
        return { ...rest, updatedAt: o.now.toISOString() };
      });
    },

    async due(now: Date, o: DigestStoreOptions = {}): Promise<DueDigest[]> {
      const client = await table();
      const due: DueDigest[] = [];
      const filter = `PartitionKey eq '${DIGEST_PARTITION}'`;
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter }, abortSignal: o.abortSignal })) {
        const item = dueFor(fromEntity(entity), now);
        if (item !== undefined) due.push(item);
      }
      return due;
    },

    async claimPeriod(channel: string, periodKey: string, etag: string, o: DigestClockOptions): Promise<DigestRecord | undefined> {
      const current = await get(channel, o);
      if (current === undefined || current.etag !== etag || !claimable(current, periodKey)) return undefined;
      const attempts = current.lastPeriodKey === periodKey ? current.attempts + 1 : 1;
      const { lastError: _lastError, messageTs: _messageTs, ...rest } = current;
      return write({ ...rest, lastPeriodKey: periodKey, periodState: 'claimed', attempts, claimedAt: o.now.toISOString(), updatedAt: o.now.toISOString() }, etag, o);
    },

    markPosted(channel: string, periodKey: string, input: MarkPostedInput, o: DigestClockOptions) {
      return outcome(channel, periodKey, o, () => ({
        periodState: 'posted', postedAt: o.now.toISOString(),
        ...(input.messageTs === undefined ? {} : { messageTs: input.messageTs }),
        ...(input.snapshot === undefined ? {} : { snapshot: input.snapshot }),
      }));
    },

    markFailed(channel: string, periodKey: string, input: MarkFailedInput, o: DigestClockOptions) {
      return outcome(channel, periodKey, o, () => ({ periodState: input.outcome, lastError: input.error }));
    },
  };
}

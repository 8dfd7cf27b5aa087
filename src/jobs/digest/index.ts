/**
 * Status digests: per-channel schedules in Table Storage, a compact snapshot of the subscription,
 * what changed since the last digest, and one Block Kit message per channel and period.
 */
export { DigestError, isDigestError, type DigestErrorCode } from './digest-error.ts';
export { parseDigestCommand, parseTimeZone, describeSchedule, DIGEST_USAGE, WEEKDAYS, type DigestCommand, type DigestSchedule, type DailySchedule, type WeeklySchedule, type Weekday } from './schedule.ts';
export { cronExpression, currentPeriod, nextRun, type DigestPeriod } from './period.ts';
export { MAX_ATTEMPTS, dueFor, claimable, previousTrouble, type DigestRecord, type DueDigest, type PeriodState } from './record.ts';
export type { DigestScheduleStore, DigestStoreOptions, DigestClockOptions, MarkPostedInput, MarkFailedInput } from './schedule-store.ts';
export { createTableDigestStore, DEFAULT_DIGEST_TABLE, type TableDigestStoreOptions } from './table-schedule-store.ts';
export { MAX_SNAPSHOT_CHARS } from './digest-entity.ts';
export type { Snapshot, SnapshotService, SnapshotDeployment, SnapshotVm, SnapshotStorage, SnapshotClient } from './snapshot-types.ts';
export { takeSnapshot, type TakeSnapshotOptions } from './take-snapshot.ts';
export { encodeSnapshot, decodeSnapshot, storedForm, countsOf, type StoredSnapshot, type SnapshotCounts } from './snapshot-codec.ts';
export { diffSnapshots, hasChanges, type SnapshotChanges, type StateChange, type ResourceRef } from './diff-snapshots.ts';
export type { ResourceKind } from './snapshot-entries.ts';
export { buildDigest, digestDoc, type BuildDigestInput, type DigestMessage } from './build-digest.ts';
export { CERTIFICATE_WARNING_DAYS } from './digest-sections.ts';
export { runDigest, postDigestNow, PostOutcomeUnknownError, type RunDigestDeps, type DigestRunResult } from './run-digest.ts';

import { createHash } from 'node:crypto';
import { MAX_SNAPSHOT_CHARS } from './digest-entity.ts';
import { entriesOf, fingerprintOf } from './snapshot-entries.ts';
import type { Snapshot } from './snapshot-types.ts';

export interface SnapshotCounts {
  readonly services: number;
  readonly deployments: number;
  readonly vms: number;
  readonly storage: number;
}

/**
 * A snapshot as stored, in the largest form that fits one Table Storage property:
 * `full` (the snapshot itself, so the next diff names everything); `hashed` (twelve characters
 * per resource, a hash of its key and of its state: appeared and changed resources are named from
 * the new snapshot, disappeared ones only counted); `counts` (how many of each, and one hash of
 * everything: the next diff can only say whether and how much changed).
 */
export type StoredSnapshot =
  | { readonly form: 'full'; readonly snapshot: Snapshot }
  | { readonly form: 'hashed'; readonly takenAt: string; readonly counts: SnapshotCounts; readonly fingerprint: string }
  | { readonly form: 'counts'; readonly takenAt: string; readonly counts: SnapshotCounts; readonly hash: string };

export const countsOf = (s: Snapshot): SnapshotCounts => ({
  services: s.services.length,
  deployments: s.services.reduce((n, service) => n + service.deployments.length, 0),
  vms: s.vms.length,
  storage: s.storage.length,
});

export function storedForm(snapshot: Snapshot, maxChars: number = MAX_SNAPSHOT_CHARS): StoredSnapshot {
  const full: StoredSnapshot = { form: 'full', snapshot };
  if (JSON.stringify(full).length <= maxChars) return full;
  const fingerprint = fingerprintOf(entriesOf(snapshot));
  const hashed: StoredSnapshot = { form: 'hashed', takenAt: snapshot.takenAt, counts: countsOf(snapshot), fingerprint };
  if (JSON.stringify(hashed).length <= maxChars) return hashed;
  return { form: 'counts', takenAt: snapshot.takenAt, counts: countsOf(snapshot), hash: createHash('sha256').update(fingerprint).digest('hex') };
}

/** The string kept in the digest table: always at most `maxChars` (default 30,000) characters. */
export const encodeSnapshot = (snapshot: Snapshot, maxChars: number = MAX_SNAPSHOT_CHARS): string => JSON.stringify(storedForm(snapshot, maxChars));

/** The stored snapshot, or undefined when there is none or it cannot be read (the digest then shows no changes). */
export function decodeSnapshot(text: string | undefined): StoredSnapshot | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    const value = JSON.parse(text) as StoredSnapshot;
    if (value.form === 'full' && value.snapshot?.version === 1) return value;
    if ((value.form === 'hashed' && typeof value.fingerprint === 'string') || (value.form === 'counts' && typeof value.hash === 'string')) return value;
    return undefined;
  } catch {
    return undefined;
  }
}

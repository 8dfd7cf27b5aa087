import { createHash } from 'node:crypto';
import { countsOf, type SnapshotCounts, type StoredSnapshot } from './snapshot-codec.ts';
import { entriesOf, fingerprintOf, keyHash, KEY_HASH_CHARS, stateHash, STATE_HASH_CHARS, type ResourceKind, type SnapshotEntry } from './snapshot-entries.ts';
import type { Snapshot } from './snapshot-types.ts';

export interface ResourceRef {
  readonly kind: ResourceKind;
  readonly name: string;
}

export interface StateChange extends ResourceRef {
  /** Absent when the previous snapshot kept only a hash of the state. */
  readonly from?: string;
  readonly to: string;
}

/** What changed since the previous digest's snapshot. */
export interface SnapshotChanges {
  /** When the previous snapshot was taken. */
  readonly since: string;
  readonly appeared: readonly ResourceRef[];
  readonly disappeared: readonly ResourceRef[];
  /** Resources gone whose names the previous (hashed) snapshot did not keep. */
  readonly unnamedDisappeared: number;
  readonly vmStates: readonly StateChange[];
  readonly deploymentStatuses: readonly StateChange[];
  /** Set when the previous snapshot kept counts only: these counts before and now, and whether anything changed. */
  readonly coarse?: { readonly before: SnapshotCounts; readonly after: SnapshotCounts; readonly changed: boolean };
}

/** Compares the stored previous snapshot (any form, or a snapshot itself) with the current one. */
export function diffSnapshots(previous: StoredSnapshot | Snapshot, current: Snapshot): SnapshotChanges {
  const stored: StoredSnapshot = 'form' in previous ? previous : { form: 'full', snapshot: previous };
  const now = entriesOf(current);
  if (stored.form === 'counts') {
    const hash = createHash('sha256').update(fingerprintOf(now)).digest('hex');
    return { ...empty(stored.takenAt), coarse: { before: stored.counts, after: countsOf(current), changed: hash !== stored.hash } };
  }
  if (stored.form === 'hashed') return diffHashed(stored.takenAt, stored.fingerprint, now);
  const before = new Map(entriesOf(stored.snapshot).map((e) => [e.key, e]));
  const after = new Map(now.map((e) => [e.key, e]));
  const changes = { ...empty(stored.snapshot.takenAt), appeared: [] as ResourceRef[], disappeared: [] as ResourceRef[], vmStates: [] as StateChange[], deploymentStatuses: [] as StateChange[] };
  for (const entry of now) {
    const old = before.get(entry.key);
    if (old === undefined) changes.appeared.push(ref(entry));
    else if (old.state !== entry.state) stateList(changes, entry).push({ ...ref(entry), from: old.state, to: entry.state });
  }
  for (const entry of before.values()) if (!after.has(entry.key)) changes.disappeared.push(ref(entry));
  return changes;
}

function diffHashed(since: string, fingerprint: string, now: readonly SnapshotEntry[]): SnapshotChanges {
  const step = KEY_HASH_CHARS + STATE_HASH_CHARS;
  const before = new Map<string, string>();
  for (let i = 0; i + step <= fingerprint.length; i += step) before.set(fingerprint.slice(i, i + KEY_HASH_CHARS), fingerprint.slice(i + KEY_HASH_CHARS, i + step));
  const changes = { ...empty(since), appeared: [] as ResourceRef[], vmStates: [] as StateChange[], deploymentStatuses: [] as StateChange[] };
  const seen = new Set<string>();
  for (const entry of now) {
    const key = keyHash(entry.key);
    seen.add(key);
    const old = before.get(key);
    if (old === undefined) changes.appeared.push(ref(entry));
    else if (old !== stateHash(entry.state)) stateList(changes, entry).push({ ...ref(entry), to: entry.state });
  }
  const gone = [...before.keys()].filter((k) => !seen.has(k)).length;
  return { ...changes, unnamedDisappeared: gone };
}

const empty = (since: string): SnapshotChanges => ({ since, appeared: [], disappeared: [], unnamedDisappeared: 0, vmStates: [], deploymentStatuses: [] });
const ref = (e: SnapshotEntry): ResourceRef => ({ kind: e.kind, name: e.name });
const stateList = (c: { vmStates: StateChange[]; deploymentStatuses: StateChange[] }, e: SnapshotEntry) => (e.kind === 'VM' ? c.vmStates : c.deploymentStatuses);

/** Whether anything at all changed. */
export const hasChanges = (c: SnapshotChanges): boolean =>
  c.appeared.length + c.disappeared.length + c.unnamedDisappeared + c.vmStates.length + c.deploymentStatuses.length > 0 || c.coarse?.changed === true;

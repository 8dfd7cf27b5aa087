import { createHash } from 'node:crypto';
import type { Snapshot } from './snapshot-types.ts';

export type ResourceKind = 'cloud service' | 'deployment' | 'VM' | 'storage account';

/** One resource as the diff sees it: a stable key, a name people read, and the state that matters. */
export interface SnapshotEntry {
  readonly key: string;
  readonly kind: ResourceKind;
  readonly name: string;
  readonly state: string;
}

export function entriesOf(snapshot: Snapshot): SnapshotEntry[] {
  const entries: SnapshotEntry[] = [];
  for (const s of snapshot.services) {
    entries.push({ key: `s:${s.name}`, kind: 'cloud service', name: s.name, state: '' });
    for (const d of s.deployments) {
      entries.push({ key: `d:${s.name}/${d.slot}/${d.name}`, kind: 'deployment', name: `${s.name}/${d.slot} (${d.name})`, state: d.status });
    }
  }
  for (const v of snapshot.vms) entries.push({ key: `v:${v.service}/${v.deployment}/${v.name}`, kind: 'VM', name: `${v.name} (${v.service})`, state: v.powerState });
  for (const a of snapshot.storage) entries.push({ key: `a:${a.name}`, kind: 'storage account', name: a.name, state: '' });
  return entries;
}

/** Eight hex digits of the key and four of the state: twelve characters per resource. */
export const KEY_HASH_CHARS = 8;
export const STATE_HASH_CHARS = 4;
const hex = (text: string, chars: number) => createHash('sha256').update(text).digest('hex').slice(0, chars);
export const keyHash = (key: string) => hex(key, KEY_HASH_CHARS);
export const stateHash = (state: string) => hex(state, STATE_HASH_CHARS);
export const fingerprintOf = (entries: readonly SnapshotEntry[]): string =>
  entries.map((e) => `${keyHash(e.key)}${stateHash(e.state)}`).sort().join('');

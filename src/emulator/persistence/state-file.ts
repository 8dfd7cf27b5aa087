import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EmulatorState } from './state.ts';

/** The snapshot: the whole state plus the generation of the journal that continues it. */
export interface Snapshot {
  readonly state: EmulatorState;
  readonly generation: number;
}

/** What a person should do about a state file the emulator cannot read. */
export function unreadable(file: string, problem: string): Error {
  return new Error(
    `The emulator state file ${file} ${problem}. Move it away together with the other state.json* files next to it ` +
      '(or delete them) to start with an empty state, or restore them from a copy; the credentials in the same folder stay valid.',
  );
}

export function readSnapshot(file: string): Snapshot | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw unreadable(file, `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw unreadable(file, 'does not hold an emulator state');
  const { generation, ...state } = parsed as EmulatorState & { generation?: unknown };
  if (state.version !== 1) throw new Error(`${file} has an unknown state version; move it away to start fresh.`);
  if (typeof state.subscriptions !== 'object' || typeof state.operations !== 'object' || state.subscriptions === null || state.operations === null) {
    throw unreadable(file, 'does not hold an emulator state (subscriptions or operations are missing)');
  }
  return { state, generation: typeof generation === 'number' ? generation : 0 };
}

/**
 * Writes the snapshot atomically: a temporary file flushed to disk, then renamed over the old one,
 * so a crash leaves either the old or the new snapshot. `text` is serialized by the caller first:
 * a state that cannot be serialized never touches the disk.
 */
export function writeSnapshot(file: string, text: string, counter: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}-${counter}`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `{"version":1,…,"generation":n}` without serializing the state twice. */
export function snapshotText(state: EmulatorState, generation: number): string {
  const text = JSON.stringify(state);
  return `${text.slice(0, -1)},"generation":${generation}}`;
}

import { close, existsSync, fdatasync, fdatasyncSync, open, openSync, readFileSync, rmSync, truncateSync, writeSync } from 'node:fs';
import { applyChange, type Change } from './change-tracker.ts';
import type { EmulatorState } from './state.ts';
import { unreadable } from './state-file.ts';

/**
 * The journal continues a snapshot: a header line `{"generation":n}`, then one line per save, a
 * JSON array of `{"p":path,"v":value}` (or `"d":1` for a deletion). A save is one line written with
 * one call, so a crash can only cut the last line short, and a cut line is a save that never
 * happened. A journal of another generation than the snapshot's is left from before a compaction
 * and is ignored (undefined: the caller removes it). Returns the journal's length in bytes.
 */
export function replayJournal(file: string, state: EmulatorState, generation: number): number | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const complete = lines.length - 1; // what follows the last newline was cut short (or is empty)
  const header = parseLine(file, lines[0] ?? '', 1, complete >= 1) as { generation?: unknown } | undefined;
  if (header === undefined || header.generation !== generation) return undefined;
  let bytes = Buffer.byteLength(lines[0]!) + 1;
  for (let index = 1; index < complete; index++) {
    const records = parseLine(file, lines[index]!, index + 1, true) as Array<{ p: string[]; v?: unknown; d?: 1 }>;
    if (!Array.isArray(records)) throw unreadable(file, `has a broken record at line ${index + 1}`);
    for (const record of records) applyChange(state, { path: record.p, value: record.d === 1 ? undefined : record.v });
    bytes += Buffer.byteLength(lines[index]!) + 1;
  }
  // Drop a line a crash cut short, so the next save starts on a fresh line.
  if (Buffer.byteLength(text) !== bytes) truncateSync(file, bytes);
  return bytes;
}

function parseLine(file: string, line: string, number: number, complete: boolean): unknown {
  if (!complete) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    throw unreadable(file, `has a broken record at line ${number}`);
  }
}

export function journalHeader(generation: number): string {
  return `${JSON.stringify({ generation })}\n`;
}

/** One save as one journal line. Throws (before anything is written) when a value cannot be serialized. */
export function journalLine(changes: readonly Change[]): string {
  return `${JSON.stringify(changes.map((change) => (change.value === undefined ? { p: change.path, d: 1 } : { p: change.path, v: change.value })))}\n`;
}

/** Opens the journal for appending (created private); the store keeps it open between saves. */
export function openJournal(file: string): number {
  return openSync(file, 'a', 0o600);
}

/** Appends one save with as many write calls as the system needs (one, for a line this size). */
export function appendToJournal(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Flushes what was appended to the disk itself (not only to the operating system). */
export function syncJournal(fd: number): void {
  fdatasyncSync(fd);
}

/**
 * The same flush in the background (libuv's thread pool), through a descriptor of its own, so
 * the store may close or replace its journal meanwhile. A journal removed since (a compaction
 * folded it into a snapshot written and flushed already) has nothing left to flush.
 */
export function syncJournalInBackground(file: string): void {
  open(file, 'r+', (openError, fd) => {
    if (openError) {
      if (openError.code === 'ENOENT') return;
      throw openError;
    }
    fdatasync(fd, (syncError) => {
      close(fd, () => {
        if (syncError) throw syncError;
      });
    });
  });
}

export function removeJournal(file: string): void {
  rmSync(file, { force: true });
}

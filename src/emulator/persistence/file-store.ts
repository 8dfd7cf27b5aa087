import { closeSync } from 'node:fs';
import { ChangeTracker } from './change-tracker.ts';
import { appendToJournal, journalHeader, journalLine, openJournal, removeJournal, replayJournal, syncJournal, syncJournalInBackground } from './journal.ts';
import type { EmulatorState } from './state.ts';
import { readSnapshot, snapshotText, writeSnapshot } from './state-file.ts';
import type { StateStore } from './state-store.ts';

export interface FileStoreOptions {
  /** Longest time appended changes wait for their flush to the disk itself. Default 50 ms. */
  readonly syncDelayMs?: number;
  /** Compact once the journal is larger than this and than twice the snapshot. Default 4 MiB. */
  readonly compactAfterBytes?: number;
}

/**
 * The state as a snapshot (`state.json`, replaced atomically) and a journal of changed entities
 * (`state.json.journal`, appended). A save appends one line with what changed since the last save,
 * so its cost follows the change, not the state; when the journal outgrows the snapshot, a new
 * snapshot replaces both. A crash of the process after `save` returned loses nothing (the line is
 * with the operating system); the flush to the disk itself starts within `syncDelayMs`, in the
 * background, and `close` flushes what is left. The journal stays open between saves (one write
 * per save instead of open, write, close).
 */
export class FileStore implements StateStore {
  readonly file: string;
  readonly #journal: string;
  readonly #syncDelayMs: number;
  readonly #compactAfterBytes: number;
  #tracker: ChangeTracker | undefined;
  #generation = 0;
  #snapshotBytes = 0;
  #journalBytes = 0;
  #counter = 0;
  #syncTimer: NodeJS.Timeout | undefined;
  /** The open journal, appended to; undefined until the first append after a start or compaction. */
  #fd: number | undefined;
  /** Appended to since it was opened (close flushes it then, even when a background flush may be under way). */
  #appended = false;

  constructor(file: string, options: FileStoreOptions = {}) {
    this.file = file;
    this.#journal = `${file}.journal`;
    this.#syncDelayMs = options.syncDelayMs ?? 50;
    this.#compactAfterBytes = options.compactAfterBytes ?? 4 * 1024 * 1024;
  }

  get description(): string {
    return this.file;
  }

  load(): EmulatorState | undefined {
    this.#closeJournal(true);
    const snapshot = readSnapshot(this.file);
    if (snapshot === undefined) return undefined;
    const { state, generation } = snapshot;
    const bytes = replayJournal(this.#journal, state, generation);
    if (bytes === undefined) removeJournal(this.#journal);
    this.#generation = generation;
    this.#journalBytes = bytes ?? 0;
    this.#snapshotBytes = 0; // unknown until the next compaction: compact early rather than late
    this.#tracker = new ChangeTracker(state);
    return state;
  }

  save(state: EmulatorState): void {
    if (this.#tracker === undefined || !this.#tracker.watches(state)) {
      this.#compact(state);
      this.#tracker = new ChangeTracker(state);
      return;
    }
    const changes = this.#tracker.take();
    if (changes.length === 0) return;
    let line: string;
    try {
      line = journalLine(changes);
    } catch (error) {
      this.#tracker.restore(changes);
      throw error;
    }
    const text = this.#journalBytes === 0 ? journalHeader(this.#generation) + line : line;
    this.#fd ??= openJournal(this.#journal);
    appendToJournal(this.#fd, text);
    this.#appended = true;
    this.#journalBytes += Buffer.byteLength(text);
    if (this.#journalBytes > this.#compactAfterBytes && this.#journalBytes > 2 * this.#snapshotBytes) this.#compact(state);
    else this.#scheduleSync();
  }

  /** Writes the whole state as a new snapshot and starts an empty journal. */
  #compact(state: EmulatorState): void {
    const generation = this.#generation + 1;
    const text = snapshotText(state, generation);
    writeSnapshot(this.file, text, ++this.#counter);
    this.#closeJournal(false); // folded into the snapshot, which is on the disk already
    removeJournal(this.#journal);
    this.#generation = generation;
    this.#snapshotBytes = Buffer.byteLength(text);
    this.#journalBytes = 0;
  }

  /** Flushes what was appended to the disk and closes the journal; a later save opens it again. */
  close(): void {
    this.#closeJournal(true);
  }

  #closeJournal(flush: boolean): void {
    if (this.#syncTimer !== undefined) clearTimeout(this.#syncTimer);
    this.#syncTimer = undefined;
    if (this.#fd === undefined) return;
    const fd = this.#fd;
    this.#fd = undefined;
    try {
      if (flush && this.#appended) syncJournal(fd);
    } finally {
      this.#appended = false;
      closeSync(fd);
    }
  }

  #scheduleSync(): void {
    if (this.#syncTimer !== undefined) return;
    this.#syncTimer = setTimeout(() => {
      this.#syncTimer = undefined;
      syncJournalInBackground(this.#journal);
    }, this.#syncDelayMs);
    this.#syncTimer.unref();
  }
}

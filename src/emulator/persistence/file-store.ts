import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EmulatorState } from './state.ts';
import type { StateStore } from './state-store.ts';

/**
 * A JSON file written atomically: the new content goes to a temporary file that is flushed to
 * disk and then renamed over the old one, so a crash leaves either the old or the new state.
 */
export class FileStore implements StateStore {
  readonly file: string;
  #counter = 0;

  constructor(file: string) {
    this.file = file;
  }

  get description(): string {
    return this.file;
  }

  load(): EmulatorState | undefined {
    if (!existsSync(this.file)) return undefined;
    const state = JSON.parse(readFileSync(this.file, 'utf8')) as EmulatorState;
    if (state.version !== 1) throw new Error(`${this.file} has an unknown state version; move it away to start fresh.`);
    return state;
  }

  save(state: EmulatorState): void {
    // Serialized first: a state that cannot be written never touches the disk.
    const text = JSON.stringify(state);
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp-${process.pid}-${++this.#counter}`;
    try {
      const fd = openSync(temp, 'w', 0o600);
      try {
        writeSync(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }
}

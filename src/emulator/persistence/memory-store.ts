import { applyChange, ChangeTracker } from './change-tracker.ts';
import type { EmulatorState } from './state.ts';
import type { StateStore } from './state-store.ts';

/**
 * Keeps a copy in memory (`--in-memory`): state lives as long as the process. A save copies only
 * the entities that changed into the copy, as the file store writes only them to its journal.
 */
export class MemoryStore implements StateStore {
  readonly description = 'memory';
  #copy: EmulatorState | undefined;
  #tracker: ChangeTracker | undefined;

  load(): EmulatorState | undefined {
    return this.#copy === undefined ? undefined : (JSON.parse(JSON.stringify(this.#copy)) as EmulatorState);
  }

  close(): void {}

  save(state: EmulatorState): void {
    if (this.#tracker === undefined || !this.#tracker.watches(state) || this.#copy === undefined) {
      this.#copy = JSON.parse(JSON.stringify(state)) as EmulatorState;
      this.#tracker = new ChangeTracker(state);
      return;
    }
    for (const change of this.#tracker.take()) {
      applyChange(this.#copy, change.value === undefined ? change : { path: change.path, value: JSON.parse(JSON.stringify(change.value)) });
    }
  }
}

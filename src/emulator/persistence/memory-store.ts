import type { EmulatorState } from './state.ts';
import type { StateStore } from './state-store.ts';

/** Keeps a snapshot in memory (`--in-memory`): state lives as long as the process. */
export class MemoryStore implements StateStore {
  readonly description = 'memory';
  #snapshot: string | undefined;

  load(): EmulatorState | undefined {
    return this.#snapshot === undefined ? undefined : (JSON.parse(this.#snapshot) as EmulatorState);
  }

  save(state: EmulatorState): void {
    this.#snapshot = JSON.stringify(state);
  }
}

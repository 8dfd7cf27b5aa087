import type { EmulatorState } from './state.ts';

/** Where the emulator keeps its state between requests and across restarts. */
export interface StateStore {
  /** The saved state, or undefined on a first start. */
  load(): EmulatorState | undefined;
  /**
   * Saves the state: the first save (or a save of another state object) writes all of it, later
   * saves only the entities changed since. After it returns, a crash of the process loses nothing of it.
   */
  save(state: EmulatorState): void;
  /** Releases what the store holds open, with what it wrote flushed to the disk; a later save reopens it. */
  close(): void;
  readonly description: string;
}

import type { EmulatorState } from './state.ts';

/** Where the emulator keeps its state between requests and across restarts. */
export interface StateStore {
  /** The saved state, or undefined on a first start. */
  load(): EmulatorState | undefined;
  /** Saves the whole state; after it returns, a crash loses nothing of it. */
  save(state: EmulatorState): void;
  readonly description: string;
}

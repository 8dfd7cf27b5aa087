import type { CommandSettings } from '../settings.ts';
import type { PlannerReads } from './client.ts';
import type { SecretSink } from './secrets.ts';
import type { PlanSecret, PlanStep } from './types.ts';

/** What planning may use besides the command itself. */
export interface PlanContext {
  readonly settings: CommandSettings;
  /** A dry run stores no secret and downloads nothing it does not need to show the plan. */
  readonly dryRun: boolean;
  /** Reads made before planning (image OS, storage account for VHDs, slot names). */
  readonly client?: PlannerReads;
  readonly secrets?: SecretSink;
  /** Downloads a `.cscfg`; defaults to one that follows `settings.serviceConfiguration`. */
  readonly fetchServiceConfiguration?: (url: string, options?: { readonly abortSignal?: AbortSignal }) => Promise<string>;
  readonly abortSignal?: AbortSignal;
  readonly now?: () => Date;
}

/** What a command's planner returns; `planCommand` adds the command's identity and risk. */
export interface PlanDraft {
  readonly summary: string;
  readonly steps: readonly PlanStep[];
  readonly secrets?: readonly PlanSecret[];
  readonly notes?: readonly string[];
}

import type { CommandSettings, ManagementClientLike, PlanStep, RunCommand, SecretStore } from '../../commands/index.ts';
import type { Job, StepState } from '../job.ts';
import type { JobStore } from '../store.ts';

/** What the engine tells the chat side or the terminal, always after the state it describes was saved. */
export type JobEvent =
  | { readonly type: 'step-started'; readonly job: Job; readonly index: number; readonly step: PlanStep }
  | { readonly type: 'step-submitted'; readonly job: Job; readonly index: number; readonly step: PlanStep; readonly requestId: string }
  | { readonly type: 'step-finished'; readonly job: Job; readonly index: number; readonly step: PlanStep; readonly state: StepState }
  | { readonly type: 'job-finished'; readonly job: Job };

export interface EngineLogger {
  warn(message: string, details?: Record<string, unknown>): void;
}

export interface JobEngineOptions {
  readonly store: JobStore;
  /** The management client for the job's subscription (a certificate from Key Vault, a file, the emulator). */
  readonly clientFor: (job: Job) => ManagementClientLike | Promise<ManagementClientLike>;
  /** Where generated secrets go; steps that need one fail with a usage error without it. */
  readonly secrets?: SecretStore;
  readonly now?: () => Date;
  /** Awaited; an error in it is logged and changes nothing. */
  readonly onEvent?: (event: JobEvent) => void | Promise<void>;
  readonly logger?: EngineLogger;
  /** The most JSON characters a step's result may take in the job (default 24,000); more is cut and marked `truncated`. */
  readonly resultLimit?: number;
  /** Parallel calls of a `forEach` step (default 4). */
  readonly concurrency?: number;
  /**
   * A poll that finds the operation still in progress (or the same poll error as last time) is
   * written only when the last record is older than this: liveness, not a write per poll. Default 5 minutes.
   */
  readonly pollRecordMs?: number;
}

export interface EngineCallOptions {
  readonly abortSignal?: AbortSignal;
}

export interface PlanJobOptions extends EngineCallOptions {
  readonly settings: CommandSettings;
  /** Whether the stored plan waits for a person's decision (default: unless the command only reads). */
  readonly requireApproval?: boolean;
  /** When an approval stops being accepted (ISO time). */
  readonly expiresAt?: string;
  /** The parsed command; by default the job's canonical text is parsed again. */
  readonly command?: RunCommand;
  readonly fetchServiceConfiguration?: (url: string, options?: { readonly abortSignal?: AbortSignal }) => Promise<string>;
}

export interface JobEngine {
  /** Resolves the runnable plan with reads and stores it: `awaiting-approval`, `approved`, or `failed` with the error. */
  plan(job: Job, options: PlanJobOptions): Promise<Job>;
  /** Runs steps until one submits an asynchronous operation (`waiting`), the plan ends, or a step fails. */
  advance(job: Job, options?: EngineCallOptions): Promise<Job>;
  /** Reads the waiting step's operation once; on success, advances. */
  poll(job: Job, options?: EngineCallOptions): Promise<Job>;
  approve(job: Job, by: string, options?: EngineCallOptions): Promise<Job>;
  deny(job: Job, by: string, options?: EngineCallOptions): Promise<Job>;
  cancel(job: Job, by: string, options?: EngineCallOptions): Promise<Job>;
  expire(job: Job, options?: EngineCallOptions): Promise<Job>;
}

import type { CommandErrorKind } from '../command-error.ts';

export type StepStatus = 'succeeded' | 'skipped' | 'submitted' | 'failed' | 'not-run';

/** What went wrong, in a form every view can show (a ManagementError or a CommandError, flattened). */
export interface ErrorInfo {
  readonly code: string;
  readonly message: string;
  readonly statusCode?: number;
  readonly requestId?: string;
  /** What to do next, when known. */
  readonly hint?: string;
  /** Why it failed, when the command layer said so (a usage error raised while a step ran stays one). */
  readonly kind?: CommandErrorKind;
}

export interface StepOutcome {
  readonly id: string;
  readonly call: string;
  readonly title: string;
  readonly status: StepStatus;
  /** The `x-ms-request-id` of an asynchronous call, to follow with `op show`. */
  readonly requestId?: string;
  /** What the call resolved to (a model, a list of models); absent for asynchronous calls. */
  readonly result?: unknown;
  readonly error?: ErrorInfo;
}

export interface PlanOutcome {
  /** `submitted`: the last asynchronous call was sent and not waited for (`--no-wait`). */
  readonly status: 'succeeded' | 'submitted' | 'failed';
  readonly steps: readonly StepOutcome[];
  readonly error?: ErrorInfo;
}

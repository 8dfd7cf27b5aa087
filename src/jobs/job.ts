import type { ErrorInfo, Plan, Risk } from '../commands/index.ts';

/**
 * Where a job stands. `planned`: recorded, not yet planned with reads. `awaiting-approval`: planned,
 * the plan is stored and waits for a decision. `approved`: may run. `running`: a worker is making
 * progress. `waiting`: an asynchronous operation was submitted and is polled. The last five are final.
 */
export type JobStatus =
  | 'planned' | 'awaiting-approval' | 'approved' | 'running' | 'waiting'
  | 'succeeded' | 'failed' | 'denied' | 'expired' | 'cancelled';

export const FINAL_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'denied', 'expired', 'cancelled'];
export const isFinal = (status: JobStatus): boolean => FINAL_STATUSES.includes(status);

/**
 * Who asked and where, filled by the side that created the job and opaque to the engine (the chat
 * side keeps workspace, channel, message timestamps and the response URL here; the CLI keeps nothing).
 */
export type JobOrigin = Readonly<Record<string, string>>;

/** Which subscription a job runs against and where its management certificate is kept. */
export interface JobBinding {
  readonly subscriptionId: string;
  /** The Key Vault secret (or file) holding the management certificate. */
  readonly certificate: string;
  /** The management endpoint, when not the public one (the emulator, a sovereign cloud). */
  readonly endpoint?: string;
}

/**
 * One step's state, parallel to `plan.steps`. `calling`: the call was about to be sent when this was
 * written; after a crash its outcome is unknown and the engine must tell whether it happened before
 * sending it again; while that check finds the call still under way, the job is `waiting` on it.
 */
export type StepState =
  | { readonly status: 'pending' }
  | { readonly status: 'calling'; readonly at: string }
  | {
    readonly status: 'submitted'; readonly requestId: string; readonly at: string;
    /** The last poll, and why it could not read the operation (a failed poll is not a failed change). */
    readonly polledAt?: string; readonly pollError?: ErrorInfo;
  }
  | { readonly status: 'succeeded'; readonly at: string; readonly requestId?: string; readonly result?: unknown; readonly truncated?: boolean }
  | { readonly status: 'skipped'; readonly at: string; readonly reason?: string }
  | { readonly status: 'failed'; readonly at: string; readonly error: ErrorInfo; readonly requestId?: string };

export type StepStatus = StepState['status'];

/** A person's decision on a job, as the card shows it. */
export interface JobDecision {
  readonly kind: 'approved' | 'denied' | 'cancelled' | 'expired';
  /** A user id, or `system` for an expiry. */
  readonly by: string;
  readonly at: string;
}

/** One command's stored state: JSON, small (well under 64 KiB), advanced one step at a time. */
export interface Job {
  readonly id: string;
  /** Opaque optimistic-concurrency token (a Table Storage ETag, a counter in memory). */
  readonly version: string;
  /** The canonical command text, e.g. `vm create web1 "West US"`. */
  readonly command: string;
  /** The catalog's command id, e.g. `vm.create`. */
  readonly commandId: string;
  readonly risk: Risk;
  readonly requester: string;
  readonly origin: JobOrigin;
  readonly binding?: JobBinding;
  readonly status: JobStatus;
  /** The runnable plan, stored before anything changes; absent until planned. */
  readonly plan?: Plan;
  /** One entry per plan step. */
  readonly steps: readonly StepState[];
  readonly decision?: JobDecision;
  /** Why the job failed, when it failed outside a step (planning, a deadline). */
  readonly error?: ErrorInfo;
  /** When an approval stops being accepted (ISO time). */
  readonly expiresAt?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** What the chat side has posted for this job (message kind → ts), so nothing is posted twice. */
  readonly posted?: Readonly<Record<string, string>>;
}

/** A new job, before the store gives it a version. */
export type NewJob = Omit<Job, 'version'>;

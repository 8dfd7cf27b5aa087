import { setTimeout as delay } from 'node:timers/promises';
import type { ErrorInfo } from '../commands/index.ts';
import { transitions, type Job, type JobEngine } from '../jobs/index.ts';

export const DEFAULT_INTERVAL_MS = 2_000;
export const DEFAULT_TIMEOUT_MS = 10 * 60_000;

export interface FollowOptions {
  /** Stop once the last step is submitted (`--no-wait`). */
  readonly noWait: boolean;
  readonly intervalMs: number;
  /** How long each operation may take. */
  readonly timeoutMs: number;
  readonly abortSignal?: AbortSignal;
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<unknown>;
}

export interface Followed {
  readonly job: Job;
  /** The operation outlived `timeoutMs`: the job is still waiting on it. */
  readonly timedOut?: ErrorInfo;
}

const pause = (ms: number, signal?: AbortSignal) => delay(ms, undefined, signal ? { signal } : {});

/** The CLI's own loop: polls the job with its interval until it ends, or the operation's deadline passes. */
export async function followJob(engine: JobEngine, start: Job, options: FollowOptions): Promise<Followed> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? pause;
  let job = start;
  let step = -1;
  let deadline = 0;
  let polled = -1;
  while (job.status === 'waiting') {
    const current = transitions.currentStep(job);
    if (options.noWait && current === job.steps.length - 1) return { job };
    if (current !== step) {
      step = current;
      deadline = now() + options.timeoutMs;
    } else if (now() >= deadline) {
      const state = job.steps[current];
      const requestId = state?.status === 'submitted' ? state.requestId : undefined;
      return {
        job,
        timedOut: {
          code: 'OperationTimeout',
          message: `Operation ${requestId ?? ''} was still InProgress after ${Math.round(options.timeoutMs / 1000)}s. It may still finish.`.replace('Operation  ', 'The operation '),
          ...(requestId ? { requestId } : {}),
          hint: `Follow it with \`op show ${requestId ?? '<request-id>'}\`, or with \`asm job wait ${job.id}\`.`,
        },
      };
    }
    // A step just submitted is read at once; one still running, after the interval.
    if (polled === current) await sleep(options.intervalMs, options.abortSignal);
    polled = current;
    job = await engine.poll(job, options.abortSignal ? { abortSignal: options.abortSignal } : {});
  }
  return { job };
}

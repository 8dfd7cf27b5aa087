import type { ManagementClientLike, OperationStatusLike } from './client.ts';
import { isNotFound, toErrorInfo } from './error-info.ts';
import type { PlanOutcome, StepOutcome } from './outcome.ts';
import { runCall, type CallContext } from './run-call.ts';
import type { SecretSource } from './secrets.ts';
import type { Plan, PlanStep } from './types.ts';

export type ExecutionEvent =
  | { readonly type: 'step-started'; readonly step: PlanStep; readonly index: number }
  | { readonly type: 'step-submitted'; readonly step: PlanStep; readonly requestId: string }
  | { readonly type: 'operation-progress'; readonly step: PlanStep; readonly status: OperationStatusLike }
  | { readonly type: 'step-finished'; readonly step: PlanStep; readonly outcome: StepOutcome };

export interface ExecuteOptions {
  readonly client: ManagementClientLike;
  readonly secrets?: SecretSource;
  /** `false` (`--no-wait`): submit the plan's last step and return without waiting for it. */
  readonly wait?: boolean;
  /** Deadline for each asynchronous operation. */
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  readonly abortSignal?: AbortSignal;
  readonly onEvent?: (event: ExecutionEvent) => void;
  /** Resume: skip the steps before this index (they ran in an earlier process). */
  readonly startAt?: number;
  /** Parallel calls of a `forEach` step. */
  readonly concurrency?: number;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => { while (next < items.length) { const i = next++; results[i] = await fn(items[i] as T); } };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function shouldSkip(step: PlanStep, context: CallContext): Promise<boolean> {
  if (step.skipIf === undefined) return false;
  try {
    await runCall(step.skipIf.call, step.skipIf.args, step.skipIf.options, context);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/**
 * Runs a plan's steps in order against the client, waiting for each asynchronous step (except the
 * last one when `wait` is false). Never throws: failures end the run and are in the outcome.
 */
export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<PlanOutcome> {
  const context: CallContext = { client: options.client, ...(options.secrets ? { secrets: options.secrets } : {}), ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}) };
  const outcomes: StepOutcome[] = [];
  const results = new Map<string, unknown>();
  const emit = options.onEvent ?? (() => {});
  const startAt = options.startAt ?? 0;
  for (const [index, step] of plan.steps.entries()) {
    const base = { id: step.id, call: step.call, title: step.title };
    if (index < startAt) { outcomes.push({ ...base, status: 'not-run' }); continue; }
    emit({ type: 'step-started', step, index });
    let requestId: string | undefined;
    try {
      let outcome: StepOutcome;
      if (await shouldSkip(step, context)) {
        outcome = { ...base, status: 'skipped' };
      } else if (step.forEach !== undefined) {
        const items = results.get(step.forEach.step);
        const list = Array.isArray(items) ? items : [];
        const result = await mapLimit(list, options.concurrency ?? 4, (item) => runCall(step.call, step.args, step.options, context, item));
        outcome = { ...base, status: 'succeeded', result };
      } else {
        const result = await runCall(step.call, step.args, step.options, context);
        if (step.async) {
          requestId = (result as { requestId?: string } | undefined)?.requestId ?? '';
          emit({ type: 'step-submitted', step, requestId });
          const last = index === plan.steps.length - 1;
          if (options.wait === false && last) {
            outcome = { ...base, status: 'submitted', requestId };
          } else {
            if (requestId !== '') {
              await options.client.operations.wait(requestId, {
                ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
                ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
                ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
                onProgress: (status) => emit({ type: 'operation-progress', step, status }),
              });
            }
            outcome = { ...base, status: 'succeeded', requestId };
          }
        } else {
          outcome = { ...base, status: 'succeeded', result };
        }
      }
      if (outcome.result !== undefined) results.set(step.id, outcome.result);
      outcomes.push(outcome);
      emit({ type: 'step-finished', step, outcome });
    } catch (caught) {
      const error = toErrorInfo(caught);
      const failed: StepOutcome = { ...base, status: 'failed', error, ...(requestId ? { requestId } : {}) };
      outcomes.push(failed);
      emit({ type: 'step-finished', step, outcome: failed });
      for (const rest of plan.steps.slice(index + 1)) outcomes.push({ id: rest.id, call: rest.call, title: rest.title, status: 'not-run' });
      return { status: 'failed', steps: outcomes, error };
    }
  }
  const submitted = outcomes.some((o) => o.status === 'submitted');
  return { status: submitted ? 'submitted' : 'succeeded', steps: outcomes };
}

import { toErrorInfo } from '../commands/index.ts';
import { FINAL_STATUSES, isFinal, isJobConflict, mapLimit, transitions, type Job } from '../jobs/index.ts';
import type { WorkerContext } from './context.ts';
import { isPostedTs } from './deliver.ts';
import { expireApproval, isPastExpiry } from './expire-approvals.ts';
import { OWED } from './owed.ts';
import { settle } from './settle.ts';
import type { PollTickOptions, PollTickResult } from './types.ts';

/** When the job started waiting on its current operation. */
function waitingSince(job: Job): number | undefined {
  const state = job.steps.find((s) => s.status === 'submitted' || s.status === 'calling');
  return state === undefined ? undefined : Date.parse(state.at);
}

const deadlineError = (minutes: number) => ({
  code: 'OPERATION_DEADLINE',
  message: `Azure did not finish the operation within ${minutes} minutes, so the job stopped following it. The operation may still complete.`,
  hint: 'Check the resource (`/asm op show <request id>` names the operation) before running the command again.',
});

const sameSteps = (a: Job, b: Job) => a.status === b.status && a.steps.every((s, i) => s.status === b.steps[i]?.status);

/**
 * The owed jobs the tick looks at besides the waiting ones: ended (an outcome to post) and awaiting
 * approval (a card to post, an approval to expire). Waiting jobs are owed too but come from their own
 * query; leaving them out keeps the second query small.
 */
const OWED_STATUSES = [...FINAL_STATUSES, 'awaiting-approval', 'approved', 'running'] as const;

/**
 * An approved job left alone longer than the post lease: the advance message that should have run
 * it never reached the queue (the Slack function's output binding is written only when its invocation
 * ends well). The poller runs it; a late message finds it started (a conditional write: one wins).
 */
const approvedAndLeft = (ctx: WorkerContext, job: Job, now: Date): boolean =>
  job.status === 'approved' && now.getTime() - Date.parse(job.updatedAt) >= ctx.delivery.leaseMs;

/**
 * A job left `running` past `staleRunMs`: its worker died mid-step and the message that would have
 * finished it is gone (a second delivery lost the race to the dead worker and deleted it). The poller
 * advances it; the engine checks a step found `calling` against the service before sending anything.
 */
const runningAndLeft = (ctx: WorkerContext, job: Job, now: Date): boolean =>
  job.status === 'running' && now.getTime() - Date.parse(job.updatedAt) >= ctx.staleRunMs;

/**
 * One poller tick: each waiting job's operation is read once (at most `concurrencyPerSubscription` at
 * a time per subscription); a finished operation advances its job; outcomes are posted once. Jobs
 * waiting past the deadline fail with an explanation; approvals past their expiry expire. Jobs that
 * ended with their outcome still owed (a crash, a rate limit, another poller that died while
 * posting) are settled too.
 */
export async function pollTick(ctx: WorkerContext, options: PollTickOptions = {}): Promise<PollTickResult> {
  const deadlineMs = options.deadlineMs ?? ctx.config.operationDeadlineMinutes * 60_000;
  const call = options.abortSignal ? { abortSignal: options.abortSignal } : {};
  const [waiting, owed] = await Promise.all([
    ctx.jobs.listByStatus('waiting', call),
    ctx.jobs.listRecent({ ...call, origin: { [OWED]: 'yes' }, statuses: OWED_STATUSES }),
  ]);
  const counts = { waiting: waiting.length, polled: 0, finished: 0, timedOut: 0, expired: 0, posted: 0, errors: 0 };
  const bySubscription = new Map<string, Job[]>();
  for (const job of waiting) {
    const key = job.binding?.subscriptionId.toLowerCase() ?? '';
    const group = bySubscription.get(key);
    if (group === undefined) bySubscription.set(key, [job]);
    else group.push(job);
  }
  const pollOne = async (job: Job) => {
    try {
      const since = waitingSince(job);
      let next: Job;
      if (since !== undefined && ctx.now().getTime() - since > deadlineMs) {
        next = await ctx.jobs.update(transitions.fail(job, deadlineError(Math.round(deadlineMs / 60_000)), ctx.now().toISOString()), job.version);
        counts.timedOut += 1;
      } else {
        next = await ctx.engine.poll(job, call);
        counts.polled += 1;
      }
      if (isFinal(next.status)) counts.finished += 1;
      if (next === job || (sameSteps(job, next) && !isFinal(next.status))) return;
      const settled = await settle(ctx, next, { updateCard: true });
      counts.posted += settled.posted;
    } catch (error) {
      if (isJobConflict(error)) return;
      counts.errors += 1;
      ctx.logger.warn('A waiting job could not be polled; it is tried again on the next tick.', { jobId: job.id, error: toErrorInfo(error).message });
    }
  };
  await Promise.all([...bySubscription.values()].map((jobs) => mapLimit(jobs, options.concurrencyPerSubscription ?? 16, pollOne)));
  const now = ctx.now();
  await mapLimit(owed.filter((job) => isPastExpiry(job, now)), 8, async (job) => {
    try {
      if ((await expireApproval(ctx, job)) === 'expired') counts.expired += 1;
    } catch (error) {
      counts.errors += 1;
      ctx.logger.warn('An expired approval could not be closed; it is tried again on the next tick.', { jobId: job.id, error: toErrorInfo(error).message });
    }
  });
  await mapLimit(owed.filter((job) => approvedAndLeft(ctx, job, now) || runningAndLeft(ctx, job, now)), 4, async (job) => {
    try {
      const next = await ctx.engine.advance(job, call);
      if (next.status !== job.status || !sameSteps(job, next)) counts.posted += (await settle(ctx, next, { updateCard: true })).posted;
    } catch (error) {
      if (isJobConflict(error)) return;
      counts.errors += 1;
      ctx.logger.warn('An approved or abandoned job could not be advanced; it is tried again on the next tick.', { jobId: job.id, error: toErrorInfo(error).message });
    }
  });
  // Ended jobs whose outcome is still owed, and cards never posted; waiting ones were handled above.
  const leftOver = owed.filter((job) => isFinal(job.status) || (job.status === 'awaiting-approval' && !isPastExpiry(job, now) && !isPostedTs(job.posted?.['card'])));
  await mapLimit(leftOver, 8, async (job) => {
    try {
      counts.posted += (await settle(ctx, job)).posted;
    } catch (error) {
      counts.errors += 1;
      ctx.logger.warn('An owed message could not be posted; it is tried again on the next tick.', { jobId: job.id, error: toErrorInfo(error).message });
    }
  });
  return counts;
}

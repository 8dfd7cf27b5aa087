import { isFinal, type Job } from '../jobs/index.ts';
import { approvalCard, decidedCard, type CardBlock } from '../slack/cards/index.ts';
import type { WorkerContext } from './context.ts';
import { deliver, isPostedTs, type Delivery, type DeliveryResult } from './deliver.ts';
import { outcomeCard, parentMessage, progressCard, vmFacts } from './job-messages.ts';
import { clearOwed, isOwed, withoutOwed } from './owed.ts';
import { finishExpiry } from './expire-approvals.ts';

export interface SettleResult {
  readonly job: Job;
  /** Messages this call posted. */
  readonly posted: number;
  /** Something owed could not be posted now; a later tick tries again. */
  readonly pending: boolean;
}

const STOPPED = new Set(['denied', 'expired', 'cancelled']);
const ended = (job: Job) => job.status === 'succeeded' || job.status === 'failed';

/** Where the job's messages go: the channel it was asked in, when it came from Slack. */
export const channelOf = (job: Job): string | undefined => job.origin['channel'] || undefined;

/**
 * Posts what the channel is owed for the job as it is stored now, each message exactly once: the
 * approval card (or, for a change that needs none, its card), a reply per finished step while later
 * ones run, and the outcome in the card's thread (a read's result under a short parent message).
 * With `updateCard`, the card is brought up to date with `chat.update`.
 */
export async function settle(ctx: WorkerContext, given: Job, options: { readonly updateCard?: boolean } = {}): Promise<SettleResult> {
  const channel = channelOf(given);
  if (channel === undefined) return { job: given, posted: 0, pending: false };
  let job = given;
  let posted = 0;
  let pending = false;
  const send = async (make: (job: Job) => Delivery | undefined): Promise<DeliveryResult> => {
    if (ctx.now().getTime() < ctx.rateLimitedUntil) {
      pending = true;
      return { status: 'later', job };
    }
    const result = await deliver(ctx.delivery, job, make);
    job = result.job;
    if (result.status === 'posted') posted += 1;
    if (result.status === 'busy' || result.status === 'later' || result.status === 'unknown') pending = true;
    if (result.error?.retryAfterSeconds !== undefined) ctx.rateLimitedUntil = ctx.now().getTime() + result.error.retryAfterSeconds * 1000;
    return result;
  };

  // An expiry is announced by the poller (audit, the card updated); one cut short is finished here.
  if (job.status === 'expired' && isOwed(job)) {
    const finished = await finishExpiry(ctx, job);
    if (finished === 'busy') return { job, posted, pending: true };
    job = finished;
  }
  if (STOPPED.has(job.status)) return { job: isOwed(job) ? await clearOwed(ctx, job) : job, posted, pending };

  // The card: the approval card while it waits, else the card of a change that ran without one.
  if (job.risk !== 'read' && job.plan !== undefined && !isPostedTs(job.posted?.['card'])) {
    const card = await send((j) => (j.plan === undefined ? undefined : {
      key: 'card', eventType: 'asm_job_card', channel,
      card: j.status === 'awaiting-approval' ? approvalCard(j, { now: ctx.now() }) : decidedCard(j),
    }));
    if (card.status === 'posted' && job.status !== 'awaiting-approval') options = { ...options, updateCard: false };
  }
  const cardTs = job.posted?.['card'];

  if (!isFinal(job.status) && job.risk !== 'read' && isPostedTs(cardTs)) {
    const last = (job.plan?.steps.length ?? 0) - 1;
    for (let i = 0; i < last; i += 1) {
      const state = job.steps[i]?.status;
      if ((state !== 'succeeded' && state !== 'skipped') || job.posted?.[`step${i}`] !== undefined) continue;
      await send(() => ({ key: `step${i}`, eventType: 'asm_job_progress', channel, threadTs: cardTs, card: progressCard(job, i) }));
    }
  }

  if (ended(job)) {
    let thread = isPostedTs(cardTs) ? cardTs : undefined;
    if (thread === undefined && (job.risk === 'read' || job.plan === undefined)) {
      const parent = await send(() => ({ key: 'parent', eventType: 'asm_job_parent', channel, card: parentMessage(job) }));
      thread = parent.ts;
    }
    if (thread !== undefined && !isPostedTs(job.posted?.['outcome'])) {
      const facts = await factsOf(ctx, job);
      const threadTs = thread;
      const outcome = await send((j) => ({ key: 'outcome', eventType: 'asm_job_outcome', channel, threadTs, card: outcomeCard(j, facts), onPosted: withoutOwed }));
      if (outcome.status === 'posted') options = { ...options, updateCard: true };
    }
    if (isPostedTs(job.posted?.['outcome']) && isOwed(job)) job = await clearOwed(ctx, job);
  }

  if (options.updateCard && isPostedTs(cardTs) && job.status !== 'awaiting-approval') {
    await ctx.poster.update(channel, cardTs, decidedCard(job));
  }
  return { job, posted, pending };
}

async function factsOf(ctx: WorkerContext, job: Job): Promise<CardBlock[]> {
  if (job.status !== 'succeeded' || job.binding === undefined || !job.plan?.steps.some((s) => s.call === 'virtualMachines.createDeployment')) return [];
  try {
    return await vmFacts(job, await ctx.clients.clientFor(job.binding));
  } catch {
    return [];
  }
}

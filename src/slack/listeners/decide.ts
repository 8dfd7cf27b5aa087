import type { Job } from '../../jobs/job.ts';
import { isJobConflict } from '../../jobs/store.ts';
import { approve, deny } from '../../jobs/transitions.ts';
import { decidedCard, refusal } from '../cards/index.ts';
import type { Refusal } from '../policy/index.ts';
import { actorFor, audit, note, type ListenerDeps } from './deps.ts';

export interface Click {
  readonly kind: 'approve' | 'deny';
  readonly jobId: string;
  readonly userId: string;
  readonly channelId: string;
  /** The card clicked. */
  readonly messageTs: string;
}

export type DecisionResult =
  | { readonly ok: true; readonly job: Job; readonly card: { text: string; blocks: unknown[] } }
  | { readonly ok: false; readonly tell: { text: string; blocks: unknown[] } };

/**
 * Approve or deny: the policy decides on the stored job, the decision is a conditional write, so of
 * two approvers clicking at once one wins and the other is told who did. Every outcome is audited.
 */
export async function decide(deps: ListenerDeps, click: Click): Promise<DecisionResult> {
  const entry = { userId: click.userId, channelId: click.channelId, jobId: click.jobId, command: `${click.kind} ${click.jobId}` };
  const refuse = async (r: Refusal) => {
    await audit(deps, { ...entry, kind: 'refusal', decision: 'refused', reason: `${r.code}: ${r.reason}` });
    return { ok: false as const, tell: refusal(r) };
  };
  let job = await deps.jobs.get(click.jobId);
  if (job === undefined) {
    await audit(deps, { ...entry, kind: 'refusal', decision: 'refused', reason: 'NO_SUCH_JOB' });
    return { ok: false, tell: note('This job no longer exists, so there is nothing to decide.') };
  }
  const actor = await actorFor(deps, click.userId, click.channelId);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const now = deps.now();
    const decision = deps.policy.mayDecide(actor, job, now);
    if (!decision.allowed) return refuse(decision);
    const next = click.kind === 'approve' ? approve(job, click.userId, now.toISOString()) : deny(job, click.userId, now.toISOString());
    try {
      const saved = await deps.jobs.update(next, job.version);
      await audit(deps, { ...entry, kind: click.kind === 'approve' ? 'approval' : 'denial', decision: saved.status });
      return { ok: true, job: saved, card: decidedCard(saved) };
    } catch (error) {
      if (!isJobConflict(error)) throw error;
      // Someone else wrote first: decide again on what is stored now (usually "already approved by …").
      const reloaded = await deps.jobs.get(click.jobId);
      if (reloaded === undefined) break;
      job = reloaded;
    }
  }
  await audit(deps, { ...entry, kind: 'refusal', decision: 'refused', reason: 'CONFLICT' });
  return { ok: false, tell: note('The job changed while your decision was being saved; look at the card and try again.') };
}

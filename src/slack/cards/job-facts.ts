import type { ErrorInfo } from '../../commands/index.ts';
import type { Job, StepState } from '../../jobs/job.ts';
import { esc, mention, slackDate } from './mrkdwn.ts';

const STEP_ICON: Readonly<Record<StepState['status'], string>> = {
  pending: ':white_circle:', calling: ':hourglass_flowing_sand:', submitted: ':hourglass_flowing_sand:',
  succeeded: ':white_check_mark:', skipped: ':fast_forward:', failed: ':x:',
};
const STEP_WORD: Readonly<Record<StepState['status'], string>> = {
  pending: 'not run yet', calling: 'being sent', submitted: 'submitted, waiting for Azure', succeeded: 'done', skipped: 'skipped', failed: 'failed',
};

export const requestIdOf = (state: StepState | undefined): string | undefined =>
  state !== undefined && 'requestId' in state ? state.requestId : undefined;

/** All request ids of the job's steps, in step order. */
export const requestIds = (job: Job): string[] => job.steps.map(requestIdOf).filter((id): id is string => id !== undefined);

/** One line per planned step: number, title, call; with its state when `withState`. */
export function stepLines(job: Job, withState: boolean): string[] {
  return (job.plan?.steps ?? []).map((step, i) => {
    const base = `${i + 1}. ${esc(step.title, 400)} \`${esc(step.call, 80)}\``;
    const state = job.steps[i];
    if (!withState) return base;
    const status = state?.status ?? 'pending';
    const id = requestIdOf(state);
    const reason = state?.status === 'skipped' && state.reason ? ` (${esc(state.reason, 200)})` : '';
    return `${STEP_ICON[status]} ${base}: ${STEP_WORD[status]}${reason}${id ? ` · request \`${esc(id, 80)}\`` : ''}`;
  });
}

/** The error that ended the job: its own, or the failed step's. */
export function jobError(job: Job): { error: ErrorInfo; step?: string } | undefined {
  const index = job.steps.findIndex((s) => s.status === 'failed');
  const failed = job.steps[index];
  if (failed?.status === 'failed') return { error: failed.error, ...(job.plan?.steps[index] ? { step: job.plan.steps[index].title } : {}) };
  return job.error ? { error: job.error } : undefined;
}

const by = (job: Job) => (job.decision && job.decision.by !== 'system' ? ` by ${mention(job.decision.by)}` : '');
/** "Approved by @bob, running…", or "Running…" when no approval was needed. */
const lead = (job: Job, word: string) =>
  (job.decision?.kind === 'approved' ? `Approved${by(job)}, ${word}` : `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`);

/** Where the job stands, in one line people read on the card. */
export function statusLine(job: Job): string {
  switch (job.status) {
    case 'planned': return ':hourglass_flowing_sand: Planning…';
    case 'awaiting-approval': return `:raised_hand: Waiting for an approver${job.expiresAt ? ` until ${slackDate(job.expiresAt)}` : ''}`;
    case 'approved': return `:arrow_forward: ${lead(job, 'starting…')}`;
    case 'running': return `:arrow_forward: ${lead(job, 'running…')}`;
    case 'waiting': {
      const id = requestIds(job).at(-1);
      return `:hourglass_flowing_sand: ${lead(job, 'running…')} waiting for Azure${id ? ` (request \`${esc(id, 80)}\`)` : ''}`;
    }
    case 'succeeded': return `:white_check_mark: Succeeded${job.decision?.kind === 'approved' ? ` (approved${by(job)})` : ''}`;
    case 'failed': return `:x: Failed: ${esc(jobError(job)?.error.message ?? 'the job failed', 500)}`;
    case 'denied': return `:no_entry: Denied${by(job)}. Nothing ran.`;
    case 'expired': return ':alarm_clock: Expired: nobody decided in time. Nothing ran.';
    case 'cancelled': return `:heavy_multiplication_x: Cancelled${by(job)}. Nothing ran.`;
  }
}

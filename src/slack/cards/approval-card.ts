import type { Job } from '../../jobs/job.ts';
import { statusLine } from './job-facts.ts';
import { decidedFact, factsBlock, failureBlock, headerFor, notesBlock, statusBlock, stepBlocks, summaryOf } from './job-card.ts';
import { blockId, clip, esc, mention, slackDate, section } from './mrkdwn.ts';
import { ACTION_IDS, type ActionsBlock, type Card, type CardBlock, type ConfirmDialog } from './types.ts';

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: clip(text, max), emoji: true });

function destroyConfirm(job: Job): ConfirmDialog {
  const count = job.plan?.steps.length ?? 0;
  return {
    title: plain('Approve this deletion?', 100),
    text: plain(`${summaryOf(job)}. ${count} step${count === 1 ? '' : 's'} will run, as listed on the card. Deleted resources cannot be brought back.`, 300),
    confirm: plain('Approve', 30),
    deny: plain('Not yet', 30),
    style: 'danger',
  };
}

function controls(job: Job): ActionsBlock {
  return {
    type: 'actions',
    block_id: blockId('job.controls', job.id),
    elements: [
      { type: 'button', action_id: ACTION_IDS.approve, text: plain('Approve', 75), style: 'primary', value: job.id, ...(job.risk === 'destroy' ? { confirm: destroyConfirm(job) } : {}) },
      { type: 'button', action_id: ACTION_IDS.deny, text: plain('Deny', 75), style: 'danger', value: job.id },
    ],
  };
}

function minutesLeft(job: Job, now: Date): string {
  if (job.expiresAt === undefined) return 'no expiry set';
  const minutes = Math.ceil((Date.parse(job.expiresAt) - now.getTime()) / 60_000);
  return `${slackDate(job.expiresAt)} (${minutes <= 0 ? 'expired' : `in ${minutes} min`})`;
}

/**
 * The card asking an approver to approve or deny exactly the stored plan: its steps, risk, who asked,
 * when it expires, notes; Approve (a confirmation on destroy) and Deny, each carrying the job id.
 */
export function approvalCard(job: Job, options: { readonly now: Date }): Card {
  const warning: CardBlock[] = job.risk === 'destroy' ? [section(':warning: *This deletes resources.* Every resource it touches is in the steps below.')] : [];
  const top: CardBlock[] = [headerFor({ ...job, status: 'awaiting-approval' }), factsBlock(job, [['Expires', minutesLeft(job, options.now)]]), ...warning];
  const notes = notesBlock(job);
  const steps = stepBlocks(job, false, notes.length + 2, top.length);
  const blocks: CardBlock[] = [...top, ...steps, ...notes, statusBlock({ ...job, status: 'awaiting-approval' }), controls(job)];
  return { text: `Approval needed: ${esc(summaryOf(job), 2000)} (asked by ${mention(job.requester)})`, blocks };
}

/** The card after a decision, while it runs and when it ends: the status line, the steps with their state, no buttons. */
export function decidedCard(job: Job): Card {
  const top: CardBlock[] = [headerFor(job), factsBlock(job, decidedFact(job))];
  const failure = failureBlock(job);
  const notes = notesBlock(job);
  const steps = stepBlocks(job, true, failure.length + notes.length + 1, top.length);
  const blocks = [...top, ...steps, ...failure, ...notes, statusBlock(job)];
  return { text: `${esc(summaryOf(job), 1500)}: ${statusLine(job).replace(/^:[a-z_]+: /, '')}`, blocks };
}

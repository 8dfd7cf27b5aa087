import type { Job } from '../../jobs/job.ts';
import { decidedFact, factsBlock, failureBlock, notesBlock, statusBlock, stepBlocks, summaryOf } from './job-card.ts';
import { blockId, context, esc, header, LIMITS, lineSections, mention, section, slackDate } from './mrkdwn.ts';
import type { Card, CardBlock } from './types.ts';

const STATUS_ICON: Readonly<Record<Job['status'], string>> = {
  planned: ':hourglass_flowing_sand:', 'awaiting-approval': ':raised_hand:', approved: ':arrow_forward:', running: ':arrow_forward:',
  waiting: ':hourglass_flowing_sand:', succeeded: ':white_check_mark:', failed: ':x:', denied: ':no_entry:', expired: ':alarm_clock:',
  cancelled: ':heavy_multiplication_x:',
};

/** A list is for glancing: past this many, `/asm job show` is the way in. */
const MAX_LISTED = 50;

const listLine = (job: Job): string =>
  `${STATUS_ICON[job.status]} \`${esc(job.id, 100)}\` *${job.status}* · \`${esc(job.command, 300)}\` · ${mention(job.requester)} · ${slackDate(job.createdAt)}`;

/** `/asm jobs`: the channel's recent jobs, newest first as given, with status, command, who and when. */
export function jobList(jobs: readonly Job[]): Card {
  const blocks: CardBlock[] = [header('Recent jobs in this channel')];
  if (jobs.length === 0) {
    blocks.push(section('No jobs in this channel yet. Run a command such as `/asm vm list` to start one.'));
    return { text: 'No jobs in this channel yet.', blocks };
  }
  const { blocks: rows, shown } = lineSections(jobs.slice(0, MAX_LISTED).map(listLine), LIMITS.blocks - 2);
  blocks.push(...rows);
  const more = shown < jobs.length ? [`… and ${jobs.length - shown} more`] : [];
  blocks.push(context([...more, `${jobs.length} job${jobs.length === 1 ? '' : 's'}, newest first · \`/asm job show &lt;id&gt;\` shows one`]));
  return { text: `${jobs.length} recent job${jobs.length === 1 ? '' : 's'} in this channel`, blocks };
}

/** `/asm job show <id>`: status, who asked and decided, the steps with their state and request ids, timings. */
export function jobDetail(job: Job): Card {
  const timings: [string, string][] = [['Created', slackDate(job.createdAt)], ['Updated', slackDate(job.updatedAt)]];
  if (job.status === 'awaiting-approval' && job.expiresAt) timings.push(['Expires', slackDate(job.expiresAt)]);
  const top: CardBlock[] = [
    header(`Job ${job.id}: ${summaryOf(job)}`, blockId('job.detail', job.id)),
    statusBlock(job),
    factsBlock(job, [...decidedFact(job), ...timings]),
  ];
  const failure = failureBlock(job);
  const notes = notesBlock(job);
  const steps = job.plan === undefined ? [section('Not planned yet: the steps appear once the worker has planned the command.')] : stepBlocks(job, true, failure.length + notes.length, top.length);
  return { text: `Job ${esc(job.id, 100)}: ${job.status}`, blocks: [...top, ...steps, ...failure, ...notes] };
}

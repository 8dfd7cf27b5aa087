import { RISK_WORDS, classifyError } from '../../commands/index.ts';
import type { Job } from '../../jobs/job.ts';
import { jobError, statusLine, stepLines } from './job-facts.ts';
import { blockId, clip, context, esc, header, LIMITS, lineSections, md, mention, section, slackDate } from './mrkdwn.ts';
import type { CardBlock } from './types.ts';

export const summaryOf = (job: Job): string => job.plan?.summary ?? job.command;

/** Risk, who asked, the command and the job id as section fields. */
export function factsBlock(job: Job, extra: readonly (readonly [string, string])[] = []): CardBlock {
  const fields: (readonly [string, string])[] = [
    ['Risk', RISK_WORDS[job.risk]],
    ['Asked by', mention(job.requester)],
    ...extra,
    ['Command', `\`${esc(job.command, 1500)}\``],
    ['Job', `\`${esc(job.id, 200)}\``],
  ];
  return { type: 'section', block_id: blockId('job.facts', job.id), fields: fields.slice(0, LIMITS.fieldsPerSection).map(([k, v]) => md(`*${k}*\n${v}`)) };
}

/** The stored plan's steps, every one of them while they fit in the message, then how to see the rest. */
export function stepBlocks(job: Job, withState: boolean, reserved: number, blocksSoFar: number): CardBlock[] {
  const lines = stepLines(job, withState);
  if (lines.length === 0) return [];
  const title = section(`*${withState ? 'Steps' : 'What will run'}* (${lines.length} step${lines.length === 1 ? '' : 's'}${withState ? '' : ', exactly these'})`);
  const budget = LIMITS.blocks - blocksSoFar - reserved - 2;
  const { blocks, shown } = lineSections(lines, budget, blockId('job.steps', job.id));
  const rest = shown < lines.length ? [context([`… and ${lines.length - shown} more steps: \`/asm job show ${esc(job.id, 200)}\` lists them all.`])] : [];
  return [title, ...blocks, ...rest];
}

/** Plan notes and the secrets it will make (by name, never a value), as small print. */
export function notesBlock(job: Job): CardBlock[] {
  const plan = job.plan;
  if (plan === undefined) return [];
  const notes = [
    ...plan.secrets.map((s) => `:lock: ${esc(s.description, 300)}: generated and kept as secret \`${esc(s.name, 127)}\`${s.location ? ` in ${esc(s.location, 300)}` : ''}; never shown here.`),
    ...plan.notes.map((n) => esc(n, 600)),
  ];
  if (notes.length === 0) return [];
  const last = LIMITS.contextElements - 1;
  return [context(notes.length <= LIMITS.contextElements ? notes : [...notes.slice(0, last), clip(notes.slice(last).join(' '), 2900)])];
}

/** The error that ended the job: message and code, the failed step, the hint, the request id. */
export function failureBlock(job: Job): CardBlock[] {
  const failure = jobError(job);
  if (failure === undefined) return [];
  const { info } = classifyError(failure.error);
  const hint = failure.error.hint ?? info.hint;
  const lines = [
    `*${failure.step ? `${esc(failure.step, 300)} failed` : 'Error'}*`,
    `${esc(failure.error.message, 1200)} (\`${esc(failure.error.code, 100)}\`)`,
    ...(hint ? [`:bulb: ${esc(hint, 800)}`] : []),
    ...(failure.error.requestId ? [`Request id \`${esc(failure.error.requestId, 100)}\``] : []),
  ];
  return [section(lines.join('\n'), blockId('job.failure', job.id))];
}

const HEADER_WORD: Readonly<Record<Job['status'], string>> = {
  planned: 'Planning', 'awaiting-approval': 'Approval needed', approved: 'Approved', running: 'Running', waiting: 'Running',
  succeeded: 'Succeeded', failed: 'Failed', denied: 'Denied', expired: 'Expired', cancelled: 'Cancelled',
};

export const headerFor = (job: Job): CardBlock => header(`${HEADER_WORD[job.status]}: ${summaryOf(job)}`, blockId('job.header', job.id));
export const statusBlock = (job: Job): CardBlock => ({ type: 'context', block_id: blockId('job.status', job.id), elements: [md(statusLine(job))] });

/** When it was decided, for the facts. */
export const decidedFact = (job: Job): [string, string][] =>
  job.decision ? [[`${job.decision.kind[0]?.toUpperCase()}${job.decision.kind.slice(1)}`, `${job.decision.by === 'system' ? '' : `${mention(job.decision.by)}, `}${slackDate(job.decision.at)}`]] : [];

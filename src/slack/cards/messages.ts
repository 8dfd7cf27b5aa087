import { presentReport, renderBlocks, type CommandReport } from '../../commands/index.ts';
import type { Job } from '../../jobs/job.ts';
import type { Refusal } from '../policy/index.ts';
import { failureBlock, headerFor, notesBlock, summaryOf } from './job-card.ts';
import { requestIds, statusLine } from './job-facts.ts';
import { context, esc, escKeepMentions, LIMITS, md, mention, section } from './mrkdwn.ts';
import type { Card, CardBlock } from './types.ts';

const askedBy = (job: Job) => `Asked by ${mention(job.requester)} · job \`${esc(job.id, 100)}\``;

/** A report rendered by the views, with who asked added when there is room. */
function reportCard(job: Job, report: CommandReport): Card {
  const { text, blocks } = renderBlocks(presentReport(report));
  const out: CardBlock[] = [...blocks];
  if (out.length < LIMITS.blocks) out.push(context([askedBy(job)]));
  return { text, blocks: out };
}

/** A read's result, for the thread under the command. */
export const readResult = (job: Job, report: CommandReport): Card => reportCard(job, report);

/** Simple facts of a result object (name, IP address, power state…), at most ten. */
function keyFacts(result: unknown): string[] {
  if (result === null || typeof result !== 'object') return [];
  if (Array.isArray(result)) return [`${result.length} item${result.length === 1 ? '' : 's'}`];
  return Object.entries(result)
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v) && String(v) !== '')
    .slice(0, LIMITS.fieldsPerSection)
    .map(([k, v]) => `*${esc(k, 100)}*\n${esc(String(v), 500)}`);
}

/** Where the generated passwords are kept: the secret's name and location from the plan or the step that stored it. */
function storedSecrets(job: Job): { name: string; description: string; location?: string }[] {
  const made = new Map<string, string>();
  for (const state of job.steps) {
    const r = state.status === 'succeeded' ? (state.result as { name?: unknown; location?: unknown } | undefined) : undefined;
    if (typeof r?.name === 'string' && typeof r.location === 'string') made.set(r.name, r.location);
  }
  return (job.plan?.secrets ?? []).map((s) => {
    const location = made.get(s.name) ?? s.location;
    return { name: s.name, description: s.description, ...(location ? { location } : {}) };
  });
}

/** Names where a generated VM password is kept and who can read it; never the value. `undefined` when the job made none. */
export function passwordNotice(job: Job): Card | undefined {
  const secrets = storedSecrets(job);
  if (secrets.length === 0) return undefined;
  const lines = secrets.map((s) => `:lock: ${esc(s.description, 300)} is kept as secret \`${esc(s.name, 127)}\`${s.location ? ` in ${esc(s.location, 400)}` : ' (stored when the step runs)'}.`);
  const blocks: CardBlock[] = [
    section(lines.join('\n')),
    context(['It is never posted in Slack. Read it from the vault with an account that holds a secrets reader role there (Key Vault Secrets User); ask an administrator for access.']),
  ];
  return { text: `${secrets.length === 1 ? 'A generated password is' : 'Generated passwords are'} kept in Key Vault as ${secrets.map((s) => esc(s.name, 127)).join(', ')}.`, blocks };
}

/** The thread reply when a job ends (or stays unknown after a poll failure): the outcome, once. */
export function outcomeMessage(job: Job, options: { readonly report?: CommandReport } = {}): Card {
  const ids = requestIds(job);
  const follow = `\`/asm job show ${esc(job.id, 100)}\``;
  if (job.status === 'succeeded' && options.report !== undefined) return reportCard(job, options.report);
  const blocks: CardBlock[] = [headerFor(job)];
  if (job.status === 'succeeded') {
    const last = [...job.steps].reverse().find((s) => s.status === 'succeeded' && s.result !== undefined);
    const facts = keyFacts(last?.status === 'succeeded' ? last.result : undefined);
    blocks.push(section(`:white_check_mark: ${esc(summaryOf(job), 1000)}: done.`));
    if (facts.length > 0) blocks.push({ type: 'section', fields: facts.map(md) });
    blocks.push(...(passwordNotice(job)?.blocks ?? []));
  } else if (job.status === 'failed') {
    blocks.push(...failureBlock(job));
  } else if (['approved', 'running', 'waiting'].includes(job.status)) {
    const last = ids.at(-1);
    blocks.push(section(last
      ? `:grey_question: Submitted (request \`${esc(last, 100)}\`), outcome unknown: Azure has not answered yet.\nFollow it with \`/asm op show ${esc(last, 100)}\` or ${follow}; the outcome is posted here when it is known.`
      : `:grey_question: Started, outcome unknown yet. Follow it with ${follow}.`));
  } else {
    blocks.push(section(statusLine(job)));
  }
  blocks.push(...notesBlock(job).slice(0, job.status === 'succeeded' ? 0 : 1));
  blocks.push(context([askedBy(job), ...(ids.length > 0 ? [`Request ids: ${ids.map((id) => `\`${esc(id, 100)}\``).join(', ')}`] : []), `Details: ${follow}`]));
  return { text: `${esc(summaryOf(job), 1500)}: ${statusLine(job).replace(/^:[a-z_]+: /, '')}`, blocks: blocks.slice(0, LIMITS.blocks) };
}

/** An ephemeral refusal: why, what to do, and the code to quote to an administrator. */
export function refusal(decision: Refusal): Card {
  const blocks: CardBlock[] = [section(`:no_entry: ${escKeepMentions(decision.reason, 2500)}`)];
  blocks.push(context([...(decision.hint ? [esc(decision.hint, 2000)] : []), `(${decision.code})`]));
  return { text: escKeepMentions(decision.reason, 2900), blocks };
}

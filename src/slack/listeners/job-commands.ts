import type { InvocationContext } from '@azure/functions';
import type { Job } from '../../jobs/job.ts';
import { isJobConflict } from '../../jobs/store.ts';
import { cancel } from '../../jobs/transitions.ts';
import { escapeClipped } from '../../commands/index.ts';
import { decidedCard, jobDetail, jobList, refusal } from '../cards/index.ts';
import { actorFor, auditLater, ephemeral, inChannel, note, type ListenerDeps } from './deps.ts';
import type { CommandOrigin, SlashAnswer } from './run-command.ts';

/** `jobs`, `job show <id>`, `job cancel <id>`: about jobs, not the subscription, so outside the catalog. */
export type JobCommand = { readonly kind: 'list' } | { readonly kind: 'show' | 'cancel'; readonly id: string } | { readonly kind: 'usage' };

export function parseJobCommand(text: string): JobCommand | undefined {
  const words = text.trim().split(/\s+/);
  const first = words[0]?.toLowerCase();
  if (first === 'jobs' && words.length === 1) return { kind: 'list' };
  if (first !== 'job' && first !== 'jobs') return undefined;
  const verb = words[1]?.toLowerCase();
  if ((verb === 'show' || verb === 'cancel') && words.length === 3) return { kind: verb, id: words[2]! };
  if (first === 'jobs' && verb === 'list' && words.length === 2) return { kind: 'list' };
  return { kind: 'usage' };
}

const USAGE = note('Usage: `/asm jobs` (recent jobs in this channel), `/asm job show <id>`, `/asm job cancel <id>`.');

/** Card updates are best effort: the stored job is the truth, the card follows it. */
export type UpdateCard = (channel: string, ts: string, card: { text: string; blocks: unknown[] }) => Promise<void>;

/** A job the worker has not recorded yet (its message is still on the queue) reads as missing; the answer says both. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = (id: string, verb: 'show' | 'cancel') => note(UUID.test(id)
  ? `No job \`${escapeClipped(id, 100)}\` is recorded in this channel. A job asked for moments ago is recorded when the worker takes it from the queue, usually within seconds: try \`/asm job ${verb}\` again shortly. \`/asm jobs\` lists the recorded ones.`
  : `There is no job \`${escapeClipped(id, 100)}\` in this channel. \`/asm jobs\` lists the recent ones.`);

/** These read the job table; when it cannot be read the person is told so, not shown Slack's generic error. */
export async function runJobCommand(
  deps: ListenerDeps, command: JobCommand, from: CommandOrigin, updateCard: UpdateCard, invocation: InvocationContext | undefined,
): Promise<SlashAnswer> {
  try {
    return await jobCommand(deps, command, from, updateCard, invocation);
  } catch (error) {
    deps.logger.error(`/asm ${command.kind === 'list' ? 'jobs' : `job ${command.kind}`} failed: ${error instanceof Error ? error.message : String(error)}`);
    return ephemeral(note(':x: The job table could not be read just now, so nothing was changed. Please try again in a moment.'));
  }
}

async function jobCommand(
  deps: ListenerDeps, command: JobCommand, from: CommandOrigin, updateCard: UpdateCard, invocation: InvocationContext | undefined,
): Promise<SlashAnswer> {
  if (command.kind === 'usage') return ephemeral(USAGE);
  const actor = await actorFor(deps, from.userId, from.channelId);
  if (command.kind === 'list') {
    const decision = deps.policy.mayRun(actor, 'read');
    if (!decision.allowed) return ephemeral(refusal(decision));
    return ephemeral(jobList(await deps.jobs.listRecent({ origin: { channel: from.channelId }, limit: 15 })));
  }
  const job = await deps.jobs.get(command.id);
  // A job of another channel is not shown, nor said to exist.
  if (job === undefined || job.origin['channel'] !== from.channelId) return ephemeral(notFound(command.id, command.kind));
  if (command.kind === 'show') {
    const decision = deps.policy.mayRun(actor, 'read');
    return ephemeral(decision.allowed ? jobDetail(job) : refusal(decision));
  }
  return cancelJob(deps, job, from, updateCard, invocation);
}

async function cancelJob(deps: ListenerDeps, job: Job, from: CommandOrigin, updateCard: UpdateCard, invocation: InvocationContext | undefined): Promise<SlashAnswer> {
  const actor = await actorFor(deps, from.userId, from.channelId);
  const entry = { userId: from.userId, channelId: from.channelId, command: `job cancel ${job.id}`, jobId: job.id };
  let current = job;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const now = deps.now();
    const decision = deps.policy.mayCancel(actor, current, now);
    if (!decision.allowed) {
      await auditLater(deps, { ...entry, kind: 'refusal', decision: 'refused', reason: `${decision.code}: ${decision.reason}` }, invocation);
      return ephemeral(refusal(decision));
    }
    try {
      const saved = await deps.jobs.update(cancel(current, from.userId, now.toISOString()), current.version);
      await auditLater(deps, { ...entry, kind: 'cancellation', decision: 'cancelled' }, invocation);
      const card = saved.posted?.['card'];
      if (card !== undefined) await updateCard(from.channelId, card, decidedCard(saved));
      return inChannel(note(`:no_entry_sign: <@${from.userId}> cancelled job \`${saved.id}\` (\`${escapeClipped(saved.command, 500)}\`). Nothing of it will run.`));
    } catch (error) {
      if (!isJobConflict(error)) throw error;
      const reloaded = await deps.jobs.get(job.id);
      if (reloaded === undefined) break;
      current = reloaded;
    }
  }
  return ephemeral(note('The job kept changing while it was being cancelled; look at `/asm job show` and try again.'));
}

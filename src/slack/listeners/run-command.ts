import { randomUUID } from 'node:crypto';
import type { InvocationContext } from '@azure/functions';
import { commandSpec, escapeClipped, type RunCommand } from '../../commands/index.ts';
import type { JobOrigin, NewJob } from '../../jobs/job.ts';
import { fitsQueue, type JobMessage } from '../../jobs/messages.ts';
import { refusal } from '../cards/index.ts';
import { actorFor, auditLater, ephemeral, inChannel, note, type ListenerDeps } from './deps.ts';
import { previewOf } from './preview.ts';

/** Who typed the command and where, as Slack sent it. */
export interface CommandOrigin {
  readonly teamId: string;
  readonly channelId: string;
  readonly userId: string;
  readonly responseUrl: string;
}

export type SlashAnswer = ReturnType<typeof ephemeral> | ReturnType<typeof inChannel>;

/**
 * A command that calls the subscription: checked against the channel's policy and handed to the
 * worker as a `plan` message carrying the new job and its audit entry; the worker records both (the
 * acknowledgement makes no storage call). Reads answer "Working on it"; changes and destroys show
 * their preview and say an approval card follows. Nothing here calls ASM, Key Vault or a table.
 */
export async function runCommand(deps: ListenerDeps, command: RunCommand, from: CommandOrigin, invocation: InvocationContext | undefined): Promise<SlashAnswer> {
  const risk = commandSpec(command.id)?.risk ?? 'change';
  const actor = await actorFor(deps, from.userId, from.channelId);
  const decision = deps.policy.mayRun(actor, risk);
  if (!decision.allowed) {
    await auditLater(deps, { kind: 'refusal', userId: from.userId, channelId: from.channelId, command: command.text, decision: 'refused', reason: `${decision.code}: ${decision.reason}` }, invocation);
    return ephemeral(refusal(decision));
  }
  const binding = deps.policy.bindingFor(from.channelId);
  const approval = deps.policy.needsApproval(from.channelId, risk);
  const now = deps.now();
  const at = now.toISOString();
  const origin: JobOrigin = {
    source: 'slack', team: from.teamId, channel: from.channelId, user: from.userId, responseUrl: from.responseUrl,
    approval: approval ? 'required' : 'none',
  };
  const job: NewJob = {
    id: (deps.newJobId ?? randomUUID)(), command: command.text, commandId: command.id, risk, requester: from.userId, origin,
    ...(binding ? { binding } : {}), status: 'planned', steps: [], createdAt: at, updatedAt: at,
  };
  const message: JobMessage = {
    jobId: job.id, action: 'plan', job,
    audit: { kind: 'request', userId: from.userId, channelId: from.channelId, command: command.text, jobId: job.id, decision: 'allowed', at },
  };
  if (!fitsQueue(message)) {
    deps.logger.warn(`A request too large for the queue or the job table was not queued (job ${job.id}).`);
    return ephemeral(note(':x: This command is too long to be recorded, so nothing will run. Shorten it (fewer or shorter values) and try again.'));
  }
  try {
    await deps.enqueue(message, invocation);
  } catch (error) {
    deps.logger.error(`Job for "${command.text}" not queued: ${error instanceof Error ? error.message : String(error)}`);
    return ephemeral(note(':x: The request could not be recorded, so nothing will run. Please try again in a moment.'));
  }
  const typed = `\`${escapeClipped(command.text, 500)}\``;
  if (risk === 'read') {
    return inChannel(note(`:hourglass_flowing_sand: Working on it: ${typed} (job \`${job.id}\`). The result follows in a thread.`));
  }
  const preview = await previewOf(command, now);
  const next = approval ? 'An approval card follows once the plan is checked against the subscription.' : 'It runs once the plan is checked against the subscription.';
  return inChannel({
    text: `<@${from.userId}> asked for ${typed}. ${next}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `<@${from.userId}> asked for ${typed} (${risk}, job \`${job.id}\`).` } },
      ...preview.blocks.slice(0, 45),
      { type: 'context', elements: [{ type: 'mrkdwn', text: next }] },
    ],
  });
}

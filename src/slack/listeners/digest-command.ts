import { randomUUID } from 'node:crypto';
import type { InvocationContext } from '@azure/functions';
import type { DigestScheduleStore } from '../../jobs/digest/schedule-store.ts';
import { describeSchedule, parseDigestCommand, type DigestCommand } from '../../jobs/digest/schedule.ts';
import { refusal } from '../cards/index.ts';
import { actorFor, auditLater, ephemeral, inChannel, note, type ListenerDeps } from './deps.ts';
import type { CommandOrigin, SlashAnswer } from './run-command.ts';

/** `/asm digest …`: outside the catalog (it is about the channel, not the subscription). */
export const isDigestText = (text: string): boolean => text.trim().split(/\s+/)[0]?.toLowerCase() === 'digest';

/** Where the channels' digest schedules are kept; made on first use (the table client stays off the path until then). */
export type DigestStoreProvider = () => Promise<DigestScheduleStore>;

/**
 * `daily HH:MM [tz]`, `weekly <day> HH:MM [tz]` and `off` store the channel's schedule (changes:
 * operators); `now` queues the digest for the worker (reads: anyone who may read here). Nothing
 * here reads the subscription or Key Vault: the worker does, from the queue.
 */
export async function runDigestCommand(deps: ListenerDeps, text: string, from: CommandOrigin, invocation: InvocationContext | undefined): Promise<SlashAnswer> {
  let command: DigestCommand;
  try {
    command = parseDigestCommand(text.trim().replace(/^digest\b/i, ''));
  } catch (error) {
    return ephemeral(note(`:x: ${(error as Error).message}`));
  }
  const binding = deps.policy.bindingFor(from.channelId);
  if (binding === undefined) return ephemeral(note('This channel is not bound to a subscription, so it has no digest. An administrator binds channels in ASM_CHANNELS.'));
  const actor = await actorFor(deps, from.userId, from.channelId);
  const decision = deps.policy.mayRun(actor, command.kind === 'now' ? 'read' : 'change');
  const entry = { userId: from.userId, channelId: from.channelId, command: text.trim() };
  if (!decision.allowed) {
    await auditLater(deps, { ...entry, kind: 'refusal', decision: 'refused', reason: `${decision.code}: ${decision.reason}` }, invocation);
    return ephemeral(refusal(decision));
  }
  if (command.kind === 'now') {
    await deps.enqueue({ jobId: randomUUID(), action: 'digest', channel: from.channelId }, invocation);
    return ephemeral(note(':hourglass_flowing_sand: The digest of this channel\'s subscription is on its way.'));
  }
  if (deps.digests === undefined) return ephemeral(note('Digests are not set up in this app (no schedule store).'));
  const store = await deps.digests();
  const now = deps.now();
  if (command.kind === 'off') {
    const was = await store.turnOff(from.channelId, { now });
    await auditLater(deps, { ...entry, kind: 'request', decision: 'digest-off' }, invocation);
    return inChannel(note(was?.schedule ? `:no_bell: <@${from.userId}> turned this channel's digest off.` : 'This channel had no digest; nothing changed.'));
  }
  await store.setSchedule(from.channelId, command.schedule, binding, { now });
  await auditLater(deps, { ...entry, kind: 'request', decision: `digest ${describeSchedule(command.schedule)}` }, invocation);
  return inChannel(note(`:calendar: <@${from.userId}> set this channel's digest: ${describeSchedule(command.schedule)}. The first one comes at the next scheduled time.`));
}

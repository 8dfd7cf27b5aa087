import { randomUUID } from 'node:crypto';
import type { InvocationContext } from '@azure/functions';
import type { Logger } from '@slack/bolt';
import type { JobMessage } from '../../jobs/messages.ts';
import type { DigestScheduleStore } from '../../jobs/digest/schedule-store.ts';
import type { JobStore } from '../../jobs/store.ts';
import type { AuditEntry, AuditLog } from '../audit/index.ts';
import type { Card } from '../cards/index.ts';
import { resolveActor, type Actor, type GroupResolver, type Policy } from '../policy/index.ts';

/** What the listeners work with; all of it injected, nothing global. */
export interface ListenerDeps {
  /** The job table: `/asm jobs`, `job show`, `job cancel` and clicks (a new job goes on the queue instead). */
  readonly jobs: JobStore;
  /** The audit table, for clicks; slash commands queue their entries (`auditLater`). */
  readonly audit: AuditLog;
  readonly policy: Policy;
  /** Hands a job to the worker (the `asm-jobs` output binding of this invocation). */
  enqueue(message: JobMessage, context: InvocationContext | undefined): void | Promise<void>;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Resolves user groups when roles name groups; without it a group grants nothing. */
  readonly groups?: GroupResolver;
  /** New job ids (default: random UUIDs). */
  readonly newJobId?: () => string;
  /** The digest schedules (`/asm digest daily|weekly|off`), made on first use. */
  readonly digests?: () => Promise<DigestScheduleStore>;
}

/** The actor, with the user groups their channel's roles name. A failed lookup grants nothing. */
export async function actorFor(deps: ListenerDeps, userId: string, channelId: string): Promise<Actor> {
  const actor = { userId, channelId };
  if (deps.groups === undefined) return actor;
  return resolveActor(deps.policy, deps.groups, actor);
}

/** Writes an audit entry; a failing audit table is logged and does not turn a reply into an error. */
export async function audit(deps: ListenerDeps, entry: AuditEntry): Promise<void> {
  try {
    await deps.audit.record(entry);
  } catch (error) {
    deps.logger.error(`Audit entry (${entry.kind}, job ${entry.jobId ?? '-'}) not written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Queues an audit entry for the worker to write, so a slash command answers without a storage call.
 * A message that cannot be queued is logged and does not turn a reply into an error.
 */
export async function auditLater(deps: ListenerDeps, entry: AuditEntry, invocation: InvocationContext | undefined): Promise<void> {
  const { requestIds: _ids, ...rest } = entry;
  try {
    await deps.enqueue({ jobId: randomUUID(), action: 'audit', audit: { ...rest, at: deps.now().toISOString() } }, invocation);
  } catch (error) {
    deps.logger.error(`Audit entry (${entry.kind}, job ${entry.jobId ?? '-'}) not queued: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A slash-command answer only the person who typed it sees. */
export const ephemeral = (card: { readonly text: string; readonly blocks?: readonly unknown[] }) =>
  ({ response_type: 'ephemeral' as const, text: card.text, ...(card.blocks ? { blocks: [...card.blocks] } : {}) });

/** A slash-command answer the channel sees, with the command above it. */
export const inChannel = (card: Card | { readonly text: string; readonly blocks?: readonly unknown[] }) =>
  ({ response_type: 'in_channel' as const, text: card.text, ...(card.blocks ? { blocks: [...card.blocks] } : {}) });

export const invocationOf = (context: Record<string, unknown>): InvocationContext | undefined =>
  context['invocationContext'] as InvocationContext | undefined;

/** One short mrkdwn section (for messages no card builder covers). */
export const note = (text: string) => ({ text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });

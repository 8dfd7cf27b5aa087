import type { Risk } from '../../commands/plan/types.ts';
import type { Job } from '../../jobs/job.ts';

/** Who is asking, and where. `groups`: the user groups (S…) they belong to, when roles name groups. */
export interface Actor {
  readonly userId: string;
  readonly channelId: string;
  readonly groups?: readonly string[];
}

export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: RefusalCode; readonly reason: string; readonly hint?: string };

export type Refusal = Extract<Decision, { allowed: false }>;

/** Stable codes of a refusal, for the audit log and tests. */
export type RefusalCode =
  | 'CHANNEL_NOT_BOUND'
  | 'NOT_A_READER'
  | 'NOT_AN_OPERATOR'
  | 'NOT_A_DESTROYER'
  | 'NOT_AN_APPROVER'
  | 'OWN_JOB'
  | 'OTHER_CHANNEL'
  | 'ALREADY_DECIDED'
  | 'NOT_AWAITING_APPROVAL'
  | 'APPROVAL_EXPIRED'
  | 'BINDING_CHANGED'
  | 'NOT_CANCELLABLE'
  | 'NOT_REQUESTER';

/** A channel's subscription and certificate: the same shape as `JobBinding`. */
export interface ChannelBinding {
  readonly subscriptionId: string;
  readonly certificate: string;
  readonly endpoint?: string;
}

/** Who may do what where. Pure and synchronous: safe on the acknowledgement path. */
export interface Policy {
  /** The channel's binding, or `undefined` when it is not bound (the bot runs nothing there). */
  bindingFor(channelId: string): ChannelBinding | undefined;
  /** Reads: anyone in a bound channel unless readers are restricted; change: operators; destroy: destroyers. */
  mayRun(actor: Actor, risk: Risk): Decision;
  needsApproval(channelId: string, risk: Risk): boolean;
  /** When an approval asked for at `from` stops being accepted. */
  approvalExpiry(channelId: string, from: Date): Date;
  /** Approve or deny: an approver of the job's channel, not its requester, while it awaits approval and before it expires. */
  mayDecide(actor: Actor, job: Job, now: Date): Decision;
  /** The requester or an approver of the job's channel, before the job runs. */
  mayCancel(actor: Actor, job: Job, now: Date): Decision;
  /** The user group ids (S…) the channel's roles name: look these up for an actor, and only these. */
  groupsIn(channelId: string): readonly string[];
}

import type { Risk } from '../../commands/plan/types.ts';
import type { AppConfig, ChannelConfig, RoleConfig } from '../../config/index.ts';
import type { Job } from '../../jobs/job.ts';
import { refuse } from './refusals.ts';
import type { Actor, ChannelBinding, Decision, Policy } from './types.ts';

const ALLOWED: Decision = Object.freeze({ allowed: true });
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** The actor is listed by user id, or by a user group they belong to. Empty ids never match. */
function holds(actor: Actor, members: readonly string[] | undefined): boolean {
  if (members === undefined || !USER_ID.test(actor.userId)) return false;
  return members.includes(actor.userId) || (actor.groups ?? []).some((g) => g.startsWith('S') && members.includes(g));
}

function mayRead(actor: Actor, roles: RoleConfig): boolean {
  if (roles.readers === undefined) return true;
  return [roles.readers, roles.operators, roles.destroyers, roles.approvers].some((m) => holds(actor, m));
}

const DECIDED_WORDS: Readonly<Record<string, string>> = { approved: 'approved', denied: 'denied', cancelled: 'cancelled', expired: 'expired' };
const CANCELLABLE = new Set(['planned', 'awaiting-approval']);

export function createPolicy(config: AppConfig): Policy {
  const channel = (id: string): ChannelConfig | undefined => (Object.hasOwn(config.channels, id) ? config.channels[id] : undefined);
  const groupsIn = new Map<string, readonly string[]>();
  for (const [id, c] of Object.entries(config.channels)) {
    const all = [c.roles.operators, c.roles.destroyers, c.roles.approvers, c.roles.readers ?? []].flat();
    groupsIn.set(id, Object.freeze([...new Set(all.filter((m) => m.startsWith('S')))]));
  }

  /** Checks shared by decide and cancel: the job's channel is the actor's, and still bound. */
  function jobChannel(actor: Actor, job: Job): { c: ChannelConfig } | { refusal: Decision } {
    if (job.origin.channel === undefined || job.origin.channel !== actor.channelId) return { refusal: refuse.otherChannel() };
    const c = channel(actor.channelId);
    return c === undefined ? { refusal: refuse.unbound(actor.channelId) } : { c };
  }

  return {
    bindingFor(channelId: string): ChannelBinding | undefined {
      const c = channel(channelId);
      if (c === undefined) return undefined;
      return { subscriptionId: c.subscriptionId, certificate: c.certificate, ...(c.endpoint ? { endpoint: c.endpoint } : {}) };
    },

    mayRun(actor: Actor, risk: Risk): Decision {
      const c = channel(actor.channelId);
      if (c === undefined) return refuse.unbound(actor.channelId);
      if (risk === 'read') return mayRead(actor, c.roles) ? ALLOWED : refuse.notReader();
      if (risk === 'change') return holds(actor, c.roles.operators) ? ALLOWED : refuse.notOperator();
      if (risk === 'destroy') return holds(actor, c.roles.destroyers) ? ALLOWED : refuse.notDestroyer();
      return refuse.notOperator();
    },

    needsApproval(channelId: string, risk: Risk): boolean {
      const c = channel(channelId);
      // An unbound channel runs nothing; if asked, anything but a read needs an approval.
      return c === undefined ? risk !== 'read' : c.approval.includes(risk);
    },

    approvalExpiry(channelId: string, from: Date): Date {
      const minutes = channel(channelId)?.approvalTtlMinutes ?? 60;
      return new Date(from.getTime() + minutes * 60_000);
    },

    mayDecide(actor: Actor, job: Job, now: Date): Decision {
      const where = jobChannel(actor, job);
      if ('refusal' in where) return where.refusal;
      if (job.status !== 'awaiting-approval') {
        const word = DECIDED_WORDS[job.decision?.kind ?? ''];
        if (word !== undefined && job.decision) return refuse.decided(word, job.decision.by === 'system' ? undefined : job.decision.by);
        return refuse.notAwaiting(job.status);
      }
      if (job.expiresAt === undefined || !(now.getTime() < Date.parse(job.expiresAt))) return refuse.expired(job.expiresAt ?? 'an unknown time');
      if (job.requester === actor.userId) return refuse.ownJob();
      if (!holds(actor, where.c.roles.approvers)) return refuse.notApprover();
      if (job.binding !== undefined && job.binding.subscriptionId.toLowerCase() !== where.c.subscriptionId) return refuse.bindingChanged();
      return ALLOWED;
    },

    mayCancel(actor: Actor, job: Job, _now: Date): Decision {
      const where = jobChannel(actor, job);
      if ('refusal' in where) return where.refusal;
      if (!CANCELLABLE.has(job.status)) return refuse.notCancellable(job.status);
      if (job.requester !== actor.userId && !holds(actor, where.c.roles.approvers)) return refuse.notRequester();
      return ALLOWED;
    },

    groupsIn(channelId: string): readonly string[] {
      return groupsIn.get(channelId) ?? [];
    },
  };
}

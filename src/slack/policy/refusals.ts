import type { Refusal } from './types.ts';

/** How to bind a channel, for the person who tried to use an unbound one. */
const BIND_HINT =
  'An administrator binds a channel by adding its id to the ASM_CHANNELS app setting, e.g. ' +
  '{"<channel id>":{"subscriptionId":"<subscription GUID>","certificate":"<Key Vault secret name>"}}, then restarts the app.';

const ROLE_HINT = (role: string) => `Ask an administrator to add you (or a user group you are in) to "${role}" in the ASM_ROLES app setting.`;

export const refuse = {
  unbound: (channelId: string): Refusal => ({
    allowed: false, code: 'CHANNEL_NOT_BOUND',
    reason: `This channel (${channelId}) is not bound to an Azure subscription, so the bot runs nothing here.`, hint: BIND_HINT,
  }),
  notReader: (): Refusal => ({
    allowed: false, code: 'NOT_A_READER', reason: 'Reads in this channel are limited to the people listed as readers.', hint: ROLE_HINT('readers'),
  }),
  notOperator: (): Refusal => ({
    allowed: false, code: 'NOT_AN_OPERATOR', reason: 'You may not run commands that change resources in this channel.', hint: ROLE_HINT('operators'),
  }),
  notDestroyer: (): Refusal => ({
    allowed: false, code: 'NOT_A_DESTROYER', reason: 'You may not run commands that delete resources in this channel.', hint: ROLE_HINT('destroyers'),
  }),
  notApprover: (): Refusal => ({
    allowed: false, code: 'NOT_AN_APPROVER', reason: 'Only an approver of this channel can approve or deny a job.', hint: ROLE_HINT('approvers'),
  }),
  ownJob: (): Refusal => ({
    allowed: false, code: 'OWN_JOB', reason: 'You asked for this job, so someone else has to approve or deny it.', hint: 'Ask another approver of this channel to decide.',
  }),
  otherChannel: (): Refusal => ({
    allowed: false, code: 'OTHER_CHANNEL', reason: 'This job belongs to another channel and can only be decided or cancelled there.',
  }),
  decided: (what: string, by: string | undefined): Refusal => ({
    allowed: false, code: 'ALREADY_DECIDED', reason: `This job was already ${what}${by ? ` by <@${by}>` : ''}; it can be decided only once.`,
  }),
  notAwaiting: (status: string): Refusal => ({
    allowed: false, code: 'NOT_AWAITING_APPROVAL', reason: `This job is ${status}, not waiting for an approval.`,
  }),
  expired: (at: string): Refusal => ({
    allowed: false, code: 'APPROVAL_EXPIRED', reason: `The approval window closed at ${at}; the job will not run.`,
    hint: 'Run the command again to ask for a new approval.',
  }),
  bindingChanged: (): Refusal => ({
    allowed: false, code: 'BINDING_CHANGED', reason: 'The channel was bound to another subscription after this job was planned, so it cannot run as planned.',
    hint: 'Run the command again to plan it against the current subscription.',
  }),
  notCancellable: (status: string): Refusal => ({
    allowed: false, code: 'NOT_CANCELLABLE', reason: `This job is ${status}; only a job that has not started can be cancelled.`,
  }),
  notRequester: (): Refusal => ({
    allowed: false, code: 'NOT_REQUESTER', reason: 'Only the person who asked for this job or an approver of this channel can cancel it.',
  }),
};

import type { Risk } from '../commands/plan/types.ts';
import type { ChannelConfig, RoleConfig } from './app-config.ts';
import { at, isGuid, isRecord, url, type Problems } from './values.ts';

export const CHANNELS_SETTING = 'ASM_CHANNELS';
export const CHANNELS_EXAMPLE = '{"C0123456789":{"subscriptionId":"00000000-0000-0000-0000-000000000000","certificate":"asm-management-cert"}}';
export const DEFAULT_APPROVAL: readonly Risk[] = ['change', 'destroy'];
export const DEFAULT_APPROVAL_TTL_MINUTES = 60;
const TTL = { min: 1, max: 7 * 24 * 60 };
const FIELDS = ['subscriptionId', 'certificate', 'endpoint', 'approval', 'approvalTtlMinutes'];
const RISKS: readonly Risk[] = ['read', 'change', 'destroy'];
/** Public and private channels (C…, G…); direct messages (D…) cannot be bound. */
const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;
/** Key Vault object names: 1–127 letters, digits and hyphens. */
const VAULT_NAME = /^[0-9A-Za-z-]{1,127}$/;

type Bound = Omit<ChannelConfig, 'roles'>;

function binding(channel: string, raw: Record<string, unknown>, problems: Problems): Bound | undefined {
  const where = (field?: string) => at(CHANNELS_SETTING, channel, field);
  const before = problems.list.length;
  for (const key of Object.keys(raw)) {
    if (!FIELDS.includes(key)) problems.add('SETTING_INVALID', where(key), `is not a binding field; the fields are ${FIELDS.join(', ')}.`, CHANNELS_EXAMPLE);
  }
  const { subscriptionId, certificate, endpoint, approval, approvalTtlMinutes } = raw;
  if (typeof subscriptionId !== 'string' || !isGuid(subscriptionId)) {
    problems.add('SETTING_INVALID', where('subscriptionId'), 'must be the subscription id, a GUID.', '"00000000-0000-0000-0000-000000000000"');
  }
  if (typeof certificate !== 'string' || !VAULT_NAME.test(certificate)) {
    problems.add('SETTING_INVALID', where('certificate'), 'must name the Key Vault secret holding the management certificate (letters, digits, hyphens).', '"asm-management-cert"');
  }
  if (endpoint !== undefined && (typeof endpoint !== 'string' || url(endpoint, ['https:']) === undefined)) {
    problems.add('SETTING_INVALID', where('endpoint'), 'must be an https URL of the management service, or be left out for the public one.', '"https://management.core.windows.net"');
  }
  if (approval !== undefined && (!Array.isArray(approval) || !approval.every((r) => RISKS.includes(r as Risk)))) {
    problems.add('SETTING_INVALID', where('approval'), `must list the risks that need approval, from ${RISKS.join(', ')} ([] for none).`, '["change","destroy"]');
  }
  if (approvalTtlMinutes !== undefined && (!Number.isInteger(approvalTtlMinutes) || (approvalTtlMinutes as number) < TTL.min || (approvalTtlMinutes as number) > TTL.max)) {
    problems.add('SETTING_OUT_OF_RANGE', where('approvalTtlMinutes'), `must be a whole number of minutes from ${TTL.min} to ${TTL.max}.`, '60');
  }
  if (problems.list.length > before) return undefined;
  return {
    subscriptionId: (subscriptionId as string).toLowerCase(),
    certificate: certificate as string,
    ...(typeof endpoint === 'string' ? { endpoint } : {}),
    approval: approval === undefined ? DEFAULT_APPROVAL : [...new Set(approval as Risk[])],
    approvalTtlMinutes: (approvalTtlMinutes as number | undefined) ?? DEFAULT_APPROVAL_TTL_MINUTES,
  };
}

/** `ASM_CHANNELS` parsed, each binding given its roles; unset means no channel is bound yet. */
export function parseChannels(
  value: unknown,
  roles: { readonly global: RoleConfig; readonly channels: Readonly<Record<string, RoleConfig>> },
  problems: Problems,
): Record<string, ChannelConfig> {
  const out: Record<string, ChannelConfig> = {};
  if (value === undefined) return out;
  if (!isRecord(value)) {
    problems.add('SETTING_INVALID', CHANNELS_SETTING, 'must be a JSON object: channel id → binding.', CHANNELS_EXAMPLE);
    return out;
  }
  for (const [channel, raw] of Object.entries(value)) {
    if (!CHANNEL_ID.test(channel)) {
      problems.add('SETTING_INVALID', at(CHANNELS_SETTING, channel.slice(0, 40)), 'is not a channel id; use the id (C… or G…, from the channel details), not its name.', CHANNELS_EXAMPLE);
      continue;
    }
    if (!isRecord(raw)) {
      problems.add('SETTING_INVALID', at(CHANNELS_SETTING, channel), 'must be an object with subscriptionId and certificate.', CHANNELS_EXAMPLE);
      continue;
    }
    const bound = binding(channel, raw, problems);
    if (bound !== undefined) out[channel] = { ...bound, roles: roles.channels[channel] ?? roles.global };
  }
  for (const channel of Object.keys(roles.channels)) {
    if (!(channel in out) && !(isRecord(value) && channel in value)) {
      problems.add('SETTING_INVALID', at('ASM_ROLES.channels', channel.slice(0, 40)), `names a channel that ${CHANNELS_SETTING} does not bind; bind it there or remove it.`, CHANNELS_EXAMPLE);
    }
  }
  return out;
}

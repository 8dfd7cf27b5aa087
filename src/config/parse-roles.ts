import type { RoleConfig } from './app-config.ts';
import { at, isRecord, type Problems } from './values.ts';

export const ROLES_SETTING = 'ASM_ROLES';
const ROLE_NAMES = ['operators', 'destroyers', 'approvers', 'readers'] as const;
type RoleName = (typeof ROLE_NAMES)[number];
export const ROLES_EXAMPLE = '{"operators":["U012AB3CD","S0614TZR7"],"destroyers":["U012AB3CD"],"approvers":["U045EF6GH"],"channels":{"C0123456789":{"approvers":["U078IJ9KL"]}}}';

/** Slack member ids start with U or W, user group ids with S. */
const ID = /^[UWS][A-Z0-9]{2,}$/;
export const isGroupId = (id: string): boolean => id.startsWith('S');

export const NO_ROLES: RoleConfig = { operators: [], destroyers: [], approvers: [] };

function idList(value: unknown, setting: string, problems: Problems): string[] | undefined {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    return problems.add('SETTING_INVALID', setting, 'must be a list of Slack member ids (U…, W…) or user group ids (S…).', '["U012AB3CD","S0614TZR7"]');
  }
  const bad = value.filter((v) => !ID.test(v));
  if (bad.length > 0) {
    // A name or handle is not secret, and saying which entry is wrong is the fix.
    const shown = bad.slice(0, 3).map((b) => JSON.stringify(b.slice(0, 40))).join(', ');
    return problems.add('SETTING_INVALID', setting,
      `has entries that are not Slack ids: ${shown}. Use member ids (profile → ⋮ → Copy member ID) or user group ids (S…), not names.`,
      '["U012AB3CD"]');
  }
  return [...new Set(value)];
}

function roleSet(value: Record<string, unknown>, base: RoleConfig | undefined, setting: string, problems: Problems): RoleConfig {
  const out: Partial<Record<RoleName, readonly string[]>> = base ? { ...base } : {};
  for (const key of Object.keys(value)) {
    if (key === 'channels' && base === undefined) continue;
    if (!(ROLE_NAMES as readonly string[]).includes(key)) {
      problems.add('SETTING_INVALID', `${setting}.${key}`, `is not a role; the roles are ${ROLE_NAMES.join(', ')}.`, ROLES_EXAMPLE);
      continue;
    }
    const ids = idList(value[key], `${setting}.${key}`, problems);
    if (ids !== undefined) out[key as RoleName] = ids;
  }
  return { operators: out.operators ?? [], destroyers: out.destroyers ?? [], approvers: out.approvers ?? [], ...(out.readers ? { readers: out.readers } : {}) };
}

export interface ParsedRoles {
  readonly global: RoleConfig;
  /** Channel id → that channel's roles (global ones with its overrides applied). */
  readonly channels: Readonly<Record<string, RoleConfig>>;
}

/** `ASM_ROLES` parsed; unset means nobody holds a role (reads only, where not restricted). */
export function parseRoles(value: unknown, problems: Problems): ParsedRoles {
  if (value === undefined) return { global: NO_ROLES, channels: {} };
  if (!isRecord(value)) {
    problems.add('SETTING_INVALID', ROLES_SETTING, 'must be a JSON object of roles.', ROLES_EXAMPLE);
    return { global: NO_ROLES, channels: {} };
  }
  const global = roleSet(value, undefined, ROLES_SETTING, problems);
  const channels: Record<string, RoleConfig> = {};
  if (value.channels !== undefined) {
    if (!isRecord(value.channels)) {
      problems.add('SETTING_INVALID', `${ROLES_SETTING}.channels`, 'must be an object: channel id → the roles that differ there.', ROLES_EXAMPLE);
    } else {
      for (const [channel, override] of Object.entries(value.channels)) {
        if (!isRecord(override)) {
          problems.add('SETTING_INVALID', at(`${ROLES_SETTING}.channels`, channel), 'must be an object of roles.', '{"approvers":["U078IJ9KL"]}');
          continue;
        }
        channels[channel] = roleSet(override, global, at(`${ROLES_SETTING}.channels`, channel), problems);
      }
    }
  }
  return { global, channels };
}

import { CommandError, commandSettings, type CommandSettings } from '../commands/index.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** A comma-separated list; empty (or only commas) counts as unset, like every other empty variable. */
function list(text: string | undefined): string[] | undefined {
  const items = text?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return items === undefined || items.length === 0 ? undefined : items;
}

function positive(env: Env, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    throw new CommandError({
      code: 'BAD_SETTING', kind: 'usage', message: `${name}=${text} is not a positive whole number.`, hint: `Fix or unset ${name}.`,
    });
  }
  return value;
}

/** Command defaults from `ASM_*` variables (VM image, size, user, VHD storage, .cscfg hosts). */
export function settingsFromEnv(env: Env): CommandSettings {
  const pick = <K extends string>(pairs: readonly (readonly [K, string | number | readonly string[] | undefined])[]) =>
    Object.fromEntries(pairs.filter(([, v]) => v !== undefined && v !== ''));
  return commandSettings({
    vm: pick([
      ['image', env.ASM_VM_IMAGE], ['size', env.ASM_VM_SIZE], ['adminUser', env.ASM_VM_USER],
      ['vhdStorageAccount', env.ASM_VHD_STORAGE_ACCOUNT], ['vhdContainer', env.ASM_VHD_CONTAINER],
    ]),
    serviceConfiguration: pick([['allowedHosts', list(env.ASM_CONFIG_HOSTS)], ['maxBytes', positive(env, 'ASM_CONFIG_MAX_BYTES')]]),
  });
}

export function pollIntervalFromEnv(env: Env): number | undefined {
  return positive(env, 'ASM_POLL_INTERVAL_MS');
}

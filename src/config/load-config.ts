import type { AppConfig } from './app-config.ts';
import { ConfigError } from './config-error.ts';
import { ncrontabProblem } from './ncrontab.ts';
import { CHANNELS_EXAMPLE, CHANNELS_SETTING, parseChannels } from './parse-channels.ts';
import { parseRoles, ROLES_EXAMPLE, ROLES_SETTING } from './parse-roles.ts';
import { isGuid, json, Problems, read, required, url, wholeNumber, type Env } from './values.ts';

export const DEFAULT_POLL_SCHEDULE = '*/15 * * * * *';
export const DEFAULT_DIGEST_SCHEDULE_CHECK = '0 * * * * *';
export const DEADLINE_MINUTES = { min: 5, max: 7 * 24 * 60, fallback: 120, unit: 'minutes' } as const;
export const CERT_CACHE_SECONDS = { min: 0, max: 24 * 60 * 60, fallback: 300, unit: 'seconds' } as const;

function signingSecret(env: Env, problems: Problems): string | undefined {
  const value = required(env, 'SLACK_SIGNING_SECRET', 'the 32-character "Signing Secret" from the Slack app\'s Basic Information page', problems);
  if (value !== undefined && !/^[0-9a-z]{16,}$/i.test(value)) {
    problems.add('SETTING_INVALID', 'SLACK_SIGNING_SECRET', 'does not look like a Slack signing secret (letters and digits only, 32 of them). Copy "Signing Secret" (not a token) from Basic Information → App Credentials.', 'the 32-character "Signing Secret" from Basic Information → App Credentials');
  }
  return value;
}

function botToken(env: Env, problems: Problems): string | undefined {
  const value = required(env, 'SLACK_BOT_TOKEN', 'xoxb-… (OAuth & Permissions → Bot User OAuth Token)', problems);
  if (value !== undefined && !value.startsWith('xoxb-')) {
    // Only the kind of token is told (its first five characters), never the token.
    const kind = /^xox[a-z]-/.test(value) ? `a ${value.slice(0, 5)} token` : 'not a Slack token';
    problems.add('SETTING_INVALID', 'SLACK_BOT_TOKEN', `is ${kind}; the bot needs its Bot User OAuth Token, which starts with xoxb-.`, 'xoxb-… (OAuth & Permissions → Bot User OAuth Token)');
  }
  return value;
}

function storage(env: Env, problems: Problems): string | undefined {
  const value = required(env, 'AzureWebJobsStorage', 'UseDevelopmentStorage=true (Azurite) or DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net', problems);
  if (value === undefined || /^UseDevelopmentStorage=true;?$/i.test(value)) return value;
  const parts = new Map(value.split(';').filter((p) => p.includes('=')).map((p) => [p.slice(0, p.indexOf('=')).toLowerCase(), p.slice(p.indexOf('=') + 1)]));
  const account = parts.has('accountname') && (parts.has('accountkey') || parts.has('sharedaccesssignature'));
  const sas = parts.has('sharedaccesssignature') && (parts.has('tableendpoint') || parts.has('queueendpoint'));
  if (!account && !sas) {
    problems.add('SETTING_INVALID', 'AzureWebJobsStorage', 'is not a storage connection string (it needs AccountName and AccountKey, or endpoints and a SharedAccessSignature). Copy it from the storage account\'s Access keys.', 'DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net');
  }
  return value;
}

function optionalUrl(env: Env, name: string, protocols: readonly string[], example: string, problems: Problems, needed: boolean): string | undefined {
  const value = needed ? required(env, name, example, problems) : read(env, name);
  if (value === undefined) return undefined;
  const parsed = url(value, protocols);
  if (parsed === undefined) return problems.add('SETTING_INVALID', name, `must be an absolute ${protocols.join(' or ')} URL.`, example);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

function schedule(env: Env, name: string, fallback: string, problems: Problems): string {
  const value = read(env, name) ?? fallback;
  const problem = ncrontabProblem(value);
  if (problem !== undefined) problems.add('SETTING_INVALID', name, problem, fallback);
  return value;
}

/**
 * Every app setting, validated once (documented in docs/settings.md). Throws a `ConfigError` listing
 * all problems, each naming the setting with an example; secret values are never part of it.
 */
export function loadConfig(env: Env): AppConfig {
  const problems = new Problems();
  const secret = signingSecret(env, problems);
  const token = botToken(env, problems);
  const apiUrl = optionalUrl(env, 'SLACK_API_URL', ['https:', 'http:'], 'http://127.0.0.1:3000/api/', problems, false);
  const connectionString = storage(env, problems);
  const vaultUrl = optionalUrl(env, 'KEY_VAULT_URL', ['https:'], 'https://my-vault.vault.azure.net/', problems, true);
  const clientId = read(env, 'AZURE_CLIENT_ID');
  if (clientId !== undefined && !isGuid(clientId)) {
    problems.add('SETTING_INVALID', 'AZURE_CLIENT_ID', 'must be the client id (a GUID) of the user-assigned managed identity, or be left unset for the system-assigned one.', '00000000-0000-0000-0000-000000000000');
  }
  const rolesText = read(env, ROLES_SETTING);
  const roles = parseRoles(rolesText === undefined ? undefined : json(rolesText, ROLES_SETTING, ROLES_EXAMPLE, problems) ?? {}, problems);
  const channelsText = read(env, CHANNELS_SETTING);
  const channels = parseChannels(channelsText === undefined ? undefined : json(channelsText, CHANNELS_SETTING, CHANNELS_EXAMPLE, problems) ?? {}, roles, problems);
  const config: AppConfig = {
    slack: { signingSecret: secret ?? '', botToken: token ?? '', ...(apiUrl ? { apiUrl } : {}) },
    storage: { connectionString: connectionString ?? '' },
    keyVault: { url: vaultUrl ?? '', ...(clientId ? { clientId } : {}) },
    channels,
    roles: roles.global,
    schedules: {
      poll: schedule(env, 'ASM_POLL_SCHEDULE', DEFAULT_POLL_SCHEDULE, problems),
      digestCheck: schedule(env, 'ASM_DIGEST_SCHEDULE_CHECK', DEFAULT_DIGEST_SCHEDULE_CHECK, problems),
    },
    operationDeadlineMinutes: wholeNumber(env, 'ASM_OPERATION_DEADLINE_MINUTES', DEADLINE_MINUTES, problems),
    certCacheSeconds: wholeNumber(env, 'ASM_CERT_CACHE_SECONDS', CERT_CACHE_SECONDS, problems),
  };
  if (problems.list.length > 0) throw new ConfigError(problems.list);
  return config;
}

/** The configuration with its secrets replaced, safe to log. */
export function describeConfig(config: AppConfig): unknown {
  const hidden = (value: string) => (value === '' ? '' : '(set)');
  return {
    ...config,
    slack: { ...config.slack, signingSecret: hidden(config.slack.signingSecret), botToken: hidden(config.slack.botToken) },
    storage: { connectionString: hidden(config.storage.connectionString) },
  };
}

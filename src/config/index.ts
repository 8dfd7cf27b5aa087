/**
 * Every app setting, validated once at start, with errors that say how to fix them (docs/settings.md).
 * Light to import: it is on the Slack acknowledgement path.
 */
export type { AppConfig, ChannelConfig, RoleConfig } from './app-config.ts';
export { ConfigError, isConfigError, CONFIG_ERROR_CODES, type ConfigErrorCode, type ConfigProblem } from './config-error.ts';
export { loadConfig, describeConfig, DEFAULT_POLL_SCHEDULE, DEFAULT_DIGEST_SCHEDULE_CHECK } from './load-config.ts';
export { DEFAULT_APPROVAL, DEFAULT_APPROVAL_TTL_MINUTES } from './parse-channels.ts';
export { isGroupId } from './parse-roles.ts';
export { ncrontabProblem } from './ncrontab.ts';

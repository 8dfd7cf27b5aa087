/**
 * The dev Functions host: runs the app's `functions/*` registrations through the real
 * `@azure/functions` programming model (HTTP, Storage Queue and timer triggers, queue output
 * bindings, the admin API) where Functions Core Tools cannot be installed.
 */
export { startFunctionsHost, type FunctionsHost, type FunctionsHostOptions, type InvocationResult } from './functions-host.ts';
export { loadLocalSettings, applySettings, LocalSettingsError, type LocalSettings, type LoadLocalSettingsOptions } from './local-settings.ts';
export { AppLoadError } from './app-loader.ts';
export { HostConfigError } from './host-config.ts';
export { StorageConnectionError } from './storage.ts';
export { ScheduleError, type TimerOptions } from './timer-schedule.ts';
export type { FunctionInfo } from './function-index.ts';
export type { QueuePolling } from './queue-listener.ts';
export type { HostLogger } from './types.ts';

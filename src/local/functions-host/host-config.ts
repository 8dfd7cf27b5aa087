import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/** The parts of host.json the dev host honours, with the Functions host's defaults. */
export interface HostConfig {
  /** `extensions.http.routePrefix`, default `api`; `''` removes it. */
  readonly routePrefix: string;
  readonly queues: QueueSettings;
}

export interface QueueSettings {
  readonly batchSize: number;
  readonly newBatchThreshold: number;
  /** Longest wait between empty polls; the host forces 2 s in the Development environment. */
  readonly maxPollingIntervalMs: number;
  /** How long a failed message stays invisible before its retry (`visibilityTimeout`, default 0). */
  readonly visibilityTimeoutSeconds: number;
  readonly maxDequeueCount: number;
  readonly messageEncoding: 'base64' | 'none';
}

export class HostConfigError extends Error {
  override readonly name = 'HostConfigError';
  readonly code = 'HOST_CONFIG_INVALID';
}

const DEV_MAX_POLLING_MS = 2_000;

export function readHostConfig(appDir: string): HostConfig {
  const path = join(appDir, 'host.json');
  if (!existsSync(path)) return hostConfigFrom({});
  try {
    return hostConfigFrom(JSON.parse(readFileSync(path, 'utf8')) as unknown);
  } catch (error) {
    if (error instanceof HostConfigError) throw error;
    throw new HostConfigError(`host.json is not valid JSON (${(error as Error).message}): fix ${path}.`);
  }
}

export function hostConfigFrom(json: unknown): HostConfig {
  const extensions = (json as { extensions?: { http?: { routePrefix?: unknown }; queues?: Record<string, unknown> } } | null)?.extensions;
  const prefix = extensions?.http?.routePrefix;
  const q = extensions?.queues ?? {};
  const batchSize = integer(q.batchSize, 'batchSize', 16, 1, 32);
  const threshold = q.newBatchThreshold === undefined || q.newBatchThreshold === -1
    ? Math.floor(batchSize / 2) * availableParallelism()
    : integer(q.newBatchThreshold, 'newBatchThreshold', 0, 0, 10_000);
  const encoding = q.messageEncoding ?? 'base64';
  if (encoding !== 'base64' && encoding !== 'none') {
    throw new HostConfigError(`host.json extensions.queues.messageEncoding must be "base64" or "none", not ${JSON.stringify(encoding)}.`);
  }
  return {
    routePrefix: typeof prefix === 'string' ? prefix : 'api',
    queues: {
      batchSize,
      newBatchThreshold: threshold,
      maxPollingIntervalMs: Math.max(100, Math.min(DEV_MAX_POLLING_MS, timeSpanMs(q.maxPollingInterval, 'maxPollingInterval', 60_000))),
      visibilityTimeoutSeconds: Math.round(timeSpanMs(q.visibilityTimeout, 'visibilityTimeout', 0) / 1000),
      maxDequeueCount: integer(q.maxDequeueCount, 'maxDequeueCount', 5, 1, 10_000),
      messageEncoding: encoding,
    },
  };
}

function integer(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new HostConfigError(`host.json extensions.queues.${name} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** A .NET TimeSpan as host.json writes it: `hh:mm:ss`, `d.hh:mm:ss`, optional fraction; or milliseconds. */
export function timeSpanMs(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && value >= 0) return value;
  const match = typeof value === 'string' ? /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(value) : null;
  if (match === null) throw new HostConfigError(`host.json extensions.queues.${name} must be a time span like "00:00:30".`);
  const [, d = '0', h = '0', m = '0', s = '0', f = '0'] = match;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000 + Math.round(Number(`0.${f}`) * 1000);
}

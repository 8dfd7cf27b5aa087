import type { ManagementClientLike, SecretStore } from '../../commands/index.ts';
import type { Job } from '../job.ts';
import type { JobStore } from '../store.ts';
import type { EngineLogger, JobEvent, JobEngineOptions } from './types.ts';

/** What every part of the engine shares: the store, the clock, the client, the event hook. */
export interface EngineContext {
  readonly store: JobStore;
  readonly clientFor: (job: Job) => ManagementClientLike | Promise<ManagementClientLike>;
  readonly secrets?: SecretStore;
  readonly at: () => string;
  readonly logger: EngineLogger;
  readonly resultLimit: number;
  readonly concurrency: number;
  /** How often a poll that finds nothing new is written anyway, to show the job is followed (ms). */
  readonly pollRecordMs: number;
  emit(event: JobEvent): Promise<void>;
  /** Writes the changed job at the version it was read with; a conflict means another worker has it. */
  save(before: Job, after: Job, abortSignal?: AbortSignal): Promise<Job>;
}

const consoleLogger: EngineLogger = { warn: (message, details) => console.warn(message, details ?? {}) };

export function engineContext(options: JobEngineOptions): EngineContext {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? consoleLogger;
  const hook = options.onEvent;
  return {
    store: options.store,
    clientFor: options.clientFor,
    ...(options.secrets ? { secrets: options.secrets } : {}),
    at: () => now().toISOString(),
    logger,
    resultLimit: options.resultLimit ?? 24_000,
    concurrency: options.concurrency ?? 4,
    pollRecordMs: options.pollRecordMs ?? 5 * 60_000,
    async emit(event) {
      if (hook === undefined) return;
      try {
        await hook(event);
      } catch (error) {
        logger.warn('A job event handler failed; the job goes on.', {
          jobId: event.job.id, event: event.type, error: error instanceof Error ? error.message : String(error),
        });
      }
    },
    save: (before, after, abortSignal) => options.store.update(after, before.version, abortSignal ? { abortSignal } : {}),
  };
}

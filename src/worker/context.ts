import type { CommandSettings } from '../commands/index.ts';
import type { AppConfig } from '../config/index.ts';
import type { JobEngine, JobStore } from '../jobs/index.ts';
import type { AuditLog } from '../slack/audit/index.ts';
import type { ClientCache } from './client-cache.ts';
import type { DeliveryDeps } from './deliver.ts';
import type { Poster } from './slack-poster.ts';
import type { WorkerLogger } from './types.ts';

/** What the worker's parts share, built once per instance by `createWorker`. */
export interface WorkerContext {
  readonly config: AppConfig;
  readonly jobs: JobStore;
  /** Where the audit entries queued by the Slack function are written. */
  readonly audit?: AuditLog;
  readonly engine: JobEngine;
  readonly clients: ClientCache;
  readonly poster: Poster;
  readonly delivery: DeliveryDeps;
  /** A `running` job untouched this long has lost its worker; the poller takes it over. */
  readonly staleRunMs: number;
  readonly settings: CommandSettings;
  readonly now: () => Date;
  readonly logger: WorkerLogger;
  /** Slack asked us to wait (`ratelimited`) until this time: posts are left for a later tick. */
  rateLimitedUntil: number;
}

import type { CachingCertificateSource } from '../certificates/index.ts';
import type { CommandSettings, SecretStore } from '../commands/index.ts';
import type { AppConfig } from '../config/index.ts';
import type { JobStore } from '../jobs/index.ts';
import type { RetryOptions } from '../management/index.ts';
import type { AuditLog } from '../slack/audit/index.ts';
import type { SlackWebClient } from './slack-poster.ts';

/** One line per call; details never hold certificate material, passwords or tokens. */
export interface WorkerLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface WorkerOptions {
  readonly config: AppConfig;
  readonly jobs: JobStore;
  /**
   * The audit table: the Slack function queues its requests' and refusals' entries and the worker
   * writes them. Without it they are logged as not written.
   */
  readonly audit?: AuditLog;
  /** Management certificates per binding (Key Vault), kept for a while; invalidated when the service rejects one. */
  readonly certificates: CachingCertificateSource;
  /** Where generated VM passwords go (the Key Vault SecretStore). */
  readonly secrets: SecretStore;
  /** Bolt's Web API client, pointed at `config.slack.apiUrl` when set. Build it with `createSlackWebClient`. */
  readonly slack: SlackWebClient;
  readonly now?: () => Date;
  readonly logger?: WorkerLogger;
  /** Command defaults (VM image, size…); default `commandSettings()`. */
  readonly settings?: CommandSettings;
  /** How management clients are made: extra trusted CA (the emulator's), per-request timeout, retries. */
  readonly management?: { readonly ca?: string; readonly timeoutMs?: number; readonly retry?: RetryOptions };
  /**
   * How long a recorded intent to post (`pending@…`) belongs to whoever wrote it. Past it, the post's
   * fate counts as unknown: the thread is checked before posting again. Longer than one post can take
   * (the Web API client's timeout, no retries). Default 120 s.
   */
  readonly postLeaseMs?: number;
  /**
   * How long a job may stay `running` after its last write before the poller takes it over: its
   * worker died mid-step and no queue message is left to finish it (another delivery lost the race
   * and deleted it). Longer than any one management call with its retries can take, so a live
   * worker's call is never overtaken. Default 15 minutes.
   */
  readonly staleRunMs?: number;
  /** Test hook: called right after Slack accepted a post and before its ts is saved (a throw here is a crash). */
  readonly afterPost?: (jobId: string, key: string) => void;
}

export interface HandleOptions {
  /** How many times the queue has handed this message out (the Functions host's `dequeueCount`). */
  readonly dequeueCount?: number;
  readonly abortSignal?: AbortSignal;
}

export interface PollTickOptions {
  /** Operations read at once per subscription. Default 16. */
  readonly concurrencyPerSubscription?: number;
  /** A job waiting on one operation longer than this is failed. Default `config.operationDeadlineMinutes`. */
  readonly deadlineMs?: number;
  readonly abortSignal?: AbortSignal;
}

export interface PollTickResult {
  /** Waiting jobs loaded. */
  readonly waiting: number;
  /** Operations read (one per waiting job that was polled). */
  readonly polled: number;
  /** Jobs that ended in this tick (succeeded or failed). */
  readonly finished: number;
  /** Jobs failed for waiting past the deadline. */
  readonly timedOut: number;
  /** Approvals expired in this tick (nobody approved before `expiresAt`). */
  readonly expired: number;
  /** Outcomes (and other owed messages) posted in this tick. */
  readonly posted: number;
  /** Jobs whose poll or post failed in this tick (they are tried again on the next). */
  readonly errors: number;
}

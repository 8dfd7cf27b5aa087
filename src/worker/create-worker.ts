import { commandSettings } from '../commands/index.ts';
import { createJobEngine, digests, type Job, type JobBinding, type JobMessage } from '../jobs/index.ts';
import { createClientCache } from './client-cache.ts';
import type { WorkerContext } from './context.ts';
import { digestDeps } from './digest.ts';
import { handleJobMessage } from './handle-job.ts';
import { handlePoisonMessage } from './handle-poison.ts';
import { writeQueuedAudit } from './intake.ts';
import { pollTick } from './poll-tick.ts';
import { createPoster } from './slack-poster.ts';
import type { HandleOptions, PollTickOptions, PollTickResult, WorkerLogger, WorkerOptions } from './types.ts';

export interface Worker {
  /** One `asm-jobs` message: plan (the job recorded first), advance, or an audit entry to write. Digests go to `digestNow`. */
  handle(message: JobMessage, options?: HandleOptions): Promise<Job | undefined>;
  /** One `asm-jobs-poison` message: the job is marked failed with an explanation and the channel told. */
  handlePoison(message: JobMessage): Promise<Job | undefined>;
  pollTick(options?: PollTickOptions): Promise<PollTickResult>;
  /** One digest timer tick over the channels' schedules. */
  runDigests(schedules: digests.DigestScheduleStore, options?: { readonly abortSignal?: AbortSignal }): Promise<digests.DigestRunResult[]>;
  /** `/asm digest now` for a channel: posts its digest at once (once per `requestId`, the queue message's id), writes no schedule state. */
  digestNow(channel: string, schedules: digests.DigestScheduleStore, options?: { readonly requestId?: string; readonly abortSignal?: AbortSignal }): Promise<void>;
  /** The kept-alive management client of a binding (as the engine and the digests use it). */
  clientFor: WorkerContext['clients']['clientFor'];
  close(): Promise<void>;
}

const consoleLogger: WorkerLogger = {
  info: (m, d) => console.log(m, d ?? ''),
  warn: (m, d) => console.warn(m, d ?? ''),
  error: (m, d) => console.error(m, d ?? ''),
};

/** The back half of the bot: the queue worker, the poison handler, the poller and the digests, sharing one client cache. */
export function createWorker(options: WorkerOptions): Worker {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? consoleLogger;
  const clients = createClientCache({
    certificates: options.certificates, logger,
    ...(options.management?.ca ? { ca: options.management.ca } : {}),
    ...(options.management?.timeoutMs ? { timeoutMs: options.management.timeoutMs } : {}),
    ...(options.management?.retry ? { retry: options.management.retry } : {}),
  });
  const poster = createPoster(options.slack, (message) => logger.warn(message));
  const engine = createJobEngine({
    store: options.jobs, secrets: options.secrets, now, logger,
    clientFor: (job) => {
      if (job.binding === undefined) throw new Error(`Job ${job.id} has no subscription binding.`);
      return clients.clientFor(job.binding);
    },
  });
  const ctx: WorkerContext = {
    config: options.config, jobs: options.jobs, ...(options.audit ? { audit: options.audit } : {}), engine, clients, poster, now, logger,
    settings: options.settings ?? commandSettings(),
    delivery: {
      jobs: options.jobs, poster, now, logger, leaseMs: options.postLeaseMs ?? 120_000,
      ...(options.afterPost ? { afterPost: options.afterPost } : {}),
    },
    staleRunMs: options.staleRunMs ?? 15 * 60_000,
    rateLimitedUntil: 0,
  };
  const bindingOf = (channel: string): JobBinding | undefined => {
    const c = options.config.channels[channel];
    return c === undefined ? undefined : { subscriptionId: c.subscriptionId, certificate: c.certificate, ...(c.endpoint ? { endpoint: c.endpoint } : {}) };
  };
  const deps = (schedules: digests.DigestScheduleStore, abortSignal?: AbortSignal, requestId?: string) =>
    digestDeps(ctx, { schedules, certificates: options.certificates, ...(abortSignal ? { abortSignal } : {}), ...(requestId ? { requestId } : {}) });

  return {
    async handle(message, handleOptions = {}) {
      if (message.action === 'digest') throw new Error('Digest messages go to digestNow.');
      if (message.action === 'audit') return writeQueuedAudit(ctx, message, handleOptions.abortSignal ? { abortSignal: handleOptions.abortSignal } : {}).then(() => undefined);
      return handleJobMessage(ctx, message, handleOptions);
    },
    async handlePoison(message) {
      if (message.action === 'audit') {
        logger.error('A queued audit entry could not be written in five deliveries; it is dropped.', { jobId: message.jobId, kind: message.audit?.kind, channel: message.audit?.channelId });
        return undefined;
      }
      if (message.action !== 'digest') return handlePoisonMessage(ctx, message);
      logger.error('A digest asked for with /asm digest now failed every delivery.', { channel: message.channel });
      const text = ':warning: The digest asked for with `/asm digest now` could not be posted (it failed five times). Try again later.';
      await poster.post(message.channel ?? '', { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] }, { eventType: 'asm_digest_failed', jobId: message.jobId, key: 'digest' });
      return undefined;
    },
    pollTick: (tickOptions) => pollTick(ctx, tickOptions),
    runDigests: (schedules, o = {}) => digests.runDigest(deps(schedules, o.abortSignal)),
    async digestNow(channel, schedules, o = {}) {
      const binding = bindingOf(channel);
      await digests.postDigestNow(deps(schedules, o.abortSignal, o.requestId), channel, binding ? { binding } : {});
    },
    clientFor: (binding, o) => clients.clientFor(binding, o),
    close: () => clients.close(),
  };
}


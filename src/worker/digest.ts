import type { CachingCertificateSource } from '../certificates/index.ts';
import { digests, type JobBinding } from '../jobs/index.ts';
import type { WorkerContext } from './context.ts';

export interface DigestOptions {
  readonly schedules: digests.DigestScheduleStore;
  readonly certificates: CachingCertificateSource;
  readonly abortSignal?: AbortSignal;
}

/** The digest's dependencies on this instance: the worker's kept-alive clients, the job store, `chat.postMessage`. */
export function digestDeps(ctx: WorkerContext, options: DigestOptions): digests.RunDigestDeps {
  return {
    schedules: options.schedules,
    jobs: ctx.jobs,
    clientFor: (binding) => ctx.clients.clientFor(binding),
    certificateExpiry: async (binding: JobBinding) => (await options.certificates.get(binding)).notAfter,
    async post(channel, message) {
      try {
        const answer = await ctx.poster.post(channel, { text: message.text, blocks: message.blocks as never }, { eventType: 'asm_digest', jobId: '', key: channel });
        return { ts: answer };
      } catch (error) {
        const fate = (error as { fate?: string }).fate;
        if (fate === 'unknown') throw new digests.PostOutcomeUnknownError((error as Error).message);
        throw error;
      }
    },
    now: ctx.now,
    ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
  };
}

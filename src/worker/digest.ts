import type { CachingCertificateSource } from '../certificates/index.ts';
import { digests, type JobBinding } from '../jobs/index.ts';
import type { WorkerContext } from './context.ts';
import { createDigestRequests, type DigestRequests } from './digest-requests.ts';
import type { MessageTag } from './slack-poster.ts';

export interface DigestOptions {
  readonly schedules: digests.DigestScheduleStore;
  readonly certificates: CachingCertificateSource;
  /** `/asm digest now`: the request id its queue message carries; the digest is posted once per id. */
  readonly requestId?: string;
  readonly abortSignal?: AbortSignal;
}

const ledgers = new WeakMap<WorkerContext, DigestRequests>();
const ledgerOf = (ctx: WorkerContext): DigestRequests => {
  let ledger = ledgers.get(ctx);
  if (ledger === undefined) ledgers.set(ctx, (ledger = createDigestRequests(ctx.config.storage.connectionString)));
  return ledger;
};

/** A slack ts a little before `ms`, for a history search from the intent's time. */
const tsBefore = (ms: number) => (Math.floor(ms / 1000) - 60).toFixed(6);

/** The digest's dependencies on this instance: the worker's kept-alive clients, the job store, `chat.postMessage`. */
export function digestDeps(ctx: WorkerContext, options: DigestOptions): digests.RunDigestDeps {
  const { requestId } = options;
  const postOnce = async (channel: string, message: digests.DigestMessage, tag: MessageTag): Promise<{ ts?: string }> => {
    if (requestId === undefined) return { ts: await ctx.poster.post(channel, { text: message.text, blocks: message.blocks as never }, tag) };
    const requests = ledgerOf(ctx);
    const claim = await requests.claim(requestId, ctx.now(), ctx.delivery.leaseMs);
    if (claim.state === 'posted') return { ts: claim.ts };
    if (claim.state === 'busy') {
      ctx.logger.info('This /asm digest now request is being posted by another delivery.', { requestId });
      return {};
    }
    if (claim.since !== undefined) {
      const found = await ctx.poster.find(channel, tag, { oldest: tsBefore(claim.since) });
      if (found !== undefined) {
        await requests.posted(requestId, found);
        return { ts: found };
      }
    }
    let ts: string;
    try {
      ts = await ctx.poster.post(channel, { text: message.text, blocks: message.blocks as never }, tag);
    } catch (error) {
      if ((error as { fate?: string }).fate === 'not-posted') await requests.release(requestId);
      throw error;
    }
    await requests.posted(requestId, ts);
    return { ts };
  };
  return {
    schedules: options.schedules,
    jobs: ctx.jobs,
    clientFor: (binding) => ctx.clients.clientFor(binding),
    certificateExpiry: async (binding: JobBinding) => (await options.certificates.get(binding)).notAfter,
    async post(channel, message) {
      try {
        return await postOnce(channel, message, { eventType: 'asm_digest', jobId: requestId ?? '', key: channel });
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

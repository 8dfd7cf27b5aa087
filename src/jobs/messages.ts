/**
 * A message on the `asm-jobs` queue: which job, and what to do with it. Small and idempotent: the
 * worker reloads the job and does only what its stored status still allows, so a message delivered
 * twice does nothing the second time.
 */
export interface JobMessage {
  readonly jobId: string;
  /**
   * `plan`: resolve the plan with reads (then run a read, or ask for approval); `advance`: run the
   * approved plan; `digest`: post `channel`'s status digest now (`/asm digest now`; `jobId` is then
   * only the request's id, for logs).
   */
  readonly action: 'plan' | 'advance' | 'digest';
  /** The channel of a `digest` message. */
  readonly channel?: string;
}

export const JOBS_QUEUE = 'asm-jobs';
export const JOBS_POISON_QUEUE = 'asm-jobs-poison';

export function parseJobMessage(value: unknown): JobMessage | undefined {
  const raw = typeof value === 'string' ? safeJson(value) : value;
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { jobId, action, channel } = raw as { jobId?: unknown; action?: unknown; channel?: unknown };
  if (typeof jobId !== 'string' || jobId === '') return undefined;
  if (action === 'digest') return typeof channel === 'string' && channel !== '' ? { jobId, action, channel } : undefined;
  if (action !== 'plan' && action !== 'advance') return undefined;
  return { jobId, action };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

import type { ErrorInfo } from '../commands/index.ts';
import { transitions, type Job } from '../jobs/index.ts';

export interface Interruption {
  readonly info: ErrorInfo;
  /** Something reached (or may have reached) the service: the job is kept for `asm job wait`. */
  readonly keep: boolean;
}

export const NOTHING_CHANGED: ErrorInfo = {
  code: 'INTERRUPTED', kind: 'service', message: 'Interrupted before anything was sent to change the subscription: nothing changed.',
  hint: 'Run the command again when you are ready.',
};

const plain = (title: string) => title.replace(/`/g, '');
const steps = (n: number) => `${n} later step${n === 1 ? '' : 's'}`;

/**
 * What Ctrl-C left, read from the job as last saved: whatever was waiting when the interrupt came
 * (between polls, or during a request), the same words: what was submitted, its request id, and
 * how to follow it.
 */
export function interruption(job: Job | undefined): Interruption {
  const plan = job?.plan;
  if (job === undefined || plan === undefined || plan.risk === 'read' || job.steps.every((s) => s.status === 'pending')) {
    return { info: NOTHING_CHANGED, keep: false };
  }
  const index = transitions.currentStep(job);
  const state = job.steps[index];
  const title = plain(plan.steps[index]?.title ?? 'the change');
  const later = Math.max(0, plan.steps.length - index - 1);
  const rest = later > 0 ? ` The ${steps(later)} ${later === 1 ? 'was' : 'were'} not started.` : '';
  if (state?.status === 'submitted') {
    return {
      keep: true,
      info: {
        code: 'INTERRUPTED', kind: 'service', requestId: state.requestId,
        message: `Interrupted while waiting: "${title}" was submitted (request ${state.requestId}) and goes on on the service.${rest}`,
        hint: `Follow it with \`asm job wait ${job.id}\`${later > 0 ? ' (it also runs the rest)' : ''}, or the operation alone with \`asm op show ${state.requestId}\`.`,
      },
    };
  }
  if (state?.status === 'calling') {
    return {
      keep: true,
      info: {
        code: 'INTERRUPTED', kind: 'service',
        message: `Interrupted while sending "${title}": the service may have received it.${rest}`,
        hint: `\`asm job wait ${job.id}\` checks whether it reached the service before going on (a change is never sent twice).`,
      },
    };
  }
  return {
    keep: true,
    info: {
      code: 'INTERRUPTED', kind: 'service',
      message: `Interrupted after ${index} of ${plan.steps.length} steps: "${title}" and the rest were not started.`,
      hint: `\`asm job wait ${job.id}\` runs the rest.`,
    },
  };
}

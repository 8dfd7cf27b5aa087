import { CommandError, type ManagementClientLike, type SecretStore } from '../commands/index.ts';
import type { OutputStreams } from './output.ts';
import { followJob } from './follow-job.ts';
import { loadJobFile, saveJobFile } from './job-files.ts';
import { cliEngine, showJob, untilInterrupted } from './run-job.ts';

export interface JobCommandOptions {
  readonly action: string;
  readonly id: string;
  readonly json: boolean;
  readonly jobsDir: string;
  readonly client: ManagementClientLike;
  readonly secrets: SecretStore;
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly abortSignal?: AbortSignal;
}

export function isJobCommand(argv: readonly string[]): boolean {
  return argv[0] === 'job';
}

/** `job show|wait <id>` from the words after `job` (a `--` among them ends options: the id is a value); a usage error otherwise. */
export function jobCommandArgs(argv: readonly string[]): { action: 'show' | 'wait'; id: string } {
  const end = argv.indexOf('--');
  const [, action, id, ...rest] = end === -1 ? argv : [...argv.slice(0, end), ...argv.slice(end + 1)];
  if ((action !== 'show' && action !== 'wait') || id === undefined || rest.length > 0) {
    throw new CommandError({
      code: 'CLI_USAGE', kind: 'usage', message: 'Usage: asm job show <id> | asm job wait <id>.',
      hint: '`job show` reads a --no-wait job once; `job wait` follows it to its end.',
    });
  }
  return { action, id };
}

/**
 * Follows a kept job: `show` polls it once, `wait` until it ends. A job left running by Ctrl-C
 * (steps not started, or a call whose fate is unknown) is advanced by `wait`, which checks such a
 * call before anything is sent again.
 */
export async function runJobCommand(options: JobCommandOptions, io: OutputStreams): Promise<number> {
  const stored = loadJobFile(options.jobsDir, options.id);
  const { engine, store } = cliEngine({ client: options.client, secrets: options.secrets });
  const job = await store.create(stored);
  const signal = options.abortSignal ? { abortSignal: options.abortSignal } : {};
  const followed = await untilInterrupted(store, job.id, options.abortSignal, async () => {
    if (options.action === 'show') return { job: await engine.poll(job, signal) };
    const started = job.status === 'running' ? await engine.advance(job, signal) : job;
    return followJob(engine, started, { noWait: false, intervalMs: options.intervalMs, timeoutMs: options.timeoutMs, ...signal });
  });
  if (!followed.interrupted) saveJobFile(options.jobsDir, followed.job);
  return showJob(followed, options.json, io, options.jobsDir);
}

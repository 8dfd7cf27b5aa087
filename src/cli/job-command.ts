import { CommandError, type ManagementClientLike, type SecretStore } from '../commands/index.ts';
import type { OutputStreams } from './output.ts';
import { followJob } from './follow-job.ts';
import { loadJobFile, saveJobFile } from './job-files.ts';
import { cliEngine, showJob } from './run-job.ts';


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

/** `job show|wait <id>` from the words after `job`; a usage error otherwise. */
export function jobCommandArgs(argv: readonly string[]): { action: 'show' | 'wait'; id: string } {
  const [, action, id, ...rest] = argv;
  if ((action !== 'show' && action !== 'wait') || id === undefined || rest.length > 0) {
    throw new CommandError({
      code: 'CLI_USAGE', kind: 'usage', message: 'Usage: asm job show <id> | asm job wait <id>.',
      hint: '`job show` reads a --no-wait job once; `job wait` follows it to its end.',
    });
  }
  return { action, id };
}

/** Follows a job kept by `--no-wait`: `show` polls it once, `wait` until it ends. */
export async function runJobCommand(options: JobCommandOptions, io: OutputStreams): Promise<number> {
  const stored = loadJobFile(options.jobsDir, options.id);
  const { engine, store } = cliEngine({ client: options.client, secrets: options.secrets });
  const job = await store.create(stored);
  const signal = options.abortSignal ? { abortSignal: options.abortSignal } : {};
  const followed = options.action === 'show'
    ? { job: await engine.poll(job, signal) }
    : await followJob(engine, job, { noWait: false, intervalMs: options.intervalMs, timeoutMs: options.timeoutMs, ...signal });
  saveJobFile(options.jobsDir, followed.job);
  return showJob(followed.job, followed.timedOut, options.json, io, options.jobsDir);
}

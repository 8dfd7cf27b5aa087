import {
  classifyError, presentError, presentReport, type CommandSettings, type Presentation, type ErrorInfo, type ManagementClientLike, type RunCommand, type SecretStore,
} from '../commands/index.ts';
import { createJobEngine, isFinal, jobReport, MemoryJobStore, newJob, type Job, type JobEngine, type JobEvent } from '../jobs/index.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { followJob, type FollowOptions } from './follow-job.ts';
import { interruption } from './interrupted.ts';
import { saveJobFile } from './job-files.ts';
import { show, type OutputStreams } from './output.ts';

export interface CliEngineOptions {
  readonly client: ManagementClientLike;
  readonly secrets: SecretStore;
  readonly onEvent?: (event: JobEvent) => void;
}

/** The CLI's engine: jobs in memory, no approval (the person at the terminal asked for it). */
export function cliEngine(options: CliEngineOptions): { readonly engine: JobEngine; readonly store: MemoryJobStore } {
  const store = new MemoryJobStore();
  const engine = createJobEngine({
    store, clientFor: () => options.client, secrets: options.secrets, logger: { warn: () => {} },
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  });
  return { engine, store };
}

function timedOutView(job: Job, error: ErrorInfo): Job {
  const steps = job.steps.map((s) => (s.status === 'submitted' ? { status: 'failed' as const, at: job.updatedAt, error, requestId: s.requestId } : s));
  return { ...job, status: 'failed', error, steps };
}

/** How following a job ended: at its end, past the operation's deadline, or by Ctrl-C. */
export interface JobEnding {
  readonly job: Job;
  readonly timedOut?: ErrorInfo;
  /** The person pressed Ctrl-C; `job` is what was last saved. */
  readonly interrupted?: boolean;
}

/** Ctrl-C: what was submitted and how to follow it; the job is kept when anything reached the service. */
function showInterrupted(job: Job, json: boolean, io: OutputStreams, jobsDir: string): number {
  const { info, keep } = interruption(job);
  if (keep) saveJobFile(jobsDir, job);
  show(presentError(info), json, io);
  return exitCodeFor(classifyError(info).kind);
}

/** A kept job names itself, so `asm job show|wait <id>` can be typed from what was printed. */
function withJobId(presentation: Presentation, id: string): Presentation {
  const json = typeof presentation.json === 'object' && presentation.json !== null && !Array.isArray(presentation.json)
    ? { ...presentation.json, jobId: id } : presentation.json;
  const line = `Kept as job ${id}: \`asm job wait ${id}\` follows it to its end, \`asm job show ${id}\` reads it once.`;
  return { ...presentation, json, doc: { ...presentation.doc, context: [...(presentation.doc.context ?? []), line] } };
}

/** What the person sees for a job, and the exit code. A job still waiting is kept so it can be followed. */
export function showJob(ending: JobEnding, json: boolean, io: OutputStreams, jobsDir: string): number {
  const { job, timedOut } = ending;
  if (ending.interrupted === true && !isFinal(job.status)) return showInterrupted(job, json, io, jobsDir);
  if (job.plan === undefined) {
    show(presentError(job.error ?? { code: 'JOB_FAILED', message: 'The command could not be planned.' }), json, io);
    return exitCodeFor(classifyError(job.error).kind);
  }
  const kept = job.status === 'waiting';
  if (kept) saveJobFile(jobsDir, job);
  // Past the deadline the operation may still finish; it is shown failed here, and followed with `asm job wait`.
  const shown = timedOut === undefined ? job : timedOutView(job, timedOut);
  const presentation = presentReport(jobReport(shown));
  show(kept ? withJobId(presentation, job.id) : presentation, json, io);
  return presentation.ok ? EXIT.ok : exitCodeFor(classifyError(jobReport(shown).outcome.error).kind);
}

export interface RunJobOptions extends Omit<FollowOptions, 'noWait'> {
  readonly command: RunCommand;
  readonly settings: CommandSettings;
  readonly fetchServiceConfiguration?: (url: string, options?: { readonly abortSignal?: AbortSignal }) => Promise<string>;
  readonly requester: string;
}

/** An interrupt ends following wherever it lands (planning, a request, a pause): the job as last saved. */
export async function untilInterrupted(store: MemoryJobStore, id: string, abortSignal: AbortSignal | undefined, follow: () => Promise<JobEnding>): Promise<JobEnding> {
  try {
    return await follow();
  } catch (error) {
    if (abortSignal?.aborted !== true) throw error;
    const job = await store.get(id);
    if (job === undefined) throw error;
    return { job, interrupted: true };
  }
}

/** Plans the command with reads, runs it, and follows it with the CLI's interval and deadline. */
export async function runJob(engine: JobEngine, store: MemoryJobStore, options: RunJobOptions): Promise<JobEnding> {
  const { command, abortSignal } = options;
  const created = await store.create(newJob(command, { requester: options.requester }));
  return untilInterrupted(store, created.id, abortSignal, async () => {
    const planned = await engine.plan(created, {
      settings: options.settings, command, requireApproval: false,
      ...(options.fetchServiceConfiguration ? { fetchServiceConfiguration: options.fetchServiceConfiguration } : {}),
      ...(abortSignal ? { abortSignal } : {}),
    });
    const advanced = await engine.advance(planned, abortSignal ? { abortSignal } : {});
    return followJob(engine, advanced, { ...options, noWait: command.noWait });
  });
}

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError } from '../commands/index.ts';
import type { Job } from '../jobs/index.ts';

const SAFE_ID = /^[A-Za-z0-9-]{1,64}$/;

/** Where `--no-wait` jobs are kept so `asm job show|wait <id>` can follow them: `.local/jobs/<id>.json`. */
export const jobsDirectory = (cwd: string, env: Readonly<Record<string, string | undefined>>): string =>
  env.ASM_JOBS_DIR || join(cwd, '.local', 'jobs');

function pathOf(dir: string, id: string): string {
  if (!SAFE_ID.test(id)) {
    throw new CommandError({ code: 'BAD_JOB_ID', kind: 'usage', message: `"${id}" is not a job id.`, hint: 'Use the id printed by a --no-wait run.' });
  }
  return join(dir, `${id}.json`);
}

export function saveJobFile(dir: string, job: Job): string {
  const path = pathOf(dir, job.id);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(`${path}.tmp`, `${JSON.stringify(job, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  } catch (error) {
    throw new CommandError({
      code: 'JOB_NOT_STORED', kind: 'usage', cause: error,
      message: `The job could not be written to ${path} (${(error as { code?: string }).code ?? 'error'}).`,
      hint: `Check that ${dir} is writable (or set ASM_JOBS_DIR).`,
    });
  }
  return path;
}

export function loadJobFile(dir: string, id: string): Job {
  const path = pathOf(dir, id);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CommandError({
      code: 'JOB_NOT_FOUND', kind: 'usage', message: `There is no job ${id} in ${dir}.`,
      hint: 'Run `asm job show <id>` from the folder the job was started in (or set ASM_JOBS_DIR).',
    });
  }
  try {
    const job = JSON.parse(text) as Job;
    if (job.id !== id || !Array.isArray(job.steps)) throw new Error('not a job');
    return job;
  } catch (error) {
    throw new CommandError({ code: 'JOB_FILE_BROKEN', kind: 'usage', cause: error, message: `${path} does not hold a job.`, hint: 'Delete the file and run the command again.' });
  }
}

import { randomUUID } from 'node:crypto';
import { commandSpec, type RunCommand } from '../commands/index.ts';
import type { JobBinding, JobOrigin, NewJob } from './job.ts';

export interface NewJobOptions {
  readonly requester: string;
  readonly origin?: JobOrigin;
  readonly binding?: JobBinding;
  readonly id?: string;
  readonly now?: Date;
}

/** A job for a parsed command, `planned`: recorded, its plan not yet resolved. */
export function newJob(command: RunCommand, options: NewJobOptions): NewJob {
  const at = (options.now ?? new Date()).toISOString();
  return {
    id: options.id ?? randomUUID(),
    command: command.text,
    commandId: command.id,
    risk: commandSpec(command.id)?.risk ?? 'change',
    requester: options.requester,
    origin: options.origin ?? {},
    ...(options.binding ? { binding: options.binding } : {}),
    status: 'planned',
    steps: [],
    createdAt: at,
    updatedAt: at,
  };
}

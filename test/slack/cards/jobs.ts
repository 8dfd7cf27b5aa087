import type { Plan, PlanStep } from '../../../src/commands/index.ts';
import type { Job, StepState } from '../../../src/jobs/job.ts';

export const step = (i: number, title = `Delete VM web${i} and its disks`, call = 'virtualMachines.delete'): PlanStep =>
  ({ id: `s${i}`, title, call, args: [], async: true });

export function plan(steps: PlanStep[], overrides: Partial<Plan> = {}): Plan {
  return { version: 1, commandId: 'vm delete', command: 'vm delete web1', risk: 'destroy', summary: 'Delete VM web1', steps, secrets: [], notes: [], ...overrides };
}

export function job(overrides: Partial<Job> = {}): Job {
  const p = overrides.plan ?? plan([step(1)]);
  return {
    id: 'job-0001', version: '1', command: p.command, commandId: p.commandId, risk: p.risk, requester: 'U0ANN', origin: { channel: 'C0OPS' },
    status: 'awaiting-approval', plan: p, steps: p.steps.map((): StepState => ({ status: 'pending' })),
    expiresAt: '2025-06-01T13:00:00Z', createdAt: '2025-06-01T12:00:00Z', updatedAt: '2025-06-01T12:00:00Z',
    ...overrides,
  };
}

export const NOW = new Date('2025-06-01T12:10:00Z');

import { loadConfig } from '../../../src/config/index.ts';
import type { Job } from '../../../src/jobs/job.ts';

export const SUB = '11111111-2222-3333-4444-555555555555';
export const OTHER_SUB = '99999999-2222-3333-4444-555555555555';
export const NOW = new Date('2025-06-01T12:00:00Z');

/** Ops: ann operates and destroys, bob and cat approve, dan only reads (readers restricted in C0LOCK). */
export const config = loadConfig({
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  SLACK_BOT_TOKEN: 'xoxb-1-2-3',
  AzureWebJobsStorage: 'UseDevelopmentStorage=true',
  KEY_VAULT_URL: 'https://v.vault.azure.net/',
  ASM_CHANNELS: JSON.stringify({
    C0OPS: { subscriptionId: SUB, certificate: 'ops-cert', endpoint: 'https://127.0.0.1:8443' },
    C0DEV: { subscriptionId: OTHER_SUB, certificate: 'dev-cert', approval: ['destroy'], approvalTtlMinutes: 15 },
    C0LOCK: { subscriptionId: SUB, certificate: 'ops-cert' },
  }),
  ASM_ROLES: JSON.stringify({
    operators: ['U0ANN', 'S0OPERS'], destroyers: ['U0ANN'], approvers: ['U0BOB', 'U0CAT', 'S0APPROVE'],
    channels: { C0LOCK: { readers: ['U0DAN'] }, C0DEV: { approvers: ['U0CAT'] } },
  }),
});

export function job(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job-1', version: '1', command: 'vm create web1 "West US"', commandId: 'vm create', risk: 'change', requester: 'U0ANN',
    origin: { channel: 'C0OPS' }, binding: { subscriptionId: SUB, certificate: 'ops-cert' }, status: 'awaiting-approval', steps: [],
    expiresAt: '2025-06-01T13:00:00Z', createdAt: '2025-06-01T11:59:00Z', updatedAt: '2025-06-01T11:59:00Z',
    ...overrides,
  };
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, type RunCommand } from '../../../src/commands/index.ts';
import { loadConfig } from '../../../src/config/index.ts';
import type { JobMessage } from '../../../src/jobs/messages.ts';
import type { JobStore } from '../../../src/jobs/store.ts';
import type { AuditLog } from '../../../src/slack/audit/index.ts';
import { createLogger } from '../../../src/slack/index.ts';
import { runCommand, type ListenerDeps } from '../../../src/slack/listeners/index.ts';
import { createPolicy } from '../../../src/slack/policy/index.ts';
import { IDS, settings } from './harness.ts';

/** Stores that fail on any call: the acknowledgement of a new command must make none. */
const untouchable = <T extends object>(what: string): T => new Proxy({} as T, {
  get: (_target, method) => () => { throw new Error(`${what}.${String(method)} called while acknowledging`); },
});

function deps(enqueue: ListenerDeps['enqueue'] = () => {}): { deps: ListenerDeps; logs: string[] } {
  const config = loadConfig(settings({ AzureWebJobsStorage: 'UseDevelopmentStorage=true' }));
  const logs: string[] = [];
  return {
    logs,
    deps: {
      jobs: untouchable<JobStore>('jobs'), audit: untouchable<AuditLog>('audit'), policy: createPolicy(config), enqueue,
      now: () => new Date('2026-01-05T10:00:00Z'), logger: createLogger({ sink: (_l, m) => logs.push(m) }), newJobId: () => '0f0e0d0c-0b0a-4908-8706-050403020100',
    },
  };
}

const run = (text: string): RunCommand => {
  const parsed = parseCommand(text);
  if (!parsed.ok || parsed.command.kind !== 'run') throw new Error(`not a run command: ${text}`);
  return parsed.command;
};
const from = (user: string) => ({ teamId: 'T1', channelId: IDS.ops, userId: user, responseUrl: 'https://hooks.example/commands/1' });

test('a change is answered from the queue message alone: its job and request entry are in it, no store is called', async () => {
  const queued: JobMessage[] = [];
  const { deps: d } = deps((m) => { queued.push(m); });
  const answer = await runCommand(d, run('vm create web1 "West US"'), from(IDS.alice), undefined);
  assert.equal(answer.response_type, 'in_channel');
  assert.equal(queued.length, 1);
  const [m] = queued;
  assert.deepEqual([m!.action, m!.jobId, m!.job?.id, m!.job?.status, m!.job?.createdAt], ['plan', '0f0e0d0c-0b0a-4908-8706-050403020100', m!.jobId, 'planned', '2026-01-05T10:00:00.000Z']);
  assert.deepEqual(m!.audit, { kind: 'request', userId: IDS.alice, channelId: IDS.ops, command: 'vm create web1 "West US"', jobId: m!.jobId, decision: 'allowed', at: '2026-01-05T10:00:00.000Z' });
});

test('a refusal is answered at once and its audit entry queued as an audit message, no store is called', async () => {
  const queued: JobMessage[] = [];
  const { deps: d } = deps((m) => { queued.push(m); });
  const answer = await runCommand(d, run('vm delete web1'), from(IDS.carol), undefined);
  assert.equal(answer.response_type, 'ephemeral');
  assert.deepEqual(queued.map((m) => [m.action, m.job, m.audit?.kind, m.audit?.userId, m.audit?.reason?.split(':')[0]]), [['audit', undefined, 'refusal', IDS.carol, 'NOT_A_DESTROYER']]);
  assert.notEqual(queued[0]!.jobId, '', 'the request has its own id (the audit row key)');
});

test('a command too large for the queue or the job table is refused with what to do, and nothing is queued', async () => {
  const queued: JobMessage[] = [];
  const { deps: d, logs } = deps((m) => { queued.push(m); });
  // As long as the parser allows, every character escaped six times over: over the job table's limit.
  const answer = await runCommand(d, { ...run('vm start web1'), text: 'é'.repeat(4000) }, from(IDS.alice), undefined);
  assert.equal(answer.response_type, 'ephemeral');
  assert.match(answer.text, /too long to be recorded.*Shorten it/);
  assert.equal(queued.length, 0);
  assert.ok(logs.some((l) => /too large for the queue/.test(l)));
});

test('a message that cannot be queued: the person is told nothing will run', async () => {
  const { deps: d, logs } = deps(() => { throw new Error('No invocation context'); });
  const answer = await runCommand(d, run('vm start web1'), from(IDS.alice), undefined);
  assert.equal(answer.response_type, 'ephemeral');
  assert.match(answer.text, /could not be recorded, so nothing will run/);
  assert.ok(logs.some((l) => /not queued: No invocation context/.test(l)));
});

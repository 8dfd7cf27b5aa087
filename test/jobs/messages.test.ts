import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_INPUT_LENGTH } from '../../src/commands/index.ts';
import { asciiJsonLength, fitsQueue, MAX_QUEUED_JOB_CHARS, MAX_QUEUED_MESSAGE_CHARS, parseJobMessage, type JobMessage } from '../../src/jobs/messages.ts';
import { MAX_JOB_JSON_CHARS } from '../../src/jobs/table-store/index.ts';
import type { NewJob } from '../../src/jobs/job.ts';

const at = '2026-01-05T10:00:00.000Z';
const job = (command: string, id = 'job-1'): NewJob => ({
  id, command, commandId: 'vm.create', risk: 'change', requester: 'U0ALICE01',
  origin: { source: 'slack', team: 'T0123456', channel: 'C0OPS0001', user: 'U0ALICE01', responseUrl: 'https://hooks.slack.com/commands/T0123456/1234567890123/abcdefghijklmnopqrstuvwx', approval: 'required' },
  binding: { subscriptionId: '11111111-2222-3333-4444-555555555555', certificate: 'ops-cert' }, status: 'planned', steps: [], createdAt: at, updatedAt: at,
});
const planMessage = (command: string): JobMessage => ({
  jobId: 'job-1', action: 'plan', job: job(command),
  audit: { kind: 'request', userId: 'U0ALICE01', channelId: 'C0OPS0001', command, jobId: 'job-1', decision: 'allowed', at },
});

test('messages of the older shape read as before; the new fields are read when well formed', () => {
  assert.deepEqual(parseJobMessage('{"jobId":"j1","action":"plan"}'), { jobId: 'j1', action: 'plan' });
  assert.deepEqual(parseJobMessage({ jobId: 'j1', action: 'advance' }), { jobId: 'j1', action: 'advance' });
  assert.deepEqual(parseJobMessage({ jobId: 'r1', action: 'digest', channel: 'C1' }), { jobId: 'r1', action: 'digest', channel: 'C1' });
  const plan = planMessage('vm create web1 "West US"');
  assert.deepEqual(parseJobMessage(JSON.stringify(plan)), plan);
  const audit = { jobId: 'r2', action: 'audit', audit: { kind: 'refusal', userId: 'U1', channelId: 'C1', at, reason: 'NOT_A_DESTROYER: …' } };
  assert.deepEqual(parseJobMessage(audit), audit);
});

test('a malformed job or audit entry makes the message unreadable, never half read', () => {
  const plan = planMessage('vm list');
  assert.equal(parseJobMessage({ ...plan, job: { ...plan.job!, id: 'other' } }), undefined, 'the job must be the message\'s');
  assert.equal(parseJobMessage({ ...plan, job: { ...plan.job!, status: 'approved' } }), undefined, 'only a new job is created from a message');
  assert.equal(parseJobMessage({ ...plan, job: { ...plan.job!, origin: { channel: 5 } } }), undefined);
  assert.equal(parseJobMessage({ ...plan, job: { ...plan.job!, binding: { subscriptionId: 's' } } }), undefined);
  assert.equal(parseJobMessage({ ...plan, audit: { ...plan.audit!, at: 'yesterday' } }), undefined);
  assert.equal(parseJobMessage({ jobId: 'r1', action: 'audit' }), undefined, 'an audit message needs its entry');
  assert.equal(parseJobMessage({ jobId: 'r1', action: 'unknown' }), undefined);
});

test('the bound: the job limit is the job store\'s, and the longest ASCII command fits with room to spare', () => {
  assert.equal(MAX_QUEUED_JOB_CHARS, MAX_JOB_JSON_CHARS);
  const longest = planMessage(`vm create ${'a'.repeat(MAX_INPUT_LENGTH - 10)}`);
  assert.ok(fitsQueue(longest));
  assert.ok(asciiJsonLength(longest) < 10_000, `${asciiJsonLength(longest)} characters`);
  assert.ok(!fitsQueue(planMessage('é'.repeat(MAX_INPUT_LENGTH))), 'a job over the job store\'s limit does not fit');
  // The queue's own limit: 64 KiB of base64 text.
  assert.ok(Math.ceil(MAX_QUEUED_MESSAGE_CHARS / 3) * 4 <= 64 * 1024);
});

test('whatever the characters, a message that fits is at most 64 KiB on the queue (base64 of its UTF-8 JSON)', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 4000 }), fc.string({ unit: 'grapheme', maxLength: 2000 }), (a, b) => {
    const message = planMessage(a + b);
    const bytes = Buffer.byteLength(JSON.stringify(message), 'utf8');
    assert.ok(bytes <= asciiJsonLength(message), 'the escaped length bounds the bytes');
    if (fitsQueue(message)) assert.ok(Buffer.from(JSON.stringify(message)).toString('base64').length <= 64 * 1024);
  }), { numRuns: 300 });
});

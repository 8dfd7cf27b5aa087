import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { issueManagementCertificate } from '../../src/emulator/pki/index.ts';
import { startStack, type Stack } from './harness.ts';

let stack: Stack;
before(async () => { stack = await startStack(); });
after(async () => { await stack.close(); });

const certificateReads = () => stack.vault.admin.requests().filter((r) => r.method === 'GET' && r.path.startsWith('/secrets/ops-cert') && r.authorized).length;

test('a certificate rotated in Key Vault while jobs wait: the refused client is replaced once, the jobs end, nothing restarts', async () => {
  const jobs = [];
  for (let i = 0; i < 4; i++) jobs.push(await stack.createJob(`storage create rotstore${i} West US`));
  for (const job of jobs) await stack.runJob({ jobId: job.id, action: 'plan' });
  const reads = certificateReads();
  assert.equal(reads, 1, 'one Key Vault read for all four jobs (the cache)');

  // Rotation: a new certificate uploaded to the subscription and imported into Key Vault; the old one removed.
  const fresh = issueManagementCertificate('rotated', new Date(stack.clock.ms - 60_000));
  const old = stack.emulator.admin.status().subscriptions.find((s) => s.id === stack.emulator.subscriptionId)!.certificates;
  const { thumbprint } = stack.emulator.admin.addCertificate(stack.emulator.subscriptionId, fresh.certPem);
  stack.vault.admin.importCertificate('ops-cert', { pem: `${fresh.keyPem}${fresh.certPem}` });
  for (const t of old) stack.emulator.admin.removeCertificate(stack.emulator.subscriptionId, t);
  assert.ok(!old.includes(thumbprint));

  stack.emulator.admin.completePendingOperations();
  const tick = await stack.worker.pollTick();
  assert.equal(tick.errors, 0);
  for (const job of jobs) {
    assert.equal((await stack.jobs.get(job.id))!.status, 'succeeded');
    assert.equal(stack.tagged(job.id, 'asm_job_outcome').length, 1);
  }
  assert.equal(certificateReads(), 2, 'the rejection made exactly one more Key Vault read, shared by the four polls');
});

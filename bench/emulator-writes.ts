// How the emulator's writes scale with its state: creates storage accounts one after another
// (each a persisted write plus its asynchronous operation) against an emulator keeping its state
// on disk, and prints the rate at each step and the process's CPU per create. Usage: node bench/emulator-writes.ts [accounts=1000]
// (ASM_EMULATOR_MODULE picks another build of the emulator, e.g. an older checkout, to compare).
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ManagementCertificate, ServiceManagementClient } from '../src/management/index.ts';

const total = Number(process.argv[2] ?? 1000);
const emulatorModule = resolve(process.env['ASM_EMULATOR_MODULE'] ?? 'src/emulator/index.ts');
const { startEmulator } = (await import(emulatorModule)) as typeof import('../src/emulator/index.ts');

const dataDir = mkdtempSync(join(tmpdir(), 'asm-bench-writes-'));
const emulator = await startEmulator({ port: 0, dataDir, operationDelayMs: 0 });
const client = new ServiceManagementClient({
  subscriptionId: emulator.subscriptionId,
  certificate: ManagementCertificate.fromPem(readFileSync(emulator.certFile, 'utf8')),
  endpoint: emulator.url,
  ca: readFileSync(emulator.caFile, 'utf8'),
});
const step = Math.max(1, Math.floor(total / 5));
const rates: Array<[number, number]> = [];
const cpuStart = process.cpuUsage();
const started = performance.now();
let stepStart = started;
for (let i = 1; i <= total; i++) {
  await client.storageAccounts.create({ serviceName: `bench${i.toString(36).padStart(6, '0')}`, label: `account ${i}`, location: 'West US' });
  if (i % step === 0) {
    const now = performance.now();
    rates.push([i, (step / (now - stepStart)) * 1000]);
    stepStart = now;
  }
}
const elapsed = performance.now() - started;
// CPU of the whole process (client and emulator): steadier than the rate on a shared machine.
const cpu = process.cpuUsage(cpuStart);
await client.close();
await emulator.close();
rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ accounts: total, creates_per_s: Math.round((total / elapsed) * 1000), cpu_ms_per_create: Number(((cpu.user + cpu.system) / 1000 / total).toFixed(2)), by_step: rates.map(([n, r]) => [n, Math.round(r)]) }));

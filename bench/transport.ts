// Measures what connection reuse buys: the same calls through one client (kept-alive mutual-TLS
// connections) and through a new client per call (a TLS handshake each time), side by side in one
// run against a local emulator in its own process. Prints figures and ratios; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { ManagementCertificate, ServiceManagementClient } from '../src/management/index.ts';

const CALLS = Number(process.env['BENCH_CALLS'] ?? 200);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const CONCURRENCY = 8;

const dataDir = mkdtempSync(join(tmpdir(), 'asm-bench-'));
const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'src/emulator/main.ts', '--port', '0', '--data-dir', dataDir, '--in-memory'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [ready] = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next().then((line) => [line.value as string]);
const emulator = JSON.parse(ready!) as { url: string; subscriptionId: string; certFile: string; caFile: string };
const certificate = ManagementCertificate.fromPem(readFileSync(emulator.certFile, 'utf8'));
const ca = readFileSync(emulator.caFile, 'utf8');
const newClient = () => new ServiceManagementClient({ subscriptionId: emulator.subscriptionId, certificate, endpoint: emulator.url, ca });

async function reused(): Promise<number> {
  const client = newClient();
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) await client.subscription.get();
  const elapsed = performance.now() - start;
  await client.close();
  return elapsed;
}

async function handshakeEach(): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const client = newClient();
    await client.subscription.get();
    await client.close();
  }
  return performance.now() - start;
}

async function reusedConcurrent(): Promise<number> {
  const client = newClient();
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < CALLS) await client.subscription.get();
    }),
  );
  const elapsed = performance.now() - start;
  await client.close();
  return elapsed;
}

const modes = { 'one client, sequential': reused, 'new client per call': handshakeEach, [`one client, ${CONCURRENCY} in flight`]: reusedConcurrent };
const results: Record<string, number[]> = {};
await reused(); // warm-up: JIT, certificate parsing, first handshake
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(modes)) (results[name] ??= []).push(await run());
}
child.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const baseline = median(results['one client, sequential']!);
console.log(`Get Subscription, ${CALLS} calls per round, ${ROUNDS} rounds, median round (Node ${process.version})`);
for (const [name, values] of Object.entries(results)) {
  const ms = median(values);
  console.log(
    `${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / CALLS).toFixed(2).padStart(6)} ms/call  ${((CALLS / ms) * 1000).toFixed(0).padStart(6)} calls/s  ×${(ms / baseline).toFixed(2)} of one client`,
  );
}

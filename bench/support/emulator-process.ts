// The one emulator of a bench run, in its own process (its CPU is not the clients'), seeded with
// the cloud services to list and the operations to poll.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ManagementCertificate, ServiceManagementClient } from '../../src/management/index.ts';

export interface BenchTarget {
  url: string;
  subscriptionId: string;
  certFile: string;
  caFile: string;
}

export interface RunningBenchEmulator {
  target: BenchTarget;
  close(): void;
}

export async function startBenchEmulator(): Promise<RunningBenchEmulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'asm-bench-'));
  const child: ChildProcess = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'src/emulator/main.ts', '--port', '0', '--data-dir', dataDir, '--operation-delay-ms', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();
  const target = JSON.parse(first.value as string) as BenchTarget;
  return {
    target,
    close: () => {
      child.kill('SIGTERM');
      child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    },
  };
}

async function inParallel(count: number, inFlight: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < count) await work(next++);
  }));
}

/** Creates `services` cloud services (about 2 KB each in a list) and `accounts` storage accounts; returns the accounts' operation ids and the create rate. */
export async function seed(target: BenchTarget, services: number, accounts: number): Promise<{ operationIds: string[]; createsPerSecond: number; listBytes: number }> {
  const client = new ServiceManagementClient({
    subscriptionId: target.subscriptionId,
    certificate: ManagementCertificate.fromPem(readFileSync(target.certFile, 'utf8')),
    endpoint: target.url,
    ca: readFileSync(target.caFile, 'utf8'),
  });
  const extendedProperties = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`property${i}`, `value of property ${i}`]));
  await inParallel(services, 8, async (i) => {
    await client.hostedServices.create({ serviceName: `bench-svc-${i}`, label: `bench service ${i}`, description: `A cloud service made by the bench. `.repeat(6), location: 'West US', extendedProperties });
  });
  const operationIds: string[] = [];
  const started = performance.now();
  for (let i = 0; i < accounts; i++) {
    const operation = await client.storageAccounts.create({ serviceName: `benchacct${i}`, label: `account ${i}`, location: 'West US' });
    operationIds.push(operation.requestId);
  }
  const createsPerSecond = (accounts / (performance.now() - started)) * 1000;
  await client.close();
  return { operationIds, createsPerSecond, listBytes: await listBytes(target) };
}

/** The size of the List Cloud Services response body, as it travels. */
function listBytes(target: BenchTarget): Promise<number> {
  const pem = readFileSync(target.certFile, 'utf8');
  return new Promise((resolve, reject) => {
    const url = new URL(`${target.url}/${target.subscriptionId}/services/hostedservices`);
    const request = httpsGet(url, { cert: pem, key: pem, ca: readFileSync(target.caFile, 'utf8'), headers: { 'x-ms-version': '2014-06-01' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length)).on('end', () => resolve(bytes)).on('error', reject);
    });
    request.on('error', reject);
  });
}

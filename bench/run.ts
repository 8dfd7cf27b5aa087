// The client benchmark suite (issue 12): the project's client against azure-asm-compute (as shipped
// and with keep-alive) and, where Debian's python3-azure is installed, the Python SDK's
// ServiceManagementService. Each client runs in its own warm process against one emulator (in a
// process of its own), rounds interleaved; prints medians with ranges and ratios as a Markdown table.
// BENCH_ROUNDS (default 5) sets the rounds. Asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOsImagesDocument } from './os-images-document.ts';
import { buildEntry, packageEntry } from './support/build-entry.ts';
import { seed, startBenchEmulator } from './support/emulator-process.ts';
import { coldRun, node, WarmPeer, type PeerSpec } from './support/peers.ts';
import { median, renderTable, type Figure } from './support/table.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const SERVICES = 500;
const OPERATIONS = 1000;
const PYTHON = '/usr/bin/python3';
// The code as it was before issue 12's work, built and run cold in the same rounds (import to first
// call is compared with it). ASM_BENCH_BASELINE picks another revision; an empty value skips it.
const BASELINE = process.env['ASM_BENCH_BASELINE'] ?? '867424f^';

const pythonAvailable = (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import azure.servicemanagement'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

console.error('building the package entry, starting and seeding the emulator…');
const built = packageEntry();
const baseline = (() => {
  if (BASELINE === '') return undefined;
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${BASELINE}^{commit}`], { stdio: 'ignore' });
    return buildEntry('src/management/index.ts', BASELINE);
  } catch {
    console.error(`baseline ${BASELINE} is not in this checkout's history: its cold runs are skipped`);
    return undefined;
  }
})();
const BASELINE_NAME = `asm-chatops at ${BASELINE}`;
const emulator = await startBenchEmulator();
const seeded = await seed(emulator.target, SERVICES, OPERATIONS);
const scratch = mkdtempSync(join(tmpdir(), 'asm-bench-doc-'));
const document = buildOsImagesDocument();
const imagesFile = join(scratch, 'images.xml');
writeFileSync(imagesFile, document.xml);
const argument = JSON.stringify({ ...emulator.target, imagesFile });
const pythonEnv = { REQUESTS_CA_BUNDLE: emulator.target.caFile };
const nodeEnv = { NODE_EXTRA_CA_CERTS: emulator.target.caFile };

const warmSpecs: PeerSpec[] = [
  { name: 'asm-chatops', command: node('bench/peers/asm-chatops.ts') },
  { name: 'azure-asm-compute', command: node('bench/peers/azure-asm-compute.ts'), env: { ...nodeEnv, AZURE_ASM_MODE: 'shipped' } },
  { name: 'azure-asm-compute keep-alive', command: node('bench/peers/azure-asm-compute.ts'), env: { ...nodeEnv, AZURE_ASM_MODE: 'keep-alive' } },
  ...(pythonAvailable ? [{ name: 'Python SDK', command: [PYTHON, 'bench/peers/python_sdk.py'], env: pythonEnv }] : []),
];
const coldSpecs: PeerSpec[] = [
  { name: 'asm-chatops', command: node('bench/peers/cold-asm-chatops.ts'), env: { ASM_BENCH_MODULE: built.entry } },
  { name: 'azure-asm-compute', command: node('bench/peers/cold-azure-asm-compute.cjs'), env: nodeEnv },
  ...(pythonAvailable ? [{ name: 'Python SDK', command: [PYTHON, 'bench/peers/cold_python_sdk.py'], env: pythonEnv }] : []),
  ...(baseline === undefined ? [] : [{ name: BASELINE_NAME, command: node('bench/peers/cold-asm-chatops.ts'), env: { ASM_BENCH_MODULE: baseline.entry } }]),
];
const clients = warmSpecs.map((spec) => spec.name);
const peers = await Promise.all(warmSpecs.map((spec) => WarmPeer.start(spec, argument)));

const figure = (label: string, digits: number, higherIsBetter = false): Figure => ({ label, digits, higherIsBetter, samples: {} });
const figures = {
  list: figure(`list ${SERVICES} cloud services (${Math.round(seeded.listBytes / 1024)} KB XML), client CPU ms/call`, 1),
  get: figure('get one cloud service, client CPU ms/call', 2),
  poll: figure(`poll ${OPERATIONS.toLocaleString('en-US')} operations, 16 in flight, ops/s`, 0, true),
  parse: figure(`parse a ${Math.round(document.xml.length / 1024)} KB List OS Images document (${document.images} images), CPU ms (others: raw xml2js / minidom)`, 1),
  firstCall: figure('`import` to first completed list call, ms (fresh process)', 0),
  importOnly: figure('`import` alone, ms', 0),
  rss: figure(`resident memory after the ${SERVICES}-service lists, MB`, 0),
};
const tasks: Array<[keyof typeof figures, Record<string, unknown>]> = [
  ['list', { task: 'list', calls: 5 }],
  ['get', { task: 'get', calls: 200, name: 'bench-svc-7' }],
  ['poll', { task: 'poll', ids: seeded.operationIds, inFlight: 16 }],
  ['parse', { task: 'parse', calls: 3 }],
];
const record = (key: keyof typeof figures, client: string, value: number) => (figures[key].samples[client] ??= []).push(value);

// Warm-up: JIT, connections, first handshakes.
for (const peer of peers) for (const [, task] of tasks) await peer.ask({ ...task, calls: 1 });
for (let round = 0; round < ROUNDS; round++) {
  console.error(`round ${round + 1} of ${ROUNDS}`);
  const order = [...peers.slice(round % peers.length), ...peers.slice(0, round % peers.length)];
  for (const [key, task] of tasks) for (const peer of order) record(key, peer.name, await peer.ask(task));
  const coldOrder = [...coldSpecs.slice(round % coldSpecs.length), ...coldSpecs.slice(0, round % coldSpecs.length)];
  for (const spec of coldOrder) {
    const cold = await coldRun(spec, argument);
    record('firstCall', spec.name, cold.firstCallMs);
    record('importOnly', spec.name, cold.importMs);
  }
}
for (const peer of peers) record('rss', peer.name, await peer.ask({ task: 'rss' }));
for (const peer of peers) peer.stop();
emulator.close();
rmSync(scratch, { recursive: true, force: true });
built.close();
baseline?.close();

const versions = `Node ${process.version}${pythonAvailable ? `, ${execFileSync(PYTHON, ['--version'], { encoding: 'utf8' }).trim()}` : ', Python SDK not installed'}`;
console.log(`${ROUNDS} rounds, medians (min–max); ×: how many times better asm-chatops is. ${versions}.`);
console.log(renderTable(Object.values(figures), clients));
const baselineSamples = figures.firstCall.samples[BASELINE_NAME];
if (baselineSamples !== undefined) {
  const [ours, before] = [median(figures.firstCall.samples['asm-chatops']!), median(baselineSamples)];
  const [oursImport, beforeImport] = [median(figures.importOnly.samples['asm-chatops']!), median(figures.importOnly.samples[BASELINE_NAME]!)];
  console.log(`\n\`import\` to first completed list call, same rounds: ${Math.round(ours)} ms against ${Math.round(before)} ms for the code at ${BASELINE} (${Math.round((ours / before) * 100)} %); import alone ${Math.round(oursImport)} against ${Math.round(beforeImport)} ms.`);
}
console.log(`\nEmulator (its own process, state on disk): ${OPERATIONS.toLocaleString('en-US')} storage account creates after ${SERVICES} cloud services, ${Math.round(seeded.createsPerSecond)} creates/s.`);

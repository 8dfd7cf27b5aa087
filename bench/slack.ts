// Acknowledgement latency and cold start of the Slack function, side by side with a bare Bolt app on
// the same receiver that only acks. The real handler verifies, parses, checks policy, previews and
// sets the queue output with the job and its audit entry, as in Azure (the worker records them);
// Azurite runs as the app's storage, which the acknowledgement should not call. Prints figures and
// ratios; asserts nothing.
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import functions, { type HttpHandler } from '@azure/functions';
import { App } from '@slack/bolt';
import { signedHeaders } from '../src/local/slack/sign.ts';
import { startSlackStandIn } from '../src/local/slack/server.ts';
import { AzureFunctionsReceiver, createLogger, createSlackFunctionHandler } from '../src/slack/index.ts';
import { buildEntry } from './support/build-entry.ts';

const RATE = Number(process.env['BENCH_RATE'] ?? 50);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const COLD_RUNS = Number(process.env['BENCH_COLD_RUNS'] ?? 5);
const SECRET = 'b3nchS1gningSecretb3nchS1gning00';
const ALICE = 'U0ALICE01';
const CHANNEL = 'C0BENCH01';

const azuriteProcess = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', fileURLToPath(new URL('./slack-azurite.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
const first = await createInterface({ input: azuriteProcess.stdout! })[Symbol.asyncIterator]().next();
const azurite = JSON.parse(first.value as string) as { connectionString: string };
const sim = await startSlackStandIn({ botToken: 'xoxb-bench-token', signingSecret: SECRET });
const env = {
  SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-bench-token', SLACK_API_URL: sim.apiUrl, KEY_VAULT_URL: 'https://vault.example.net/',
  AzureWebJobsStorage: azurite.connectionString,
  ASM_CHANNELS: JSON.stringify({ [CHANNEL]: { subscriptionId: '11111111-2222-3333-4444-555555555555', certificate: 'bench-cert' } }),
  ASM_ROLES: JSON.stringify({ operators: [ALICE], destroyers: [ALICE], approvers: [ALICE] }),
};
Object.assign(process.env, env);

const quiet = createLogger({ sink: () => {} });
const queueOutput = functions.output.storageQueue({ queueName: 'asm-jobs', connection: 'AzureWebJobsStorage' });
const real = createSlackFunctionHandler({ queueOutput });
const bareReceiver = new AzureFunctionsReceiver({ signingSecret: SECRET, logger: quiet });
const bareApp = new App({ receiver: bareReceiver, logger: quiet, authorize: async () => ({ botToken: 'xoxb-bare' }) });
bareApp.command('/asm', async ({ ack }) => ack({ response_type: 'in_channel', text: 'ok' }));
const bare = bareReceiver.toHandler();

let n = 0;
function request() {
  n += 1;
  const body = new URLSearchParams({
    team_id: 'T1', channel_id: CHANNEL, channel_name: 'ops', user_id: ALICE, user_name: 'alice', command: '/asm',
    text: `vm create web${n} "West US" --size Small`, response_url: `${sim.url}/hooks/commands/${n}`, trigger_id: `${n}.2.3`, api_app_id: 'A1',
  }).toString();
  return new functions.HttpRequest({ method: 'POST', url: 'http://localhost/api/slack/events', body: { string: body }, headers: signedHeaders(SECRET, Math.floor(Date.now() / 1000), body) });
}

/** Open loop: a request every 1/RATE s whatever the answers do, as Slack sends them. */
async function load(handler: HttpHandler): Promise<number[]> {
  const total = RATE * SECONDS;
  const times: Promise<number>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i += 1) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const req = request();
    const t0 = performance.now();
    times.push(Promise.resolve(handler(req, new functions.InvocationContext({ logHandler: () => {} }))).then((res) => {
      const status = (res as { status?: number }).status;
      if (status !== 200) throw new Error(`status ${status}`);
      return performance.now() - t0;
    }));
  }
  return Promise.all(times);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

// Warm both (first request builds the app, creates the tables), then measure.
await load(real).then(() => undefined, () => undefined);
await load(bare);
const realTimes = await load(real);
const bareTimes = await load(bare);
console.log(`Acknowledgement of /asm vm create at ${RATE}/s for ${SECONDS} s (${realTimes.length} requests each), in process:`);
console.log(`  real handler (queue output):                 p50 ${ms(pct(realTimes, 50))}  p99 ${ms(pct(realTimes, 99))}  max ${ms(Math.max(...realTimes))}`);
console.log(`  bare Bolt app (ack only):                    p50 ${ms(pct(bareTimes, 50))}  p99 ${ms(pct(bareTimes, 99))}  max ${ms(Math.max(...bareTimes))}`);
console.log(`  ratio real/bare:                             p50 ${(pct(realTimes, 50) / pct(bareTimes, 50)).toFixed(2)}×  p99 ${(pct(realTimes, 99) / pct(bareTimes, 99)).toFixed(2)}×`);

type Cold = { wall: number; inProcess: number };
function cold(which: 'real' | 'bare', script: string): Cold {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ['--disable-warning=ExperimentalWarning', script, which], {
    env: { ...process.env, BENCH_CHANNEL: CHANNEL, BENCH_USER: ALICE }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
  });
  const wall = performance.now() - t0;
  const line = JSON.parse(out.trim().split('\n').at(-1)!) as { status: number; sinceStartMs: number };
  if (line.status !== 200) throw new Error(`${which} cold start answered ${line.status}`);
  return { wall, inProcess: line.sinceStartMs };
}
const median = (xs: number[]) => pct(xs, 50);
// Compiled JavaScript, as the deployed app runs; and the TypeScript sources (Node strips the types of each file it loads).
const built = buildEntry('bench/slack-cold-start.ts');
const scripts = { 'compiled JavaScript (as deployed)': built.entry, 'TypeScript sources (type stripping)': fileURLToPath(new URL('./slack-cold-start.ts', import.meta.url)) };
console.log(`Cold start, fresh process to the first acknowledged /asm vm create (median of ${COLD_RUNS}, runs interleaved):`);
for (const [label, script] of Object.entries(scripts)) {
  const colds = { real: [] as Cold[], bare: [] as Cold[] };
  for (let i = 0; i < COLD_RUNS; i += 1) {
    colds.bare.push(cold('bare', script));
    colds.real.push(cold('real', script));
  }
  const med = (which: 'real' | 'bare', key: 'wall' | 'inProcess') => median(colds[which].map((c) => c[key]));
  console.log(`  ${label}:`);
  console.log(`    real handler:  ${ms(med('real', 'wall'))} spawn to exit, ${ms(med('real', 'inProcess'))} process start to ack`);
  console.log(`    bare Bolt app: ${ms(med('bare', 'wall'))} spawn to exit, ${ms(med('bare', 'inProcess'))} process start to ack`);
  console.log(`    ratio real/bare: ${(med('real', 'inProcess') / med('bare', 'inProcess')).toFixed(2)}× (process start to ack)`);
}
built.close();

await sim.close();
azuriteProcess.kill('SIGTERM');

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startFunctionsHost, type FunctionsHost } from '../../../src/local/functions-host/index.ts';
import { captureLogger, fixture, repoRoot } from './support.ts';

const logger = captureLogger();
let host: FunctionsHost;

before(async () => {
  host = await startFunctionsHost({
    appEntries: [join(repoRoot, 'functions/health.ts'), fixture('http.ts')],
    appDir: repoRoot,
    logger,
  });
});
after(() => host.close());

test('the real functions/health.ts registers and answers through the host', async () => {
  const response = await fetch(`${host.url}/api/health`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  assert.deepEqual(await response.json(), { status: 'ok', product: 'asm-chatops' });
  const health = host.functions.find((f) => f.name === 'health');
  assert.deepEqual(health && { route: health.route, methods: health.methods, trigger: health.trigger }, { route: '/api/health', methods: ['GET'], trigger: 'httpTrigger' });
});

test('an HTTP function gets the host request shape: route values, query, headers, body; its response comes back whole', async () => {
  const response = await fetch(`${host.url}/api/greet/ada/42?q=hello%20world`, {
    method: 'POST', headers: { 'x-test': 'yes', 'content-type': 'text/plain' }, body: 'payload',
  });
  assert.equal(response.status, 201);
  assert.match(response.headers.get('x-invocation') ?? '', /^[0-9a-f-]{36}$/);
  assert.equal(response.headers.get('set-cookie'), 'seen=yes; HttpOnly');
  const body = await response.json() as Record<string, unknown>;
  assert.deepEqual(body, {
    name: 'ada', id: '42', method: 'POST', url: `${host.url}/api/greet/ada/42?q=hello%20world`, query: 'hello world',
    header: 'yes', body: 'payload', functionName: 'greet',
  });
  const optional = await (await fetch(`${host.url}/api/greet/bob`)).json() as Record<string, unknown>;
  assert.equal(optional.name, 'bob');
  assert.equal(optional.id, null);
});

test('routes honour constraints and methods: a non-matching path or method is 404', async () => {
  assert.equal((await fetch(`${host.url}/api/greet/ada/not-a-number`)).status, 404);
  assert.equal((await fetch(`${host.url}/api/health`, { method: 'DELETE' })).status, 404);
  assert.equal((await fetch(`${host.url}/api/nothing-here`)).status, 404);
});

test('a throwing HTTP function answers 500 with no details, and the failure is logged in one line', async () => {
  const response = await fetch(`${host.url}/api/broken`);
  assert.equal(response.status, 500);
  assert.equal(await response.text(), '');
  const line = logger.lines.find((l) => l.startsWith('error function=broken'));
  assert.match(line ?? '', /^error function=broken trigger=http duration=\d+ms outcome=failed method=GET error="Error: the handler failed on purpose"$/);
  assert.ok(logger.lines.some((l) => /^info function=health trigger=http duration=\d+ms outcome=succeeded status=200/.test(l)));
});

test('a function-level authLevel is accepted without a key locally, and the host says so at start', () => {
  assert.ok(logger.lines.some((l) => l.startsWith('warn function=broken authLevel=function is not enforced locally')));
});

test('GET /admin/functions lists what is registered; POST refuses HTTP functions and unknown names', async () => {
  const list = await (await fetch(`${host.url}/admin/functions`)).json() as { name: string; trigger: string; route?: string }[];
  assert.deepEqual(list.map((f) => [f.name, f.trigger, f.route]), [
    ['health', 'httpTrigger', '/api/health'], ['greet', 'httpTrigger', '/api/greet/{name}/{id:int?}'], ['broken', 'httpTrigger', '/api/broken'],
  ]);
  const post = (name: string) => fetch(`${host.url}/admin/functions/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"input":""}' });
  assert.equal((await post('health')).status, 400);
  assert.equal((await post('missing')).status, 404);
  await assert.rejects(host.invoke('health'), /HTTP function: call its route/);
});

test('a second host in the same process receives the same registrations', async () => {
  const second = await startFunctionsHost({ appEntries: [join(repoRoot, 'functions/health.ts')], appDir: repoRoot, logger: captureLogger() });
  try {
    assert.deepEqual(second.functions.map((f) => f.name), ['health']);
    assert.equal((await fetch(`${second.url}/api/health`)).status, 200);
  } finally {
    await second.close();
  }
});

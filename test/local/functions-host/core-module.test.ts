import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { startFunctionsHost } from '../../../src/local/functions-host/index.ts';
import { captureLogger, fixture } from './support.ts';

/** A queue endpoint nobody listens on: these tests look at registrations, not at messages. */
const UNREACHABLE = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;';

test('the app registers through @azure/functions-core: the binding metadata Azure would index', async () => {
  const host = await startFunctionsHost({ appEntries: [fixture('queue.ts'), fixture('enqueue.ts')], storageConnectionString: UNREACHABLE, hostJson: {}, logger: captureLogger() });
  try {
    const require = createRequire(import.meta.url);
    const core = require('@azure/functions-core') as { getProgrammingModel(): { name: string; version: string } };
    assert.equal(core.getProgrammingModel().name, '@azure/functions');
    assert.match(core.getProgrammingModel().version, /^4\./);
    assert.deepEqual(host.functions.find((f) => f.name === 'enqueue'), {
      name: 'enqueue', trigger: 'httpTrigger', outputs: ['http', 'queue:outbox'], route: '/api/enqueue', methods: ['POST'], authLevel: 'anonymous',
    });
  } finally {
    await host.close();
  }
});

test('a load error names the file or the failure, and a late registration is refused as in the worker', async () => {
  await assert.rejects(startFunctionsHost({ appEntries: [fixture('missing.ts')], hostJson: {}, logger: captureLogger() }), /File does not exist: .*missing\.ts/);
  await assert.rejects(startFunctionsHost({ appEntries: [], hostJson: {}, logger: captureLogger() }), /Found zero files/);
  const host = await startFunctionsHost({ appEntries: [fixture('startup.ts')], hostJson: {}, logger: captureLogger() });
  try {
    const { app } = await import('@azure/functions');
    assert.throws(() => app.http('late', { handler: () => ({}) }), /A function can only be registered during app startup/);
  } finally {
    await host.close();
  }
});

test('%Setting% in binding properties is replaced from app settings; a missing one stops the start with the setting name', async () => {
  const host = await startFunctionsHost({ appEntries: [fixture('settings.ts')], settings: { TICK_SCHEDULE: '0 0 0 1 1 *' }, hostJson: {}, logger: captureLogger() });
  try {
    assert.equal(host.functions[0]?.schedule, '0 0 0 1 1 *');
    assert.equal(process.env.TICK_SCHEDULE, '0 0 0 1 1 *', 'settings reach the app through the environment');
  } finally {
    await host.close();
  }
  assert.equal(process.env.TICK_SCHEDULE, undefined, 'and leave with the host');
  await assert.rejects(startFunctionsHost({ appEntries: [fixture('settings.ts')], hostJson: {}, logger: captureLogger() }), /app setting "TICK_SCHEDULE", which is not set/);
});

import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { QueueClient } from '@azure/storage-queue';
import { startAzurite, type RunningAzurite } from '../../../src/local/index.ts';
import { startFunctionsHost, type FunctionsHost, type FunctionsHostOptions } from '../../../src/local/functions-host/index.ts';
import { callsOf, closeGate, recorder, reset, until } from './fixtures/app/recorder.ts';
import { captureLogger, fixture } from './support.ts';

let azurite: RunningAzurite;
before(async () => {
  azurite = await startAzurite();
});
after(() => azurite.close());
beforeEach(() => reset());

const queue = (name: string): QueueClient => new QueueClient(azurite.connectionString, name);
const base64 = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');

async function send(name: string, text: string): Promise<void> {
  await queue(name).createIfNotExists();
  await queue(name).sendMessage(text);
}

async function withHost(options: Partial<FunctionsHostOptions>, run: (host: FunctionsHost, lines: string[]) => Promise<void>): Promise<void> {
  const logger = captureLogger();
  const host = await startFunctionsHost({
    appEntries: [fixture('queue.ts'), fixture('enqueue.ts')],
    storageConnectionString: azurite.connectionString,
    hostJson: {},
    queuePolling: { minIntervalMs: 20, maxIntervalMs: 100 },
    logger,
    ...options,
  });
  try {
    await run(host, logger.lines);
  } finally {
    await host.close();
  }
}

test('a base64 JSON message runs the function with the parsed body and the dequeue metadata, is deleted, and its output is written', async () => {
  await withHost({}, async () => {
    await send('work-items', base64({ id: 'a1' }));
    const [call] = await until(() => callsOf('work').length === 1 && callsOf('work'), 'the work function');
    assert.deepEqual(call!.input, { id: 'a1' });
    const meta = call!.triggerMetadata!;
    assert.equal(meta.dequeueCount, 1);
    assert.equal(typeof meta.id, 'string');
    assert.equal(typeof meta.popReceipt, 'string');
    assert.match(String(meta.insertionTime), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
    assert.deepEqual(meta.queueTrigger, { id: 'a1' });
    const [forwarded] = await until(() => callsOf('work-done-reader').length === 1 && callsOf('work-done-reader'), 'the output message');
    assert.deepEqual(forwarded!.input, { forwarded: 'a1' });
  });
  const left = await queue('work-items').getProperties();
  assert.equal(left.approximateMessagesCount, 0);
});

test('a function that throws is retried with an increasing dequeue count and the message reaches <queue>-poison after five tries', async () => {
  const lines = await new Promise<string[]>((resolve, reject) => {
    withHost({}, async (_host, logLines) => {
      await send('work-items', base64({ id: 'p1', fail: true }));
      await until(() => logLines.some((l) => l.includes('moved to work-items-poison')), 'the poison move');
      resolve(logLines);
    }).catch(reject);
  });
  assert.deepEqual(callsOf('work').map((c) => c.triggerMetadata!.dequeueCount), [1, 2, 3, 4, 5]);
  assert.equal(lines.filter((l) => /^error function=work trigger=queue .*outcome=failed/.test(l)).length, 5);
  const poisoned = await queue('work-items-poison').receiveMessages({ numberOfMessages: 10 });
  assert.deepEqual(poisoned.receivedMessageItems.map((m) => m.messageText), [base64({ id: 'p1', fail: true })]);
  assert.equal((await queue('work-items').getProperties()).approximateMessagesCount, 0);
  assert.equal(callsOf('work-done-reader').length, 0, 'a failed run writes no output');
  assert.ok(!lines.some((l) => l.includes('p1')), 'message bodies are not logged');
});

test('maxDequeueCount comes from host.json extensions.queues', async () => {
  await withHost({ hostJson: { extensions: { queues: { maxDequeueCount: 2 } } } }, async (_host, lines) => {
    await send('work-items', base64({ id: 'p2', fail: true }));
    await until(() => lines.some((l) => l.includes('moved to work-items-poison after 2 dequeues')), 'the poison move');
  });
  assert.deepEqual(callsOf('work').map((c) => c.triggerMetadata!.dequeueCount), [1, 2]);
  await queue('work-items-poison').clearMessages();
});

test('a failed message is made visible again after the visibility timeout: at once with the default 0, hidden with 00:01:00', async () => {
  const failures = (lines: string[]) => lines.some((l) => l.startsWith('error function=work'));
  await withHost({ hostJson: { extensions: { queues: { maxDequeueCount: 1000 } } } }, async (_host, lines) => {
    await send('work-items', base64({ id: 'v0', fail: true }));
    await until(() => failures(lines), 'a failure');
  });
  const visible = await queue('work-items').receiveMessages({ numberOfMessages: 1, visibilityTimeout: 1 });
  assert.equal(visible.receivedMessageItems.length, 1, 'visible again right after its failure');
  await queue('work-items').clearMessages();
  reset();

  await withHost({ hostJson: { extensions: { queues: { visibilityTimeout: '00:01:00' } } } }, async (_host, lines) => {
    await send('work-items', base64({ id: 'v60', fail: true }));
    await until(() => failures(lines), 'a failure');
  });
  assert.equal(callsOf('work').length, 1);
  assert.equal((await queue('work-items').peekMessages()).peekedMessageItems.length, 0, 'hidden for the visibility timeout');
  assert.equal((await queue('work-items').getProperties()).approximateMessagesCount, 1, 'but not deleted');
  await queue('work-items').clearMessages();
});

test('a message that is not valid base64 goes to the poison queue without running the function', async () => {
  await withHost({}, async (_host, lines) => {
    await send('work-items', '{"id":"raw"}');
    await until(() => lines.some((l) => l.includes('moved to work-items-poison')), 'the poison move');
    assert.ok(lines.some((l) => l.startsWith('warn Message decoding has failed! Check MessageEncoding settings.')));
  });
  assert.equal(callsOf('work').length, 0);
  const poisoned = await queue('work-items-poison').receiveMessages();
  assert.equal(poisoned.receivedMessageItems[0]?.messageText, '{"id":"raw"}');
  await queue('work-items-poison').clearMessages();
});

test('with messageEncoding "none" plain text is read and written as is', async () => {
  await withHost({ hostJson: { extensions: { queues: { messageEncoding: 'none' } } } }, async (host) => {
    const response = await fetch(`${host.url}/api/enqueue`, { method: 'POST', body: 'plain' });
    assert.equal(response.status, 202);
    const got = await queue('outbox').receiveMessages();
    assert.equal(got.receivedMessageItems[0]?.messageText, 'plain');
    await send('work-items', JSON.stringify({ id: 'n1' }));
    await until(() => callsOf('work-done-reader').length === 1, 'the forwarded message');
    assert.deepEqual(callsOf('work')[0]!.input, { id: 'n1' });
  });
  await queue('outbox').clearMessages();
});

test('an HTTP function queue output is written after it succeeds, one base64 message per value; nothing when it fails', async () => {
  await withHost({}, async (host) => {
    const response = await fetch(`${host.url}/api/enqueue`, { method: 'POST', body: 'first\nsecond\n' });
    assert.equal(response.status, 202);
    assert.equal(await response.text(), 'queued 2');
    const got = await queue('outbox').receiveMessages({ numberOfMessages: 10 });
    assert.deepEqual(got.receivedMessageItems.map((m) => m.messageText).sort(), [base64('first'), base64('second')]);
    await queue('outbox').clearMessages();
    assert.equal((await fetch(`${host.url}/api/enqueue`, { method: 'POST', body: 'one\nfail' })).status, 500);
    assert.equal((await queue('outbox').peekMessages()).peekedMessageItems.length, 0);
  });
});

test('the admin endpoint runs a queue function with the given input (dequeue count 0, no message id); invoke reports the outcome', async () => {
  await withHost({}, async (host) => {
    const response = await fetch(`${host.url}/admin/functions/work`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: '{"id":"adm"}' }),
    });
    assert.equal(response.status, 202);
    const [call] = await until(() => callsOf('work').length === 1 && callsOf('work'), 'the admin run');
    assert.deepEqual(call!.input, { id: 'adm' });
    assert.equal(call!.triggerMetadata!.dequeueCount, 0);
    assert.equal(call!.triggerMetadata!.id, undefined);
    await until(() => callsOf('work-done-reader').length === 1, 'its output');
    assert.equal((await fetch(`${host.url}/admin/functions/work`, { method: 'POST', body: '' })).status, 400);
    const failed = await host.invoke('work', '{"id":"inv","fail":true}');
    assert.equal(failed.outcome, 'failed');
    assert.match(String((failed.error as Error).message), /work failed on purpose/);
    assert.equal((await host.invoke('work', '{"id":"ok"}')).outcome, 'succeeded');
    const list = await (await fetch(`${host.url}/admin/functions`)).json() as { name: string; queueName?: string; outputs: string[] }[];
    assert.deepEqual(list.find((f) => f.name === 'work'), {
      name: 'work', trigger: 'queueTrigger', queueName: 'work-items', connection: 'AzureWebJobsStorage', outputs: ['queue:work-done'],
    });
  });
  assert.equal((await queue('work-items-poison').peekMessages()).peekedMessageItems.length, 0, 'admin runs are never poisoned');
});

test('batchSize and newBatchThreshold bound how many messages run at once', async () => {
  const open = closeGate();
  // All five are waiting before the listener starts, so its first receive could take them all.
  for (let i = 0; i < 5; i += 1) await send('gated-items', base64({ n: i }));
  try {
    await withHost({ hostJson: { extensions: { queues: { batchSize: 2, newBatchThreshold: 0 } } } }, async () => {
      await until(() => recorder.running === 2, 'two running');
      // Give the listener polls in which it could (wrongly) take more.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(recorder.running, 2);
      open();
      await until(() => callsOf('gated').length === 5, 'all five');
    });
  } finally {
    open();
  }
  assert.equal(recorder.maxRunning, 2);
});

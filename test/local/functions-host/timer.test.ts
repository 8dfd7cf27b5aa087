import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { startFunctionsHost, type FunctionsHost } from '../../../src/local/functions-host/index.ts';
import { callsOf, closeGate, recorder, reset, until } from './fixtures/app/recorder.ts';
import { captureLogger, fixture } from './support.ts';

beforeEach(() => reset());

async function withHost(entry: string, run: (host: FunctionsHost, lines: string[]) => Promise<void>): Promise<void> {
  const logger = captureLogger();
  const host = await startFunctionsHost({ appEntries: [fixture(entry)], hostJson: {}, logger });
  try {
    await run(host, logger.lines);
  } finally {
    await host.close();
  }
}

type TimerInput = { isPastDue: boolean; schedule: { adjustForDST: boolean }; scheduleStatus?: { last: string; next: string; lastUpdated: string } };

test('a timer function never overlaps itself: a slow run holds the next tick', async () => {
  const open = closeGate();
  await withHost('timers.ts', async (_host, lines) => {
    try {
      await until(() => callsOf('slow-tick').length === 1, 'the first tick');
      await until(() => lines.some((l) => /^warn function=slow-tick trigger=timer tick=\S+ skipped: the previous run is still going$/.test(l)), 'a tick during the slow run');
      assert.equal(callsOf('slow-tick').length, 1, 'no second run while the first is outstanding');
      assert.equal(recorder.running, 1);
    } finally {
      open();
    }
    await until(() => callsOf('slow-tick').length >= 2, 'the next tick after the slow run');
  });
  assert.equal(recorder.maxRunning, 1);
  const input = callsOf('slow-tick')[0]!.input as TimerInput;
  assert.equal(typeof input.isPastDue, 'boolean');
  assert.deepEqual(input.schedule, { adjustForDST: true });
  assert.match(input.scheduleStatus?.next ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
  assert.equal(callsOf('slow-tick')[0]!.triggerMetadata, undefined, 'timer functions get no triggerMetadata, as in Azure');
});

test('runOnStartup runs a yearly timer once when the host starts, and the admin endpoint runs it again', async () => {
  await withHost('startup.ts', async (host, lines) => {
    await until(() => callsOf('yearly').length === 1, 'the startup run');
    const first = callsOf('yearly')[0]!.input as TimerInput;
    assert.equal(first.isPastDue, false);
    assert.match(first.scheduleStatus?.next ?? '', /-01-01T00:00:00\+00:00$/);
    const response = await fetch(`${host.url}/admin/functions/yearly`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"input":""}' });
    assert.equal(response.status, 202);
    await until(() => callsOf('yearly').length === 2, 'the admin run');
    assert.equal((await host.invoke('yearly')).outcome, 'succeeded');
    assert.equal(callsOf('yearly').length, 3);
    assert.equal(lines.filter((l) => /^info function=yearly trigger=timer duration=\d+ms outcome=succeeded$/.test(l)).length, 3);
    const [info] = host.functions;
    assert.deepEqual(info, { name: 'yearly', trigger: 'timerTrigger', schedule: '0 0 0 1 1 *', runOnStartup: true, outputs: [] });
  });
});

test('an invalid schedule stops the start with a message naming the function and the NCRONTAB fields', async () => {
  await assert.rejects(
    startFunctionsHost({ appEntries: [fixture('bad-schedule.ts')], hostJson: {}, logger: captureLogger() }),
    (error: Error) => error.name === 'ScheduleError' && /"not a schedule" of function "bad"/.test(error.message) && /\{second\} \{minute\}/.test(error.message),
  );
});

test('a tick handled later than its scheduled time (by the injected clock) is past due', async () => {
  let offsetMs = 0;
  const logger = captureLogger();
  const host = await startFunctionsHost({
    appEntries: [fixture('timers.ts')], hostJson: {}, logger, now: () => new Date(Date.now() + offsetMs), timers: { pastDueToleranceMs: 1000 },
  });
  try {
    await until(() => callsOf('slow-tick').length === 1, 'a first tick');
    assert.equal((callsOf('slow-tick')[0]!.input as TimerInput).isPastDue, false);
    offsetMs = 10_000;
    await until(() => callsOf('slow-tick').length === 2, 'the late tick');
  } finally {
    await host.close();
  }
  assert.equal((callsOf('slow-tick')[1]!.input as TimerInput).isPastDue, true);
  assert.ok(logger.lines.some((l) => /function=slow-tick trigger=timer .*outcome=succeeded isPastDue=true/.test(l)));
});

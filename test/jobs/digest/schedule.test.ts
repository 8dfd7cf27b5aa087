import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentPeriod, cronExpression, describeSchedule, nextRun, parseDigestCommand } from '../../../src/jobs/digest/index.ts';

describe('digest schedule parser', () => {
  it('reads daily, weekly, off and now; UTC by default; time zones in canonical spelling', () => {
    assert.deepEqual(parseDigestCommand('daily 09:00 Europe/Berlin'), { kind: 'schedule', schedule: { kind: 'daily', time: '09:00', timeZone: 'Europe/Berlin' } });
    assert.deepEqual(parseDigestCommand('  daily   9:05 '), { kind: 'schedule', schedule: { kind: 'daily', time: '09:05', timeZone: 'UTC' } });
    assert.deepEqual(parseDigestCommand('weekly Monday 17:30 america/new_york'), {
      kind: 'schedule', schedule: { kind: 'weekly', weekday: 'mon', time: '17:30', timeZone: 'America/New_York' },
    });
    assert.deepEqual(parseDigestCommand('WEEKLY sun 00:00'), { kind: 'schedule', schedule: { kind: 'weekly', weekday: 'sun', time: '00:00', timeZone: 'UTC' } });
    assert.deepEqual(parseDigestCommand('off'), { kind: 'off' });
    assert.deepEqual(parseDigestCommand('Now'), { kind: 'now' });
  });

  it('says what is wrong: time, weekday, time zone, usage', () => {
    for (const time of ['24:00', '9', '09:60', '9am', '-1:00', '09:0']) {
      assert.throws(() => parseDigestCommand(`daily ${time}`), { code: 'DIGEST_INVALID_TIME', message: /HH:MM on a 24-hour clock/ });
    }
    assert.throws(() => parseDigestCommand('weekly funday 09:00'), { code: 'DIGEST_UNKNOWN_WEEKDAY', message: /`funday` is not a day of the week/ });
    assert.throws(() => parseDigestCommand('daily 09:00 Mars/Olympus'), { code: 'DIGEST_UNKNOWN_TIME_ZONE', message: /`Mars\/Olympus` is not a time zone.*Europe\/Berlin/ });
    assert.throws(() => parseDigestCommand(''), { code: 'DIGEST_USAGE', message: /Say how often.*\/asm digest daily/ });
    assert.throws(() => parseDigestCommand('hourly'), { code: 'DIGEST_USAGE', message: /`hourly` is not a digest schedule/ });
    assert.throws(() => parseDigestCommand('daily'), { code: 'DIGEST_USAGE', message: /Say when/ });
    assert.throws(() => parseDigestCommand('weekly 09:00'), { code: 'DIGEST_USAGE', message: /day and the time/ });
    assert.throws(() => parseDigestCommand('weekly mon'), { code: 'DIGEST_USAGE', message: /day and the time/ });
    assert.throws(() => parseDigestCommand('daily 09:00 UTC extra'), { code: 'DIGEST_USAGE', message: /Unexpected `extra`/ });
    assert.throws(() => parseDigestCommand('off now'), { code: 'DIGEST_USAGE' });
  });

  it('describes a schedule the way it is written', () => {
    const { schedule } = parseDigestCommand('weekly fri 08:15 Asia/Tokyo') as { schedule: Parameters<typeof describeSchedule>[0] };
    assert.equal(describeSchedule(schedule), 'weekly fri 08:15 Asia/Tokyo');
    assert.equal(cronExpression(schedule), '15 8 * * 5');
  });
});

describe('digest periods (croner)', () => {
  const berlin = { kind: 'daily', time: '09:00', timeZone: 'Europe/Berlin' } as const;

  it('the period closes at the latest run at or before now, in the schedule time zone', () => {
    // 09:00 in Berlin is 08:00Z in winter (CET).
    const before = currentPeriod(berlin, new Date('2025-03-10T07:59:59Z'));
    assert.deepEqual([before.start.toISOString(), before.key], ['2025-03-08T08:00:00.000Z', '2025-03-09T08:00:00.000Z']);
    const at = currentPeriod(berlin, new Date('2025-03-10T08:00:00Z'));
    assert.equal(at.key, '2025-03-10T08:00:00.000Z');
    assert.equal(at.end.toISOString(), at.key);
    assert.equal(nextRun(berlin, new Date('2025-03-10T08:00:00Z')).toISOString(), '2025-03-11T08:00:00.000Z');
  });

  it('follows daylight saving time and weekly days', () => {
    // Berlin moves to CEST on 2025-03-30: 09:00 is then 07:00Z.
    assert.equal(currentPeriod(berlin, new Date('2025-03-31T12:00:00Z')).key, '2025-03-31T07:00:00.000Z');
    const weekly = { kind: 'weekly', weekday: 'mon', time: '09:00', timeZone: 'America/New_York' } as const;
    const period = currentPeriod(weekly, new Date('2025-03-12T00:00:00Z'));
    assert.deepEqual([period.start.toISOString(), period.key], ['2025-03-03T14:00:00.000Z', '2025-03-10T13:00:00.000Z']);
    assert.equal(nextRun(weekly, new Date('2025-03-12T00:00:00Z')).toISOString(), '2025-03-17T13:00:00.000Z');
  });
});

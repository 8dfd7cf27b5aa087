import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cron } from 'croner';
import { ncrontabProblem } from '../../src/config/index.ts';

const croner = (expression: string): boolean => {
  try {
    new Cron(expression, { paused: true });
    return true;
  } catch {
    return false;
  }
};

test('the structural NCRONTAB check agrees with croner on six-field expressions', () => {
  const valid = ['*/15 * * * * *', '0 * * * * *', '0 0 9 * * MON-FRI', '0 30 9 1,15 * *', '0 0 */2 * JAN-MAR SUN', '5-10/2 * * * * 0-7', '0 0 0 ? * *'];
  const invalid = ['60 * * * * *', '* 60 * * * *', '* * 24 * * *', '* * * 0 * *', '* * * * 13 *', '* * * * * 8', '*/0 * * * * *', '5-1 * * * * *', 'a * * * * *', '* * * * * MOON'];
  for (const e of valid) {
    assert.equal(ncrontabProblem(e), undefined, e);
    assert.equal(croner(e), true, `croner accepts ${e}`);
  }
  for (const e of invalid) {
    assert.notEqual(ncrontabProblem(e), undefined, e);
    assert.equal(croner(e), false, `croner refuses ${e}`);
  }
});

test('five or seven fields are refused (the Functions host reads six)', () => {
  assert.match(ncrontabProblem('*/5 * * * *')!, /has 5 fields/);
  assert.match(ncrontabProblem('0 0 0 * * * 2030')!, /has 7 fields/);
});

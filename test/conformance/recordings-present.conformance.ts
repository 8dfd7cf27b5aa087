// In CI the conformance suites must have recordings to replay: a missing or empty directory fails
// here, instead of every suite skipping and the run passing having checked nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingRecordings, recordingsDirFromRoot } from './guard.ts';

const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false';

test('the recordings of the live service are present', { skip: !inCi && 'not in CI (CI unset): suites skip without recordings' }, () => {
  const dir = recordingsDirFromRoot();
  const problem = missingRecordings(dir);
  assert.equal(problem, undefined, `${problem}. Set ASM_RECORDINGS_DIR to the recordings directory (.ci/run points it at ../shared/asm/recordings).`);
});

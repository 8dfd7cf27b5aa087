import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingRecordings, provenInDocs, recordingsDirFromRoot, unproven } from './guard.ts';

test('missingRecordings tells a missing directory from an empty one, and accepts one with recordings', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'recordings-'));
  try {
    assert.equal(missingRecordings(join(dir, 'absent')), `no recordings directory at ${join(dir, 'absent')}`);
    await writeFile(join(dir, 'notes.txt'), 'x');
    assert.equal(missingRecordings(dir), `no recordings (*.yaml) in ${dir}`);
    await writeFile(join(dir, 'a.yaml'), 'interactions: []');
    assert.equal(missingRecordings(dir), undefined);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the recordings directory is ASM_RECORDINGS_DIR, else ../shared/asm/recordings beside the repository', () => {
  assert.equal(recordingsDirFromRoot({ ASM_RECORDINGS_DIR: '/data/rec' }), '/data/rec');
  assert.match(recordingsDirFromRoot({}), /\/shared\/asm\/recordings$/);
});

test('provenInDocs reads the table of docs/conformance.md', () => {
  const rows = provenInDocs();
  assert.ok(rows.length >= 30, `${rows.length} rows`);
  assert.deepEqual(rows.find((row) => row.operation === 'operations.get'), { operation: 'operations.get', recordings: 33, example: 'misc.test_add_os_image' });
  const other = provenInDocs('# x\n## Operations proven against a recording\n\n| Operation | Recordings | e.g. |\n|---|---:|---|\n| `a.b` | 2 | f.t |\n\n## Later\n| `c.d` | 1 | g.t |\n');
  assert.deepEqual(other, [{ operation: 'a.b', recordings: 2, example: 'f.t' }]);
  assert.throws(() => provenInDocs('# nothing here'), /no "## Operations proven against a recording" section/);
  assert.throws(() => provenInDocs('## Operations proven against a recording\nno table'), /no rows the guard can read/);
});

test('unproven names each listed operation the replay did not exercise or proved without its example', () => {
  const documented = [
    { operation: 'a.get', recordings: 1, example: 'x.t1' },
    { operation: 'a.list', recordings: 1, example: 'x.t2' },
    { operation: 'a.delete', recordings: 1, example: 'x.t3' },
  ];
  const exercised = new Map([['a.get', new Set(['x.t1'])], ['a.list', new Set(['x.t9'])], ['b.extra', new Set(['x.t4'])]]);
  assert.deepEqual(unproven(documented, exercised), [
    'a.list: docs/conformance.md names x.t2, the replay proved it with x.t9',
    'a.delete: listed as proven in docs/conformance.md, not exercised by the replay',
  ]);
});

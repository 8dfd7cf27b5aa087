// `--` ends options everywhere in `asm`: for its own options (`--json`, `--dry-run`, …), for the
// command's, and when it comes before the command (`asm -- vm list`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonRequested, splitCliOptions } from '../../src/cli/cli-options.ts';
import { startCliEnvironment, type CliEnvironment } from './harness.ts';

describe('`--` in argv', () => {
  it('a `--json` after `--` does not ask for JSON', () => {
    assert.equal(jsonRequested(['vm', 'list', '--json']), true);
    assert.equal(jsonRequested(['--json', '--', 'vm', 'list']), true);
    assert.equal(jsonRequested(['--', 'vm', 'list', '--json']), false);
    assert.equal(jsonRequested(['vm', 'list', '--', '--json']), false);
  });

  it('before the command: the command is read with options ended after its resource and action', () => {
    assert.deepEqual(splitCliOptions(['--', 'vm', 'list', '--json']).command, ['vm', 'list', '--', '--json']);
    assert.deepEqual(splitCliOptions(['--json', '--', 'vm', 'disk', 'list', '--dry-run']).command, ['vm', 'disk', 'list', '--', '--dry-run']);
    assert.deepEqual(splitCliOptions(['--', 'location', 'list']).command, ['location', 'list']);
    assert.deepEqual(splitCliOptions(['--', 'help', 'vm']).command, ['help', 'vm']);
    const { options } = splitCliOptions(['--', 'vm', 'list', '--json', '--dry-run', '--endpoint', 'x']);
    assert.deepEqual([options.json, options.dryRun, options.endpoint], [false, false, undefined]);
  });
});

describe('asm with `--`, against the emulator', () => {
  let env: CliEnvironment;
  before(async () => { env = await startCliEnvironment(); });
  after(() => env.close());

  it('`asm -- location list` runs the command', async () => {
    const result = await env.run(['--', 'location', 'list']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /West US/);
  });

  it('`asm --json -- vm list` is JSON; `asm -- vm list --json` is not: --json is the command\'s value, refused in text', async () => {
    const json = await env.run(['--json', '--', 'vm', 'list']);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), []);
    const text = await env.run(['--', 'vm', 'list', '--json']);
    assert.equal(text.code, 2);
    assert.equal(text.stdout, '', 'nothing on stdout: a text error goes to stderr');
    assert.match(text.stderr, /"--json" is not a valid cloud service name/);
  });

  it('`asm vm list -- --json` alike: a usage error in text', async () => {
    const result = await env.run(['vm', 'list', '--', '--json']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^Error: "--json" is not a valid cloud service name/);
  });

  it('`asm -- job show <id>` and `asm job show -- <id>`: the job command reads its id after `--` too', async () => {
    for (const args of [['--json', '--', 'job', 'show', 'no-such-job'], ['--json', 'job', 'show', '--', 'no-such-job']]) {
      const result = await env.run(args);
      assert.equal(result.code, 2);
      assert.equal((JSON.parse(result.stdout) as { error: { code: string } }).error.code, 'JOB_NOT_FOUND', args.join(' '));
    }
  });
});

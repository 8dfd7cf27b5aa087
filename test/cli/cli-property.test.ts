import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../src/cli/index.ts';
import { getTestPki, toPem } from '../helpers/pki.ts';

const WORDS = [
  'vm', 'create', 'list', 'show', 'delete', 'start', 'stop', 'service', 'storage', 'job', 'wait', 'help', 'location', 'op', 'image',
  '--json', '--dry-run', '--no-wait', '--timeout', '--cert', '--ca', '--endpoint', '--subscription', '--cert-password', '--size',
  'West', 'US', 'westus', 'x', '', '-', '--', '"', "'", '\u0000', 'ü', '0', '-1', '10m', 'https://', '/nonexistent/cert.pem',
];
const ENV_KEYS = [
  'ASM_ENDPOINT', 'ASM_SUBSCRIPTION_ID', 'ASM_CERT_FILE', 'ASM_CERT_PASSWORD', 'ASM_CA_FILE', 'ASM_EMULATOR_DIR', 'ASM_POLL_INTERVAL_MS',
  'ASM_SECRETS_DIR', 'ASM_JOBS_DIR', 'ASM_VM_SIZE', 'ASM_CONFIG_HOSTS', 'ASM_CONFIG_MAX_BYTES',
];

const token = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }));
const envValue = fc.oneof(fc.constantFrom('', 'x', '0', '-5', 'not a url', '/nonexistent', 'https://127.0.0.1:1'), fc.string({ maxLength: 16 }));

function capture() {
  const out = { text: '' };
  const stream = { write: (t: string) => { out.text += t; return true; } };
  return { out, io: (env: Record<string, string>, cwd: string) => ({ stdout: stream, stderr: stream, env, cwd }) };
}

describe('runCli never crashes', () => {
  it('bad connection settings: a formatted error with advice, exit 2, and a JSON error under --json (issue 7)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'asm-endpoint-'));
    try {
      const certFile = join(cwd, 'client.pem');
      writeFileSync(certFile, toPem(getTestPki().client));
      const env = { ASM_CERT_FILE: certFile, ASM_ENDPOINT: 'not a url', ASM_SUBSCRIPTION_ID: 'abc' };
      const text = capture();
      assert.equal(await runCli(['location', 'list'], text.io(env, cwd)), 2);
      assert.match(text.out.text, /^Error: The endpoint 'not a url' is not a URL/);
      assert.match(text.out.text, /Check --endpoint \/ ASM_ENDPOINT/);
      assert.doesNotMatch(text.out.text, /\n\s+at /);
      const json = capture();
      assert.equal(await runCli(['location', 'list', '--json'], json.io(env, cwd)), 2);
      const parsed = JSON.parse(json.out.text.slice(0, json.out.text.lastIndexOf('}') + 1)) as { error: { code: string; hint: string } };
      assert.equal(parsed.error.code, 'InvalidArgument');
      assert.match(parsed.error.hint, /ASM_ENDPOINT/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('no argv and no environment prints a stack trace or exits outside 0–3', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'asm-prop-'));
    // A usable certificate, so bad endpoints reach the client's construction (issue 7).
    const certFile = join(cwd, 'client.pem');
    writeFileSync(certFile, toPem(getTestPki().client));
    const certOrNot = fc.constantFrom(certFile, '/nonexistent/cert.pem', cwd, '');
    const badEndpoint = fc.constantFrom('', 'not a url', 'ftp://host', 'http://', 'https://', 'https://exa mple', '::');
    try {
      await fc.assert(fc.asyncProperty(
        fc.array(token, { maxLength: 8 }),
        fc.dictionary(fc.constantFrom(...ENV_KEYS), envValue),
        certOrNot,
        badEndpoint,
        async (argv, rest, cert, endpoint) => {
          const env = { ...rest, ASM_CERT_FILE: cert, ASM_ENDPOINT: endpoint };
          let out = '';
          const stream = { write: (text: string) => { out += text; return true; } };
          // No endpoint that answers: nothing here may reach a network.
          const code = await runCli(argv, { stdout: stream, stderr: stream, env: { ...env, ASM_EMULATOR_DIR: join(cwd, 'none') }, cwd, abortSignal: AbortSignal.timeout(5_000) });
          assert.ok([0, 1, 2, 3].includes(code), `exit ${code} for ${JSON.stringify(argv)} ${JSON.stringify(env)}`);
          assert.doesNotMatch(out, /\n\s+at .+\(.+:\d+:\d+\)|\n\s+at [^\s]+:\d+:\d+/, `a stack trace for ${JSON.stringify(argv)}:\n${out}`);
        },
      ), { numRuns: 300 });
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

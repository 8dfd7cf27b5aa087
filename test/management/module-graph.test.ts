import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { getTestPki } from '../helpers/pki.ts';

const run = promisify(execFile);
const ENTRY = new URL('../../src/management/index.ts', import.meta.url).pathname;

// A fresh process is the thing under test here: what importing the core and loading a PEM certificate loads.
const SCRIPT = `
import { createRequire } from 'node:module';
const { ManagementCertificate } = await import(${JSON.stringify(ENTRY)});
ManagementCertificate.fromPem(process.env.TEST_PEM);
const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => file.replace(/^.*node_modules\\//, ''));
console.log(JSON.stringify(loaded));
`;

describe('what the management core loads', () => {
  it('a PEM certificate needs neither node-forge nor undici beyond its connection pool; XML is read by saxes', async () => {
    const pki = getTestPki();
    const { stdout } = await run(process.execPath, ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', SCRIPT], {
      env: { ...process.env, TEST_PEM: pki.client.certPem + pki.client.keyPem },
      encoding: 'utf8',
    });
    const loaded = JSON.parse(stdout) as string[];
    assert.ok(loaded.includes('undici/lib/dispatcher/agent.js'), 'the connection pool is loaded');
    assert.ok(loaded.includes('saxes/saxes.js'), 'saxes (XML reading) is loaded');
    assert.deepEqual(loaded.filter((file) => file.startsWith('node-forge/')), []);
    assert.equal(loaded.includes('undici/index.js'), false, "undici's main module (fetch, WebSocket, caches) is not");
    const xml = (file: string) => file === 'saxes/saxes.js' || file.startsWith('xmlchars/');
    assert.deepEqual(loaded.filter((file) => !file.startsWith('undici/lib/') && !xml(file)), []);
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { Agent, request } from 'undici';

const MAIN = new URL('../../src/emulator/main.ts', import.meta.url).pathname;

describe('asm-emulator command (src/emulator/main.ts)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'asm-emulator-main-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints exactly one JSON line when ready, serves requests, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN, '--port', '0', '--data-dir', dataDir, '--operation-delay-ms', '10'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdoutLines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    lines.on('line', (line) => stdoutLines.push(line));
    const ready = JSON.parse(first) as Record<string, string>;
    assert.deepEqual(Object.keys(ready), ['url', 'subscriptionId', 'caFile', 'certFile', 'pfxFile', 'publishSettingsFile']);
    for (const file of [ready['caFile'], ready['certFile'], ready['pfxFile'], ready['publishSettingsFile']]) assert.ok(existsSync(file ?? ''), file);

    const pem = readFileSync(ready['certFile'] ?? '', 'utf8');
    const agent = new Agent({ connect: { ca: readFileSync(ready['caFile'] ?? '', 'utf8'), cert: pem, key: pem } });
    const response = await request(`${ready['url']}/${ready['subscriptionId']}/locations`, { headers: { 'x-ms-version': '2014-10-01' }, dispatcher: agent });
    assert.equal(response.statusCode, 200);
    await response.body.text();
    await agent.close();

    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
    assert.deepEqual(stdoutLines, [], 'nothing else on stdout');
    assert.match(stderr, /listening on https:\/\/127\.0\.0\.1:\d+/);
    assert.ok(existsSync(join(dataDir, 'state.json')));
  });

  it('--in-memory --host: serves on that interface and keeps no state file', async () => {
    const memoryDir = join(dataDir, 'in-memory');
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN, '--port', '0', '--host', '127.0.0.1', '--in-memory', '--data-dir', memoryDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    assert.match((JSON.parse(first) as { url: string }).url, /^https:\/\/127\.0\.0\.1:\d+$/);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
    assert.ok(existsSync(join(memoryDir, 'client.pem')), 'credentials are still written');
    assert.equal(existsSync(join(memoryDir, 'state.json')), false);
  });

  it('refuses a bad option with exit code 2 and the usage', async () => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN, '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /--port must be a whole number/);
    assert.match(stderr, /Usage: asm-emulator/);
  });
});

// npm start itself is under test here, so it runs as a process: the first line, Ctrl-C, a second start.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/index.ts';
import { CERTIFICATE_NAME } from '../../../src/local/stack/app-settings.ts';

const MAIN = new URL('../../../src/local/stack/main.ts', import.meta.url).pathname;
const dirs: string[] = [];
const children: ChildProcess[] = [];
// A failed assertion must not leave a stack running.
after(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGINT');
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

interface Started { child: ChildProcess; info: Record<string, any>; rest: () => string; exit: Promise<number | null> }

async function start(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk) => { err += chunk; });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const first = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    void exit.then((code) => reject(new Error(`npm start exited with ${code}: ${err}`)));
  });
  return { child, info: JSON.parse(first), rest: () => out + err, exit };
}

const api = async (info: Record<string, any>, path: string, body?: unknown) =>
  (await fetch(`${info.slack}api/${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) })).json() as Promise<any>;

test('npm start prints the one JSON line first, runs the bot, keeps state in its data dir across a restart, and stops on Ctrl-C', { timeout: 90_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'stack-main-'));
  dirs.push(dir);
  const first = await start(['--data-dir', join(dir, '.local')]);
  const { info } = first;
  assert.deepEqual(Object.keys(info), ['slack', 'functions', 'emulator', 'keyVault', 'azurite', 'signingSecret', 'channel', 'users']);
  assert.match(info.slack, /^http:\/\/127\.0\.0\.1:\d+\/sim\/$/);
  assert.match(info.emulator, /^https:\/\/127\.0\.0\.1:\d+$/);
  assert.match(info.signingSecret, /^[0-9a-f]{32}$/);
  assert.deepEqual(Object.keys(info.users), ['alice', 'bob', 'carol']);
  assert.match(first.rest(), /Ctrl-C stops everything/);

  // A signed slash command through the simulator reaches the app in the dev host, and it answers.
  const help = await api(info, 'command', { user: 'carol', channel: '#ops', text: '/asm help' });
  assert.equal(help.ok, true, JSON.stringify(help));
  assert.equal((await api(info, 'message', { user: 'alice', channel: '#ops', text: 'kept across restarts' })).ok, true);
  // The CLI finds the running stack's emulator in the data dir, as `npx asm` does.
  let cliOut = '';
  const code = await runCli(['storage', 'list', '--json'], { stdout: { write: (t: string) => (cliOut += t) }, stderr: { write: () => true }, env: {}, cwd: dir });
  assert.equal(code, 0, cliOut);
  assert.ok(Array.isArray(JSON.parse(cliOut)));

  first.child.kill('SIGINT');
  assert.equal(await first.exit, 0);
  // The vault is kept too, readable by its owner only.
  const vaultFile = join(dir, '.local', 'key-vault', 'vault.json');
  assert.equal((await stat(vaultFile)).mode & 0o777, 0o600);
  const certificateVersions = async () => JSON.parse(await readFile(vaultFile, 'utf8')).secrets[CERTIFICATE_NAME.toLowerCase()].length;
  assert.equal(await certificateVersions(), 1);
  const second = await start(['--data-dir', join(dir, '.local')]);
  try {
    const history = await api(second.info, 'messages?channel=%23ops');
    assert.ok(history.messages.some((m: { text: string }) => m.text === 'kept across restarts'));
    assert.notEqual(second.info.signingSecret, info.signingSecret);
    // The emulator's certificate is the same: not imported again.
    assert.equal(await certificateVersions(), 1);
  } finally {
    second.child.kill('SIGINT');
    assert.equal(await second.exit, 0);
  }
});

test('a bad flag is a usage error', { timeout: 30_000 }, async () => {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN, '--slack-port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (chunk) => { err += chunk; });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 2);
  assert.match(err, /--slack-port must be a whole number/);
  assert.match(err, /Usage: npm start/);
});

// The local stack as `npm start -- --in-memory` runs it, and Debian's Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface StackInfo {
  readonly slack: string;
  readonly functions: string;
  readonly emulator: string;
  readonly keyVault: string;
  readonly signingSecret: string;
  readonly channel: string;
  readonly users: { readonly alice: string; readonly bob: string; readonly carol: string };
}

export interface RunningStack {
  readonly info: StackInfo;
  /** Everything the stack printed so far, stdout and stderr. */
  logs(): string;
  /** Milliseconds from the spawn to the JSON line. */
  readonly readyMs: number;
  stop(): Promise<number | null>;
}

const MAIN = new URL('../../src/local/stack/main.ts', import.meta.url).pathname;

export async function startStack(): Promise<RunningStack> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN, '--in-memory'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk) => { err += chunk; });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    void exit.then((code) => reject(new Error(`npm start exited with ${code}:\n${err}`)));
  });
  const readyMs = performance.now() - started;
  return {
    info: JSON.parse(line) as StackInfo,
    readyMs,
    logs: () => `${out}\n${err}`,
    stop: async () => {
      child.kill('SIGINT');
      return exit;
    },
  };
}

/** Chromium from Debian, never a downloaded browser, with a fresh profile. */
export async function launchChromium(): Promise<BrowserContext> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'e2e-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1360, height: 860 },
  });
}

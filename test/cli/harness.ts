// Runs the real `asm` CLI (src/cli/main.ts, as `npx node src/cli/main.ts` would) in a child process
// against a real emulator on port 0, in a scratch working directory.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';

export const CLI_MAIN = resolve(import.meta.dirname, '../../src/cli/main.ts');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliEnvironment {
  readonly emulator: RunningEmulator;
  /** Working directory of the CLI; its `.local/emulator` points at the emulator's data dir. */
  readonly cwd: string;
  readonly secretsDir: string;
  run(args: readonly string[], options?: { readonly env?: Record<string, string>; readonly cwd?: string }): Promise<CliRun>;
  /** Runs with `--json`, expects the exit code, and returns the parsed stdout. */
  json<T = unknown>(args: readonly string[], expectedCode?: number, options?: { readonly env?: Record<string, string>; readonly cwd?: string }): Promise<T>;
  close(): Promise<void>;
}

/** The parent's environment without any ASM_* setting, so only what a test passes counts. */
function cleanEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith('ASM_') && v !== undefined)) as Record<string, string>;
}

export function runCli(args: readonly string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', CLI_MAIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

export interface CliEnvironmentOptions {
  readonly operationDelayMs?: number;
  /** The emulator's log: one line per request, written right after its response. */
  readonly log?: (line: string) => void;
}

export async function startCliEnvironment(options: CliEnvironmentOptions = {}): Promise<CliEnvironment> {
  const emulator = await startEmulator({
    port: 0, inMemory: true, operationDelayMs: options.operationDelayMs ?? 50, ...(options.log ? { log: options.log } : {}),
  });
  const cwd = mkdtempSync(join(tmpdir(), 'asm-cli-'));
  mkdirSync(join(cwd, '.local'));
  symlinkSync(emulator.dataDir, join(cwd, '.local', 'emulator'));
  const secretsDir = join(cwd, '.local', 'secrets');
  const baseEnv = { ...cleanEnv(), ASM_POLL_INTERVAL_MS: '25' };
  const run = (args: readonly string[], o: { readonly env?: Record<string, string>; readonly cwd?: string } = {}) => runCli(args, o.cwd ?? cwd, { ...baseEnv, ...o.env });
  return {
    emulator, cwd, secretsDir, run,
    async json<T>(args: readonly string[], expectedCode = 0, o: { readonly env?: Record<string, string>; readonly cwd?: string } = {}): Promise<T> {
      const result = await run([...args, '--json'], o);
      if (result.code !== expectedCode) throw new Error(`asm ${args.join(' ')} exited ${result.code}, expected ${expectedCode}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
      return JSON.parse(result.stdout) as T;
    },
    async close() {
      await emulator.close();
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

// The real `asm` CLI against a real emulator on port 0, in a scratch working directory. `run` calls
// the CLI in this process through `runCli(argv, io)`, as src/cli/main.ts does; `spawnCli` starts
// a process, for the few tests where the process itself (exit code, streams, signals) is under test.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.ts';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.ts';

export const CLI_MAIN = resolve(import.meta.dirname, '../../src/cli/main.ts');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

export interface CliEnvironment {
  readonly emulator: RunningEmulator;
  /** Working directory of the CLI; its `.local/emulator` points at the emulator's data dir. */
  readonly cwd: string;
  readonly secretsDir: string;
  /** The parent's environment without ASM_* settings, plus a short poll interval: what `run` starts from. */
  readonly baseEnv: Readonly<Record<string, string>>;
  run(args: readonly string[], options?: RunOptions): Promise<CliRun>;
  /** Runs with `--json`, expects the exit code, and returns the parsed stdout. */
  json<T = unknown>(args: readonly string[], expectedCode?: number, options?: RunOptions): Promise<T>;
  close(): Promise<void>;
}

/** The parent's environment without any ASM_* setting, so only what a test passes counts. */
function cleanEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith('ASM_') && v !== undefined)) as Record<string, string>;
}

/** `asm <args>` in this process, its output kept; stdout and stderr are not terminals, as when piped. */
export async function runInProcess(args: readonly string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => { stdout += text; return true; } },
    stderr: { write: (text: string) => { stderr += text; return true; } },
    env, cwd,
  });
  return { code, stdout, stderr };
}

/** `node src/cli/main.ts <args>` in a child process. */
export function spawnCli(args: readonly string[], cwd: string, env: Record<string, string>, main: readonly string[] = [CLI_MAIN]): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', ...main, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  const run = (args: readonly string[], o: RunOptions = {}) => runInProcess(args, o.cwd ?? cwd, { ...baseEnv, ...o.env });
  return {
    emulator, cwd, secretsDir, baseEnv, run,
    async json<T>(args: readonly string[], expectedCode = 0, o: RunOptions = {}): Promise<T> {
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

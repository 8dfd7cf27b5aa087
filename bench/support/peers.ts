// Starts the warm peers (one process per client, kept for the whole run) and the cold runs.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { promisify } from 'node:util';

const run = promisify(execFile);
const NODE = [process.execPath, '--disable-warning=ExperimentalWarning'];

export interface PeerSpec {
  readonly name: string;
  readonly command: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

export class WarmPeer {
  readonly name: string;
  readonly #child: ChildProcess;
  readonly #lines: AsyncIterator<string>;

  private constructor(name: string, child: ChildProcess, lines: Interface) {
    this.name = name;
    this.#child = child;
    this.#lines = lines[Symbol.asyncIterator]();
  }

  static async start(spec: PeerSpec, argument: string): Promise<WarmPeer> {
    const [command, ...args] = spec.command;
    const child = spawn(command!, [...args, argument], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...spec.env } });
    const peer = new WarmPeer(spec.name, child, createInterface({ input: child.stdout! }));
    await peer.#answer();
    return peer;
  }

  async ask(task: Record<string, unknown>): Promise<number> {
    this.#child.stdin!.write(`${JSON.stringify(task)}\n`);
    return (await this.#answer()) as number;
  }

  async #answer(): Promise<unknown> {
    const next = await this.#lines.next();
    if (next.done) throw new Error(`${this.name} exited`);
    const answer = JSON.parse(next.value) as { value?: unknown; error?: string; ready?: boolean };
    if (answer.error !== undefined) throw new Error(`${this.name}: ${answer.error}`);
    return answer.value ?? answer.ready;
  }

  stop(): void {
    this.#child.stdin!.end();
    this.#child.kill('SIGTERM');
  }
}

/** One fresh process: import (or require) the client and complete one list call. */
export async function coldRun(spec: PeerSpec, argument: string): Promise<{ importMs: number; firstCallMs: number }> {
  const [command, ...args] = spec.command;
  const { stdout } = await run(command!, [...args, argument], { env: { ...process.env, ...spec.env }, encoding: 'utf8' });
  return JSON.parse(stdout) as { importMs: number; firstCallMs: number };
}

export const node = (...args: string[]): string[] => [...NODE, ...args];

import { fileURLToPath } from 'node:url';
import type { HostLogger } from '../../../src/local/functions-host/index.ts';

export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/app/${name}`, import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A logger that keeps every line, for asserting on what the host said. */
export function captureLogger(): HostLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => void lines.push(`info ${line}`),
    warn: (line) => void lines.push(`warn ${line}`),
    error: (line) => void lines.push(`error ${line}`),
  };
}

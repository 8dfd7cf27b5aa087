import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export interface RecordedInteraction {
  readonly method: string;
  /** Path and query below the host, e.g. `/0000…/services/hostedservices?x=y`. */
  readonly target: string;
  readonly version: string | undefined;
  readonly body: string;
  readonly status: number;
  readonly responseHeaders: Record<string, string>;
  readonly responseBody: string;
}

export interface Recording {
  readonly name: string;
  readonly interactions: readonly RecordedInteraction[];
}

const REPO_ROOT = new URL('../../../', import.meta.url).pathname;

/** `ASM_RECORDINGS_DIR`, else `../shared/asm/recordings`, relative to the repository root. */
export function recordingsDir(): string {
  return resolve(REPO_ROOT, process.env['ASM_RECORDINGS_DIR'] ?? '../shared/asm/recordings');
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return String(value);
}

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? text(value[0]) : value === undefined ? undefined : text(value);
}

export function loadRecordings(dir: string): Recording[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const doc = parse(readFileSync(join(dir, file), 'utf8')) as { interactions: Array<Record<string, any>> };
      return {
        name: file.replace(/\.yaml$/, ''),
        interactions: doc.interactions.map((interaction) => {
          const request = interaction['request'] as Record<string, any>;
          const response = interaction['response'] as Record<string, any>;
          const url = new URL(String(request['uri']));
          const responseHeaders: Record<string, string> = {};
          for (const [key, value] of Object.entries((response['headers'] ?? {}) as Record<string, unknown>)) {
            responseHeaders[key.toLowerCase()] = Array.isArray(value) ? text(value[0]) : text(value);
          }
          return {
            method: String(request['method']),
            target: url.pathname + url.search,
            version: header(request['headers'], 'x-ms-version'),
            body: text(request['body']),
            status: Number(response['status']?.['code']),
            responseHeaders,
            responseBody: text(response['body']?.['string']),
          };
        }),
      };
    });
}

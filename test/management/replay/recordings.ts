// Loads the recorded traffic with the live service (vcrpy YAML), which stays outside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';

export interface RecordedInteraction {
  readonly method: string;
  /** Path and query relative to the subscription, e.g. `/services/hostedservices?x=y`. */
  readonly path: string;
  readonly xmsVersion: string | undefined;
  readonly requestBody: string | undefined;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly responseBody: string;
}

export interface Recording {
  readonly name: string;
  readonly interactions: readonly RecordedInteraction[];
}

export const RECORDED_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';

export function recordingsDir(): string {
  return resolve(process.env['ASM_RECORDINGS_DIR'] ?? '../shared/asm/recordings');
}

export function loadRecordings(dir = recordingsDir()): Recording[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ name: file.replace(/\.yaml$/, ''), interactions: parseRecording(readFileSync(join(dir, file), 'utf8')) }));
}

interface VcrInteraction {
  request: { method: string; uri: string; body: unknown; headers?: Record<string, string[] | string> };
  response: { status: { code: number }; headers?: Record<string, string[] | string>; body?: { string?: string } };
}

function parseRecording(text: string): RecordedInteraction[] {
  const doc = YAML.parse(text) as { interactions?: VcrInteraction[] };
  return (doc.interactions ?? []).map((interaction) => {
    const url = new URL(interaction.request.uri);
    const prefix = `/${RECORDED_SUBSCRIPTION}`;
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const requestHeaders = flatten(interaction.request.headers);
    return {
      method: interaction.request.method,
      path: path + url.search,
      xmsVersion: requestHeaders['x-ms-version'],
      requestBody: bodyText(interaction.request.body),
      status: interaction.response.status.code,
      headers: flatten(interaction.response.headers),
      responseBody: interaction.response.body?.string ?? '',
    };
  });
}

function flatten(headers: Record<string, string[] | string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  return out;
}

function bodyText(body: unknown): string | undefined {
  if (body === null || body === undefined || body === '') return undefined;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  return String(body);
}

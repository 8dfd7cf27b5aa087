// What keeps `npm run test:conformance` honest: in CI the recordings must be there, and every
// operation docs/conformance.md lists as proven must have been replayed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/** `ASM_RECORDINGS_DIR`, else `../shared/asm/recordings`, relative to the repository root. */
export function recordingsDirFromRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(REPO_ROOT, env['ASM_RECORDINGS_DIR'] ?? '../shared/asm/recordings');
}

/** Why the recordings cannot be checked, or undefined when there are some. */
export function missingRecordings(dir: string): string | undefined {
  if (!existsSync(dir)) return `no recordings directory at ${dir}`;
  const count = readdirSync(dir).filter((file) => file.endsWith('.yaml')).length;
  return count === 0 ? `no recordings (*.yaml) in ${dir}` : undefined;
}

export interface ProvenOperation {
  readonly operation: string;
  readonly recordings: number;
  /** A recording named in the table as proving it. */
  readonly example: string;
}

/** The rows of the "Operations proven against a recording" table. */
export function provenInDocs(markdown = readFileSync(resolve(REPO_ROOT, 'docs/conformance.md'), 'utf8')): ProvenOperation[] {
  const start = markdown.search(/^## Operations proven against a recording\s*$/m);
  if (start < 0) throw new Error('docs/conformance.md has no "## Operations proven against a recording" section; the guard reads that table.');
  const section = markdown.slice(start).split(/\n(?=## )/)[0] ?? '';
  const rows: ProvenOperation[] = [];
  for (const line of section.split('\n')) {
    const cells = /^\|\s*`([\w.]+)`\s*\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|\s*$/.exec(line);
    if (cells) rows.push({ operation: cells[1]!, recordings: Number(cells[2]), example: cells[3]! });
  }
  if (rows.length === 0) throw new Error('The "Operations proven against a recording" table in docs/conformance.md has no rows the guard can read (| `group.method` | count | recording |).');
  return rows;
}

/** One line per documented operation the replay did not prove (or not with its example recording). */
export function unproven(documented: readonly ProvenOperation[], exercised: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const problems: string[] = [];
  for (const { operation, example } of documented) {
    const files = exercised.get(operation);
    if (files === undefined || files.size === 0) problems.push(`${operation}: listed as proven in docs/conformance.md, not exercised by the replay`);
    else if (!files.has(example)) problems.push(`${operation}: docs/conformance.md names ${example}, the replay proved it with ${[...files].join(', ')}`);
  }
  return problems;
}

import { CATALOG, CommandError } from '../commands/index.ts';

/** The CLI's own options; everything else is the command (and its options). */
export interface CliOptions {
  readonly endpoint?: string;
  readonly subscription?: string;
  readonly cert?: string;
  readonly certPassword?: string;
  readonly ca?: string;
  readonly json: boolean;
  /** `--dry-run` / `--no-wait` written before the command (after it, the command parser reads them). */
  readonly dryRun: boolean;
  readonly noWait: boolean;
  readonly timeoutMs?: number;
}

const VALUE_OPTIONS = ['endpoint', 'subscription', 'cert', 'cert-password', 'ca', 'timeout'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** `90`, `90s`, `5m`, `1h`, `500ms` → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (match === null) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  const value = Number(match[1]) * unit;
  return value > 0 ? value : undefined;
}

const usage = (message: string, hint: string) => new CommandError({ code: 'CLI_USAGE', kind: 'usage', message, hint });

/** `--name=value` → ['name', 'value'], `--name` → ['name', undefined]; anything else has no name. */
function optionParts(word: string): readonly [string, string | undefined] {
  if (!word.startsWith('--')) return ['', undefined];
  const equals = word.indexOf('=');
  return equals === -1 ? [word.slice(2), undefined] : [word.slice(2, equals), word.slice(equals + 1)];
}

/** `--json` before any `--`: after it, `--json` is a value like any other word. */
export function jsonRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

const HELP_WORDS = new Set(['help', '--help', '-h', '?']);
const RESOURCE_WORDS = new Set(CATALOG.resources.flatMap((r) => [r.name, ...r.aliases].map((w) => w.toLowerCase())));

/**
 * `asm -- vm list …`: the `--` ended the options before the command began. The command language
 * reads a `--` only after `<resource> <action>`, so it is moved there: still nothing after it is
 * an option, for `asm` or for the command.
 */
function commandAfterEnd(rest: readonly string[]): string[] {
  const [first = '', second = ''] = rest;
  if (HELP_WORDS.has(first.toLowerCase())) return [...rest];
  const resourceLength = RESOURCE_WORDS.has(`${first} ${second}`.toLowerCase()) ? 2 : 1;
  const head = rest.slice(0, resourceLength + 1);
  return rest.length > head.length ? [...head, '--', ...rest.slice(head.length)] : [...rest];
}

/** Takes the CLI's options out of argv, wherever they are; the rest is the command. `--` ends options everywhere. */
export function splitCliOptions(argv: readonly string[]): { readonly options: CliOptions; readonly command: string[] } {
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = { json: false, dryRun: false, noWait: false };
  const command: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') {
      command.push(...(command.length === 0 ? commandAfterEnd(argv.slice(i + 1)) : argv.slice(i)));
      break;
    }
    if (word === '--json') flags.json = true;
    else if (word === '--dry-run') flags.dryRun = true;
    else if (word === '--no-wait') flags.noWait = true;
    else {
      const [name, inline] = optionParts(word);
      if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
        command.push(word);
        continue;
      }
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw usage(`--${name} needs a value.`, `Write \`--${name} <value>\`; see \`asm help\`.`);
      }
      if (inline === undefined) i++;
      values[name as ValueOption] = value;
    }
  }
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    timeoutMs = parseDuration(values.timeout);
    if (timeoutMs === undefined) {
      throw usage(`--timeout ${values.timeout} is not a duration.`, 'Write seconds (`--timeout 600`) or with a unit: 90s, 10m, 1h.');
    }
  }
  return {
    options: {
      ...flags,
      ...(values.endpoint !== undefined ? { endpoint: values.endpoint } : {}),
      ...(values.subscription !== undefined ? { subscription: values.subscription } : {}),
      ...(values.cert !== undefined ? { cert: values.cert } : {}),
      ...(values['cert-password'] !== undefined ? { certPassword: values['cert-password'] } : {}),
      ...(values.ca !== undefined ? { ca: values.ca } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    },
    command,
  };
}

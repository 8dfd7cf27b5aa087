import type { Plan, Risk } from '../plan/types.ts';
import type { PlanContext, PlanDraft } from '../plan/context.ts';
import type { PlanOutcome } from '../plan/outcome.ts';
import type { ViewDoc } from '../views/doc.ts';

export type Check =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly expected: string; readonly suggestions?: readonly string[] };

/** How a value is written, checked and normalized (`west-us` → `West US`, `PRODUCTION` → `production`). */
export interface ValueType {
  /** e.g. "cloud service name". */
  readonly label: string;
  /** e.g. "1–63 letters, digits and hyphens, not starting or ending with a hyphen". */
  readonly expected: string;
  /** How many words the value may span: a location (`West US`) or an SSH public key. */
  readonly words?: 'location' | 'ssh-key';
  /** Allowed values, when the type is a fixed set (shown in help). */
  readonly values?: readonly string[];
  check(value: string): Check;
}

export interface ArgSpec {
  readonly name: string;
  readonly type: ValueType;
  readonly required: boolean;
  readonly description: string;
}

export interface OptionSpec {
  /** Without the dashes, lower case: `ssh-key`. */
  readonly name: string;
  readonly description: string;
  /** Absent for a flag (`--start`). */
  readonly type?: ValueType;
  /** Placeholder in help, e.g. `url`. */
  readonly valueName?: string;
  readonly required?: boolean;
}

/** What the parser and help need to know about a command. */
export interface CommandSyntax {
  readonly resource: string;
  readonly action: string;
  readonly summary: string;
  /** More than the summary, shown by `<resource> <action> --help` (e.g. which related resources a delete takes). */
  readonly details?: string;
  readonly args: readonly ArgSpec[];
  readonly options: readonly OptionSpec[];
  readonly risk: Risk;
  readonly examples: readonly string[];
  /** Cross-field rules (e.g. "a location or --affinity-group, not both"); a sentence when broken. */
  readonly check?: (input: CommandInput) => InputProblem | undefined;
}

export interface InputProblem {
  readonly code: 'MISSING_ARGUMENT' | 'CONFLICTING_OPTIONS' | 'MISSING_OPTION' | 'INVALID_ARGUMENT';
  readonly message: string;
  readonly hint: string;
}

/** A parsed, validated command's values: arguments and options by name. */
export interface CommandInput {
  readonly args: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string | true>>;
}

export interface CommandSpec extends CommandSyntax {
  /** The management calls this command makes, in order. */
  plan(input: CommandInput, context: PlanContext): Promise<PlanDraft>;
  /** The command's result as JSON (the management core's models, or the steps of a change). */
  result(outcome: PlanOutcome, input: CommandInput, plan: Plan): unknown;
  /** How the result reads for people. */
  view(report: CommandReport): ViewDoc;
}

/** A command that ran: what was planned, what happened, and the result. */
export interface CommandReport {
  readonly input: CommandInput;
  readonly plan: Plan;
  readonly outcome: PlanOutcome;
  readonly result: unknown;
}

export interface ResourceSpec {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary: string;
}

export interface Catalog {
  readonly resources: readonly ResourceSpec[];
  readonly commands: readonly CommandSyntax[];
}

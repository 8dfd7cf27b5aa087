import type { ParseError } from './parse-error.ts';

/** A command ready to plan: canonical names, validated and normalized values. */
export interface RunCommand {
  readonly kind: 'run';
  /** `vm create` */
  readonly id: string;
  readonly resource: string;
  readonly action: string;
  readonly args: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string | true>>;
  /** Show the plan, call nothing. */
  readonly dryRun: boolean;
  /** Return once the (last) asynchronous call is submitted. */
  readonly noWait: boolean;
  /** The command in canonical form, e.g. `vm create myvm "West US" --size Small`. */
  readonly text: string;
}

export interface HelpCommand {
  readonly kind: 'help';
  readonly resource?: string;
  readonly action?: string;
}

export type ParsedCommand = RunCommand | HelpCommand;

export type ParseResult =
  | { readonly ok: true; readonly command: ParsedCommand }
  | { readonly ok: false; readonly error: ParseError };

/** Why a command could not run, for the exit code and for what the person should do. */
export type CommandErrorKind = 'usage' | 'service' | 'auth';

export interface CommandErrorInit {
  readonly code: string;
  readonly message: string;
  /** What to do next. */
  readonly hint: string;
  readonly kind: CommandErrorKind;
  readonly cause?: unknown;
}

/** The one error type of the command layer (planning, secrets, configuration downloads). */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  readonly code: string;
  readonly hint: string;
  readonly kind: CommandErrorKind;

  constructor(init: CommandErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.hint = init.hint;
    this.kind = init.kind;
  }
}

export function isCommandError(value: unknown): value is CommandError {
  return value instanceof CommandError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'CommandError');
}

import type { CommandErrorKind } from '../command-error.ts';
import type { ErrorInfo } from './outcome.ts';

const KINDS: readonly unknown[] = ['usage', 'service', 'auth'] satisfies readonly CommandErrorKind[];
const isKind = (value: unknown): value is CommandErrorKind => KINDS.includes(value);

interface Fields {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly statusCode?: unknown;
  readonly requestId?: unknown;
  readonly name?: unknown;
  readonly hint?: unknown;
  readonly kind?: unknown;
}

/**
 * Flattens any failure into what views show; other fields (causes, stacks) stay out of outputs.
 * The hint and kind of a CommandError (or of an ErrorInfo read back from an outcome) are kept, so
 * a usage error raised while a step ran is still a usage error afterwards.
 */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (typeof error !== 'object' || error === null) return { code: 'UnexpectedError', message: String(error) };
  const e = error as Fields;
  const code = typeof e.code === 'string' ? e.code : e.name === 'AbortError' ? 'Aborted' : 'UnexpectedError';
  return {
    code,
    message: typeof e.message === 'string' && e.message !== '' ? e.message : String(error),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    ...(typeof e.requestId === 'string' ? { requestId: e.requestId } : {}),
    ...(typeof e.hint === 'string' ? { hint: e.hint } : {}),
    ...(isKind(e.kind) ? { kind: e.kind } : {}),
  };
}

export const isNotFound = (error: unknown): boolean => {
  const e = error as { code?: unknown; statusCode?: unknown } | null;
  return typeof e === 'object' && e !== null && (e.code === 'ResourceNotFound' || e.statusCode === 404);
};

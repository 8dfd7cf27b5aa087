import { isCommandError } from '../command-error.ts';
import type { ErrorInfo } from './outcome.ts';

/** Flattens any failure into what views show; other fields (causes, stacks) stay out of outputs. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (typeof error === 'object' && error !== null) {
    const e = error as { code?: unknown; message?: unknown; statusCode?: unknown; requestId?: unknown; name?: unknown };
    const code = typeof e.code === 'string' ? e.code : e.name === 'AbortError' ? 'Aborted' : 'UnexpectedError';
    return {
      code,
      message: typeof e.message === 'string' && e.message !== '' ? e.message : String(error),
      ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
      ...(typeof e.requestId === 'string' ? { requestId: e.requestId } : {}),
      ...(isCommandError(error) ? { hint: error.hint } : {}),
    };
  }
  return { code: 'UnexpectedError', message: String(error) };
}

export const isNotFound = (error: unknown): boolean => {
  const e = error as { code?: unknown; statusCode?: unknown } | null;
  return typeof e === 'object' && e !== null && (e.code === 'ResourceNotFound' || e.statusCode === 404);
};

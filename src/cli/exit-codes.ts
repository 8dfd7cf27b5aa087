import type { CommandErrorKind } from '../commands/index.ts';

/** 0 success, 1 the service or an operation failed, 2 usage error, 3 certificate or authentication problem. */
export const EXIT = { ok: 0, failed: 1, usage: 2, auth: 3 } as const;

export function exitCodeFor(kind: CommandErrorKind): number {
  return kind === 'usage' ? EXIT.usage : kind === 'auth' ? EXIT.auth : EXIT.failed;
}

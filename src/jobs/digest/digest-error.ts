/** Stable codes of the digest errors; the message says what to do next. */
export type DigestErrorCode =
  | 'DIGEST_USAGE'
  | 'DIGEST_INVALID_TIME'
  | 'DIGEST_UNKNOWN_WEEKDAY'
  | 'DIGEST_UNKNOWN_TIME_ZONE'
  | 'DIGEST_NOT_SCHEDULED'
  | 'DIGEST_NO_BINDING'
  | 'DIGEST_STORE_FAILED';

export class DigestError extends Error {
  override readonly name = 'DigestError';
  readonly code: DigestErrorCode;
  constructor(code: DigestErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export const isDigestError = (error: unknown): error is DigestError =>
  error instanceof DigestError || (error as { name?: unknown } | null)?.name === 'DigestError';

/** Why the Table Storage job store refused a job it was given (the store itself is fine). */
export type TableJobStoreErrorCode = 'JOB_TOO_LARGE' | 'JOB_INVALID';

export class TableJobStoreError extends Error {
  override readonly name = 'TableJobStoreError';
  readonly code: TableJobStoreErrorCode;
  readonly jobId: string;
  constructor(code: TableJobStoreErrorCode, jobId: string, message: string) {
    super(message);
    this.code = code;
    this.jobId = jobId;
  }
}

/** The HTTP status of a failed Table Storage call, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

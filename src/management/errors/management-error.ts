export interface ManagementErrorInit {
  /** The service's `<Error><Code>`, or one of `MANAGEMENT_ERROR_CODES`. */
  code: string;
  message: string;
  statusCode?: number;
  requestId?: string;
  isRetryable?: boolean;
  details?: Readonly<Record<string, unknown>>;
  cause?: unknown;
}

/** The one error type of the management core: service answers, network, TLS and credential problems. */
export class ManagementError extends Error {
  override readonly name = 'ManagementError';
  readonly code: string;
  readonly statusCode?: number;
  readonly requestId?: string;
  readonly isRetryable: boolean;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(init: ManagementErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    if (init.statusCode !== undefined) this.statusCode = init.statusCode;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    this.isRetryable = init.isRetryable ?? false;
    if (init.details !== undefined) this.details = init.details;
  }
}

/** True for a ManagementError, also one created by another copy of this module (checked by name). */
export function isManagementError(value: unknown): value is ManagementError {
  if (value instanceof ManagementError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return candidate.name === 'ManagementError' && typeof candidate.code === 'string';
}

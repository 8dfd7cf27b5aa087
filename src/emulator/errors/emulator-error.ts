/**
 * An error the emulator answers with, shaped like the service's `<Error><Code/><Message/></Error>`.
 * Handlers throw it; the pipeline's error step turns it into the response.
 */
export class EmulatorError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(statusCode: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'EmulatorError';
    this.statusCode = statusCode;
    this.code = code;
    this.headers = headers;
  }
}

export function isEmulatorError(value: unknown): value is EmulatorError {
  return value instanceof EmulatorError || (value instanceof Error && value.name === 'EmulatorError');
}

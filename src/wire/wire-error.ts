export const WIRE_ERROR_CODES = {
  malformedXml: 'MalformedXml',
  wrongRootElement: 'WrongRootElement',
  unexpectedElement: 'UnexpectedElement',
  outOfOrderElement: 'OutOfOrderElement',
  duplicateElement: 'DuplicateElement',
  invalidValue: 'InvalidValue',
} as const;

export type WireErrorCode = (typeof WIRE_ERROR_CODES)[keyof typeof WIRE_ERROR_CODES];

/** An XML document that does not match its wire schema. `element` is the path of the offending element. */
export class WireError extends Error {
  override readonly name = 'WireError';
  readonly code: WireErrorCode;
  readonly element: string | undefined;

  constructor(code: WireErrorCode, message: string, element?: string) {
    super(message);
    this.code = code;
    this.element = element;
  }
}

export function isWireError(error: unknown): error is WireError {
  return error instanceof WireError || (error instanceof Error && error.name === 'WireError' && 'code' in error);
}

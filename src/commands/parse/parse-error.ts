/** Stable codes of the command-language errors (parse and validation). */
export const PARSE_ERROR_CODES = {
  EmptyInput: 'EMPTY_INPUT',
  InputTooLong: 'INPUT_TOO_LONG',
  UnterminatedQuote: 'UNTERMINATED_QUOTE',
  UnknownResource: 'UNKNOWN_RESOURCE',
  MissingAction: 'MISSING_ACTION',
  UnknownAction: 'UNKNOWN_ACTION',
  UnknownOption: 'UNKNOWN_OPTION',
  DuplicateOption: 'DUPLICATE_OPTION',
  MissingOptionValue: 'MISSING_OPTION_VALUE',
  InvalidOptionValue: 'INVALID_OPTION_VALUE',
  MissingOption: 'MISSING_OPTION',
  ConflictingOptions: 'CONFLICTING_OPTIONS',
  MissingArgument: 'MISSING_ARGUMENT',
  TooManyArguments: 'TOO_MANY_ARGUMENTS',
  InvalidArgument: 'INVALID_ARGUMENT',
  UnknownLocation: 'UNKNOWN_LOCATION',
} as const;

export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[keyof typeof PARSE_ERROR_CODES];

/** Where in the (normalized) input the problem is: character offsets, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A bad command, described well enough to fix it: never thrown, always returned. */
export interface ParseError {
  readonly code: ParseErrorCode;
  /** One sentence saying what is wrong. */
  readonly message: string;
  /** What the parser expected at that place (e.g. "a storage account name: 3–24 lowercase letters and digits"). */
  readonly expected?: string;
  /** The normalized input the span refers to. */
  readonly input: string;
  readonly span?: Span;
  /** Replacements worth trying, most likely first (commands, options, locations). */
  readonly suggestions: readonly string[];
  /** What to do next, e.g. "Did you mean `vm create`? See `vm create --help`." */
  readonly hint: string;
  /** Usage line of the command concerned, when known. */
  readonly usage?: string;
}

export function parseError(
  code: ParseErrorCode,
  fields: Omit<ParseError, 'code' | 'suggestions'> & { suggestions?: readonly string[] },
): ParseError {
  return { code, ...fields, suggestions: fields.suggestions ?? [] };
}

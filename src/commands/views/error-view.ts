import type { ParseError } from '../parse/parse-error.ts';
import type { ErrorInfo } from '../plan/outcome.ts';
import type { ViewDoc } from './doc.ts';

/** The input with a caret line under the part that is wrong. */
function caret(error: ParseError): string | undefined {
  if (error.span === undefined || error.input === '') return undefined;
  const line = error.input.length > 200 ? `${error.input.slice(0, 200)}…` : error.input;
  const start = Math.min(error.span.start, line.length);
  const length = Math.max(1, Math.min(error.span.end, line.length) - start);
  return `${line}\n${' '.repeat(start)}${'^'.repeat(length)}`;
}

export function parseErrorDoc(error: ParseError): ViewDoc {
  const code = caret(error);
  return {
    title: error.message,
    tone: 'error',
    ...(code === undefined ? {} : { code }),
    fields: [
      ...(error.expected ? [{ label: 'Expected', value: error.expected }] : []),
      ...(error.suggestions.length > 0 ? [{ label: 'Did you mean', value: error.suggestions.map((s) => `\`${s}\``).join(', ') }] : []),
      ...(error.usage ? [{ label: 'Usage', value: `\`${error.usage}\`` }] : []),
    ],
    context: [error.hint, `(${error.code})`],
  };
}

export function errorDoc(info: ErrorInfo & { readonly hint?: string }): ViewDoc {
  return {
    title: info.message,
    tone: 'error',
    fields: [
      { label: 'Code', value: info.code },
      ...(info.statusCode !== undefined ? [{ label: 'HTTP status', value: String(info.statusCode) }] : []),
      ...(info.requestId ? [{ label: 'Request id', value: info.requestId }] : []),
    ],
    context: info.hint ? [info.hint] : [],
  };
}

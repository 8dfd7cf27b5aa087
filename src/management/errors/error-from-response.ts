import { STATUS_CODES } from 'node:http';
import { MANAGEMENT_ERROR_CODES } from './error-codes.ts';
import { ManagementError } from './management-error.ts';
import { parseErrorBody } from './parse-error-body.ts';

export type ResponseHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** What the caller knows beyond the response, used to make the message actionable. */
export interface ResponseErrorContext {
  certificateThumbprint?: string;
  subscriptionId?: string;
}

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
const SNIPPET_LENGTH = 200;

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

function headerValue(headers: ResponseHeaders, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === 'string' ? value : value.join(', ');
  }
  return undefined;
}

/** Builds the error for a status >= 300. Never throws, whatever the body holds. */
export function errorFromResponse(
  status: number,
  headers: ResponseHeaders,
  bodyText: string,
  context: ResponseErrorContext = {},
): ManagementError {
  const requestId = headerValue(headers, 'x-ms-request-id');
  const statusText = `${status} ${STATUS_CODES[status] ?? 'Unknown Status'}`;
  const parsed = parseErrorBody(bodyText ?? '');
  const code = parsed?.code ?? MANAGEMENT_ERROR_CODES.HttpError;
  let message = parsed?.message ?? describeUnparsedBody(statusText, bodyText ?? '');
  // Other 403 codes (e.g. SubscriptionDisabled) explain themselves; the certificate advice would mislead.
  if (code === 'ForbiddenError' || (status === 403 && parsed === undefined)) message += forbiddenAdvice(context);
  return new ManagementError({
    code,
    message,
    statusCode: status,
    isRetryable: isRetryableStatus(status),
    ...(requestId === undefined ? {} : { requestId }),
  });
}

function describeUnparsedBody(statusText: string, bodyText: string): string {
  const text = bodyText.trim();
  if (text === '') return `The server answered ${statusText} without an error description.`;
  if (/^<(!doctype\s+html|html)/i.test(text)) {
    return `The server answered ${statusText} with an HTML page instead of a Service Management error; check that the endpoint URL points at the Service Management API.`;
  }
  const snippet = text.replace(/\s+/g, ' ').slice(0, SNIPPET_LENGTH);
  return `The server answered ${statusText}: ${snippet}`;
}

function forbiddenAdvice(context: ResponseErrorContext): string {
  const thumbprint = context.certificateThumbprint === undefined ? '' : ` (thumbprint ${context.certificateThumbprint})`;
  const subscription = context.subscriptionId === undefined ? 'this subscription' : `subscription ${context.subscriptionId}`;
  return ` Check that the management certificate${thumbprint} is uploaded to ${subscription} and that the subscription id is right.`;
}

/** What a Slack request body parsed to, or why it could not be. */
export type ParsedBody =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly reason: string };

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** The media type without parameters, lower case (`application/json; charset=utf-8` → `application/json`). */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** True for the `ssl_check` Slack sends to slash-command URLs; answered before any verification. */
export function isSslCheck(rawBody: string, contentType: string | null): boolean {
  if (mediaType(contentType) !== FORM) return false;
  const params = new URLSearchParams(rawBody);
  return params.has('ssl_check') && !params.has('payload') && !params.has('command');
}

/**
 * Slash commands arrive form-encoded; interactivity form-encoded with one `payload` field of JSON;
 * Events API requests (and `url_verification`) as JSON. Anything else is malformed.
 */
export function parseRequestBody(rawBody: string, contentType: string | null): ParsedBody {
  const type = mediaType(contentType);
  if (type === FORM) {
    const params = new URLSearchParams(rawBody);
    const payload = params.get('payload');
    if (payload !== null) return parseJsonObject(payload, 'payload');
    const body: Record<string, unknown> = {};
    for (const [key, value] of params) if (key !== '__proto__') body[key] = value;
    if (Object.keys(body).length === 0) return { ok: false, reason: 'empty form' };
    return { ok: true, body };
  }
  if (type === JSON_TYPE) return parseJsonObject(rawBody, 'body');
  return { ok: false, reason: `unsupported content type ${type || '(none)'}` };
}

function parseJsonObject(text: string, what: string): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${what} is not JSON` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: `${what} is not a JSON object` };
  return { ok: true, body: value as Record<string, unknown> };
}

// Percent-encoding as the service's own SDK does it: unreserved characters and `( ) $ = ' ,` stay as they are.
const KEPT_IN_QUERY = /%(24|28|29|3D|27|2C|2F)/g; // $ ( ) = ' , /
const KEPT_IN_SEGMENT = /%(24|28|29|3D|27|2C)/g; // as above, but '/' would split the segment
const ALSO_ENCODED = /[!*]/g;
/** Text of unreserved characters only (most names and values) is its own encoding. */
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;

function encode(text: string, kept: RegExp): string {
  if (UNRESERVED.test(text)) return text;
  return encodeURIComponent(text)
    .replace(ALSO_ENCODED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(kept, (escaped) => decodeURIComponent(escaped));
}

/** Encodes one path segment (a service, deployment or role name); '/' is encoded. */
export function encodePathSegment(segment: string): string {
  return encode(segment, KEPT_IN_SEGMENT);
}

/** Encodes a query name or value; a space becomes %20. */
export function encodeQueryComponent(text: string): string {
  return encode(text, KEPT_IN_QUERY);
}

export function encodeQuery(query: ReadonlyArray<readonly [string, string]>): string {
  return query.map(([name, value]) => `${encodeQueryComponent(name)}=${encodeQueryComponent(value)}`).join('&');
}

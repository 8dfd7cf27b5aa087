import type { RpcTypedData } from './types.ts';

export type MessageEncoding = 'base64' | 'none';

/** What the trigger knows about a message it hands to a function. */
export interface QueueMessageInfo {
  readonly id?: string;
  readonly popReceipt?: string;
  readonly dequeueCount: number;
  readonly insertedOn?: Date;
  readonly expiresOn?: Date;
  readonly nextVisibleOn?: Date;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The stored text as the function sees it; `undefined` when base64 decoding fails (the host then poisons it). */
export function decodeMessage(stored: string, encoding: MessageEncoding): string | undefined {
  if (encoding === 'none') return stored;
  const compact = stored.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}

export function encodeMessage(body: string | Uint8Array, encoding: MessageEncoding): string {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  return encoding === 'base64' ? bytes.toString('base64') : bytes.toString('utf8');
}

/** The host serializes DateTimeOffset with Newtonsoft: ISO 8601 with a `+00:00` offset. */
function dateJson(date: Date): RpcTypedData {
  return { json: JSON.stringify(date.toISOString().replace(/(\.000)?Z$/, '+00:00')) };
}

/** The binding data of a queue trigger, which `@azure/functions` turns into `context.triggerMetadata`. */
export function queueTriggerMetadata(body: string, info: QueueMessageInfo, now: Date): Record<string, RpcTypedData> {
  const far = new Date('9999-12-31T23:59:59.999Z');
  const metadata: Record<string, RpcTypedData> = {
    QueueTrigger: { string: body },
    DequeueCount: { json: String(info.dequeueCount) },
    ExpirationTime: dateJson(info.expiresOn ?? far),
    InsertionTime: dateJson(info.insertedOn ?? now),
    NextVisibleTime: dateJson(info.nextVisibleOn ?? far),
  };
  if (info.id !== undefined) metadata.Id = { string: info.id };
  if (info.popReceipt !== undefined) metadata.PopReceipt = { string: info.popReceipt };
  return metadata;
}

/**
 * The messages a queue output value becomes: a string or bytes is one message, a number its text,
 * an array one message per element, anything else its JSON.
 */
export function outputMessages(data: RpcTypedData): (string | Uint8Array)[] {
  if (typeof data.string === 'string') return [data.string];
  if (data.bytes) return [data.bytes];
  if (typeof data.int === 'number' || typeof data.int === 'bigint') return [String(data.int)];
  if (typeof data.double === 'number') return [String(data.double)];
  if (typeof data.json === 'string') {
    const value = JSON.parse(data.json) as unknown;
    if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    return [data.json];
  }
  return [];
}

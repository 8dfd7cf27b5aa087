import { CommandError } from '../command-error.ts';
import { isKnownCall } from './calls.ts';
import type { ManagementClientLike } from './client.ts';
import type { SecretSource } from './secrets.ts';
import type { JsonObject, JsonValue } from './types.ts';

type Method = (...args: unknown[]) => Promise<unknown>;

export interface CallContext {
  readonly client: ManagementClientLike;
  readonly secrets?: SecretSource;
  readonly abortSignal?: AbortSignal;
}

function resolveMethod(client: ManagementClientLike, call: string): Method {
  const [group, method] = call.split('.') as [string, string];
  const target = isKnownCall(call) ? (client as unknown as Record<string, Record<string, unknown>>)[group] : undefined;
  const fn = target?.[method];
  if (typeof fn !== 'function') {
    throw new CommandError({ code: 'UNKNOWN_CALL', kind: 'usage', message: `The plan names a call this client does not offer: ${call}.`, hint: 'Plan the command again with this version.' });
  }
  return (fn as Method).bind(target);
}

/** Replaces `{ $secret }` and `{ $item }` placeholders; secrets are read only at call time. */
async function resolve(value: JsonValue, context: CallContext, item: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolve(v, context, item)));
  if (typeof value !== 'object' || value === null) return value;
  const object = value as JsonObject;
  if (typeof object.$secret === 'string' && Object.keys(object).length === 1) {
    if (context.secrets === undefined) {
      throw new CommandError({ code: 'SECRET_UNAVAILABLE', kind: 'usage', message: `The plan needs the secret ${object.$secret} but no secret store was given.`, hint: 'Run it where the secret store is configured.' });
    }
    return context.secrets.get(object.$secret);
  }
  if (typeof object.$item === 'string' && Object.keys(object).length === 1) return (item as Record<string, unknown> | undefined)?.[object.$item];
  const entries = await Promise.all(Object.entries(object).map(async ([k, v]) => [k, await resolve(v, context, item)] as const));
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/** Calls `client[group][method](...args, { ...options, abortSignal })`. */
export async function runCall(call: string, args: readonly JsonValue[], options: JsonObject | undefined, context: CallContext, item?: unknown): Promise<unknown> {
  const method = resolveMethod(context.client, call);
  const resolved = await Promise.all(args.map((a) => resolve(a, context, item)));
  const bag = { ...(options === undefined ? {} : ((await resolve(options, context, item)) as object)), ...(context.abortSignal === undefined ? {} : { abortSignal: context.abortSignal }) };
  return method(...resolved, bag);
}

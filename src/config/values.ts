import type { ConfigErrorCode, ConfigProblem } from './config-error.ts';

export type Env = Readonly<Record<string, string | undefined>>;

/** Collects problems so that every setting is checked and all problems are told at once. */
export class Problems {
  readonly list: ConfigProblem[] = [];
  add(code: ConfigErrorCode, setting: string, message: string, example: string): undefined {
    this.list.push({ code, setting, message, example });
    return undefined;
  }
}

/** The trimmed value; an empty or blank value counts as unset, as the Functions host treats it. */
export function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function required(env: Env, name: string, example: string, problems: Problems): string | undefined {
  const value = read(env, name);
  return value ?? problems.add('SETTING_MISSING', name, 'is not set.', example);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isGuid = (text: string): boolean => GUID.test(text);

/** An absolute URL with one of `protocols`; `undefined` (and a problem) otherwise. */
export function url(text: string, protocols: readonly string[]): URL | undefined {
  try {
    const parsed = new URL(text);
    return protocols.includes(parsed.protocol) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  readonly unit: string;
}

/** A whole number within bounds, or the default when unset. */
export function wholeNumber(env: Env, name: string, bounds: Bounds, problems: Problems): number {
  const text = read(env, name);
  if (text === undefined) return bounds.fallback;
  const value = Number(text);
  const example = `${bounds.fallback}`;
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) {
    problems.add('SETTING_INVALID', name, `must be a whole number of ${bounds.unit}, not "${text}".`, example);
  } else if (value < bounds.min || value > bounds.max) {
    problems.add('SETTING_OUT_OF_RANGE', name, `must be between ${bounds.min} and ${bounds.max} ${bounds.unit}; it is ${value}.`, example);
  } else {
    return value;
  }
  return bounds.fallback;
}

/** Parsed JSON, or a problem that says where the JSON breaks (never the text itself: it may be long). */
export function json(text: string, name: string, example: string, problems: Problems): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return problems.add('SETTING_BAD_JSON', name, `is not valid JSON${detail}. Write it on one line, double quotes around every name and string.`, example);
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `name["key"].field`: where inside a JSON setting a problem is. */
export const at = (name: string, key: string, field?: string): string => `${name}[${JSON.stringify(key)}]${field ? `.${field}` : ''}`;

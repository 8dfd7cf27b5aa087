import { randomInt } from 'node:crypto';

/** Where generated secrets go: a 0600 file for the CLI, Key Vault for the bot. Never a log or a channel. */
export interface SecretSink {
  /** Stores the value under `name` and says where, so a person can be told where to find it. */
  put(name: string, value: string): Promise<{ readonly location: string }>;
}

/** Reads a secret back when a plan step needs it (a plan only holds `{ $secret: name }`). */
export interface SecretSource {
  get(name: string): Promise<string>;
}

export interface SecretCallOptions {
  readonly abortSignal?: AbortSignal;
}

export interface SetSecretOptions extends SecretCallOptions {
  /** e.g. `text/plain` for a password. */
  readonly contentType?: string;
  /** Who and what the secret belongs to (job id, VM name); never the value. */
  readonly tags?: Readonly<Record<string, string>>;
  readonly expiresOn?: Date;
}

export interface StoredSecret {
  readonly name: string;
  readonly version: string;
  /** Where a person finds it: a file path, a Key Vault secret URL. Never the value. */
  readonly location: string;
}

/**
 * Where generated secrets (VM passwords) are kept: a 0600 file for the CLI, Key Vault for the bot.
 * A secret is created by a plan step at run time, after any approval, so a denied job leaves none.
 */
export interface SecretStore {
  set(name: string, value: string, options?: SetSecretOptions): Promise<StoredSecret>;
  /** The value of the latest (or the given) version; an error with code `SECRET_NOT_FOUND` when absent. */
  get(name: string, options?: SecretCallOptions & { readonly version?: string }): Promise<string>;
  /** Whether the secret exists (a step tells from this that it already ran). */
  exists(name: string, options?: SecretCallOptions): Promise<boolean>;
  delete(name: string, options?: SecretCallOptions): Promise<void>;
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
// No quotes, backslashes, spaces or `<>&`: the password must survive being pasted into a shell.
const SYMBOLS = '!#%*+-=?@^_~';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

const pick = (set: string) => set[randomInt(set.length)] as string;

/**
 * A password meeting the service's rules for Linux and Windows (8–123 characters, at least three of
 * lower, upper, digit, symbol): here all four, from a CSPRNG.
 */
export function generatePassword(length = 24): string {
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

/** A name valid in Key Vault and as a file name: letters, digits and hyphens. */
export function secretName(...parts: readonly string[]): string {
  return parts.join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 120);
}

import { randomBytes } from 'node:crypto';

/** One version of a secret, as the vault keeps it; times are Unix seconds. */
export interface SecretVersion {
  /** The name as first written (names compare case-insensitively). */
  readonly name: string;
  readonly version: string;
  readonly value: string;
  readonly contentType?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly enabled: boolean;
  readonly nbf?: number;
  readonly exp?: number;
  readonly created: number;
  readonly updated: number;
  /** Set for the secret behind an imported certificate: `kid` and `managed: true` are rendered. */
  readonly certificateBacked?: boolean;
  readonly previousVersion?: string;
}

export interface SecretInput {
  readonly value: string;
  readonly contentType?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly enabled?: boolean;
  readonly nbf?: number;
  readonly exp?: number;
  readonly certificateBacked?: boolean;
}

export type SecretPatch = Partial<Pick<SecretVersion, 'contentType' | 'tags' | 'enabled' | 'nbf' | 'exp'>>;

export interface DeletedSecret {
  readonly versions: readonly SecretVersion[];
  readonly deletedDate: number;
  readonly scheduledPurgeDate: number;
}

/** The vault's content as written to disk by the local stack (values included: keep the file private). */
export interface VaultSnapshot {
  readonly version: 1;
  readonly secrets: Readonly<Record<string, readonly SecretVersion[]>>;
  readonly deleted: Readonly<Record<string, DeletedSecret>>;
}

const RETENTION_DAYS = 90;
const key = (name: string) => name.toLowerCase();

/** Secrets and soft-deleted secrets of one vault, in memory. The newest version is the current one. */
export class VaultState {
  readonly #secrets = new Map<string, SecretVersion[]>();
  readonly #deleted = new Map<string, DeletedSecret>();
  readonly #now: () => Date;
  readonly #listeners: Array<() => void> = [];

  constructor(now: () => Date) {
    this.#now = now;
  }

  /** Called after every change (set, update, delete, purge, recover). */
  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  snapshot(): VaultSnapshot {
    return { version: 1, secrets: Object.fromEntries(this.#secrets), deleted: Object.fromEntries(this.#deleted) };
  }

  /** Replaces the content with a snapshot's; false (and nothing changed) when it is not one. */
  restore(snapshot: unknown): boolean {
    const candidate = snapshot as Partial<VaultSnapshot> | null;
    if (candidate?.version !== 1 || typeof candidate.secrets !== 'object' || typeof candidate.deleted !== 'object') return false;
    const secrets = Object.entries(candidate.secrets ?? {});
    const deleted = Object.entries(candidate.deleted ?? {});
    const isVersion = (v: unknown) => typeof (v as SecretVersion | null)?.value === 'string' && typeof (v as SecretVersion).version === 'string';
    if (!secrets.every(([, versions]) => Array.isArray(versions) && versions.length > 0 && versions.every(isVersion))) return false;
    if (!deleted.every(([, entry]) => Array.isArray(entry?.versions) && entry.versions.every(isVersion))) return false;
    this.#secrets.clear();
    this.#deleted.clear();
    for (const [name, versions] of secrets) this.#secrets.set(key(name), [...versions]);
    for (const [name, entry] of deleted) this.#deleted.set(key(name), entry);
    return true;
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }

  #seconds(): number {
    return Math.floor(this.#now().getTime() / 1000);
  }

  isDeleted(name: string): boolean {
    return this.#deleted.has(key(name));
  }

  set(name: string, input: SecretInput): SecretVersion {
    const versions = this.#secrets.get(key(name)) ?? [];
    const previous = versions.at(-1);
    const now = this.#seconds();
    const created: SecretVersion = {
      name: previous?.name ?? name,
      version: randomBytes(16).toString('hex'),
      value: input.value,
      enabled: input.enabled ?? true,
      created: now,
      updated: now,
      ...(input.contentType === undefined ? {} : { contentType: input.contentType }),
      ...(input.tags === undefined ? {} : { tags: { ...input.tags } }),
      ...(input.nbf === undefined ? {} : { nbf: input.nbf }),
      ...(input.exp === undefined ? {} : { exp: input.exp }),
      ...(input.certificateBacked ? { certificateBacked: true } : {}),
      ...(input.certificateBacked && previous ? { previousVersion: previous.version } : {}),
    };
    this.#secrets.set(key(name), [...versions, created]);
    this.#changed();
    return created;
  }

  get(name: string, version?: string): SecretVersion | undefined {
    const versions = this.#secrets.get(key(name));
    if (version === undefined) return versions?.at(-1);
    return versions?.find((v) => v.version === version.toLowerCase());
  }

  versions(name: string): readonly SecretVersion[] | undefined {
    return this.#secrets.get(key(name));
  }

  latest(): SecretVersion[] {
    return [...this.#secrets.values()].flatMap((versions) => versions.slice(-1));
  }

  update(name: string, version: string, patch: SecretPatch): SecretVersion | undefined {
    const versions = this.#secrets.get(key(name));
    const index = versions?.findIndex((v) => v.version === version.toLowerCase()) ?? -1;
    if (versions === undefined || index < 0) return undefined;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const updated = { ...(versions[index] as SecretVersion), ...defined, updated: this.#seconds() };
    versions[index] = updated;
    this.#changed();
    return updated;
  }

  /** Soft delete: the name is kept (and blocked) until purged. */
  delete(name: string): DeletedSecret | undefined {
    const versions = this.#secrets.get(key(name));
    if (versions === undefined) return undefined;
    this.#secrets.delete(key(name));
    const now = this.#seconds();
    const deleted = { versions, deletedDate: now, scheduledPurgeDate: now + RETENTION_DAYS * 24 * 3600 };
    this.#deleted.set(key(name), deleted);
    this.#changed();
    return deleted;
  }

  deleted(name: string): DeletedSecret | undefined {
    return this.#deleted.get(key(name));
  }

  purge(name: string): boolean {
    const purged = this.#deleted.delete(key(name));
    if (purged) this.#changed();
    return purged;
  }

  recover(name: string): SecretVersion | undefined {
    const deleted = this.#deleted.get(key(name));
    if (deleted === undefined) return undefined;
    this.#deleted.delete(key(name));
    this.#secrets.set(key(name), [...deleted.versions]);
    this.#changed();
    return deleted.versions.at(-1);
  }
}

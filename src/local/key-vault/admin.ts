import type { Socket } from 'node:net';
import { certificateSecret, type CertificateImport, type ImportOptions } from './certificate-import.ts';
import type { VaultSnapshot, VaultState } from './vault-state.ts';

/** How a denied request is answered: an RBAC vault's 403 (ForbiddenByRbac) or an access-policy vault's (AccessDenied). */
export type AccessDenial = 'rbac' | 'access-policy';

export interface KeyVaultRequestRecord {
  readonly method: string;
  /** Path without the query, e.g. `/secrets/mgmt-cert/`. */
  readonly path: string;
  /** 0 when the connection was dropped (unreachable). */
  readonly status: number;
  /** False for the unauthenticated first request of a client (answered with the challenge). */
  readonly authorized: boolean;
}

/** Mutable switches shared with the request handler. */
export interface StandInControls {
  denial: AccessDenial | undefined;
  unreachable: boolean;
  log: KeyVaultRequestRecord[];
}

export interface SeedSecretOptions {
  readonly contentType?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly enabled?: boolean;
  readonly notBefore?: Date;
  readonly expiresOn?: Date;
}

export interface SeededSecret {
  /** `<vault>/secrets/<name>/<version>` */
  readonly id: string;
  readonly version: string;
}

/** What tests and the local stack do to the vault without going through the API. */
export interface KeyVaultAdmin {
  setSecret(name: string, value: string, options?: SeedSecretOptions): SeededSecret;
  /** Imports a certificate as Key Vault does: a cert-backed secret (`managed: true`, `kid`), PFX without password or PEM. */
  importCertificate(name: string, input: CertificateImport, options?: ImportOptions): SeededSecret;
  /** Disables the current version: a GET of it is then 403 SecretDisabled. */
  disableSecret(name: string): void;
  /** Every authenticated request is answered 403 in the given model's words; `undefined` lifts it. */
  denyAccess(denial: AccessDenial | undefined): void;
  /** Drops every connection (new and kept-alive) while on, as a vault behind a closed network would. */
  setUnreachable(unreachable: boolean): void;
  requests(): readonly KeyVaultRequestRecord[];
  clearRequests(): void;
  /** Every secret and deleted secret with its versions and values (what the local stack keeps on disk). */
  snapshot(): VaultSnapshot;
  /** Puts back a snapshot taken earlier; false (nothing changed) when `snapshot` is not one. */
  restore(snapshot: unknown): boolean;
  /** Called after every change to the vault's content, through the API or here. */
  onChange(listener: () => void): void;
  /** The current version's tags of a secret; undefined when there is no such secret. */
  currentTags(name: string): Readonly<Record<string, string>> | undefined;
}

const seconds = (date: Date | undefined) => (date === undefined ? undefined : Math.floor(date.getTime() / 1000));

export function createKeyVaultAdmin(state: VaultState, controls: StandInControls, origin: () => string, sockets: Set<Socket>): KeyVaultAdmin {
  const seeded = (name: string, version: string): SeededSecret => ({ id: `${origin()}/secrets/${state.get(name)?.name ?? name}/${version}`, version });
  return {
    setSecret(name, value, options = {}) {
      const nbf = seconds(options.notBefore);
      const exp = seconds(options.expiresOn);
      const created = state.set(name, {
        value,
        ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
        ...(options.tags === undefined ? {} : { tags: options.tags }),
        ...(options.enabled === undefined ? {} : { enabled: options.enabled }),
        ...(nbf === undefined ? {} : { nbf }),
        ...(exp === undefined ? {} : { exp }),
      });
      return seeded(name, created.version);
    },
    importCertificate(name, input, options = {}) {
      return seeded(name, state.set(name, certificateSecret(input, options)).version);
    },
    disableSecret(name) {
      const current = state.get(name);
      if (current === undefined) throw new Error(`The stand-in holds no secret ${name}.`);
      state.update(name, current.version, { enabled: false });
    },
    denyAccess(denial) {
      controls.denial = denial;
    },
    setUnreachable(unreachable) {
      controls.unreachable = unreachable;
      if (unreachable) for (const socket of sockets) socket.destroy();
    },
    requests: () => [...controls.log],
    snapshot: () => state.snapshot(),
    restore: (snapshot) => state.restore(snapshot),
    onChange: (listener) => state.onChange(listener),
    currentTags: (name) => {
      const current = state.get(name);
      return current === undefined ? undefined : (current.tags ?? {});
    },
    clearRequests() {
      controls.log.length = 0;
    },
  };
}

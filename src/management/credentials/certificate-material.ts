import type { KeyObject } from 'node:crypto';

/** What a file yielded before any checks: certificates (DER, in file order) and at most one key. */
export interface CertificateMaterial {
  certificates: Buffer[];
  key?: KeyObject;
}

/** Describes the input in error messages, e.g. "PEM text" or "PFX file". */
export type MaterialSource = string;

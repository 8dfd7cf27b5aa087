import { issueCa, issueServerCertificate } from '../../emulator/index.ts';

export interface TlsMaterial {
  /** The CA a client must trust to talk to the stand-in. */
  readonly caPem: string;
  readonly certPem: string;
  readonly keyPem: string;
}

/** A throwaway CA and a server certificate for localhost, 127.0.0.1 and ::1, made per start. */
export function createTlsMaterial(now = new Date()): TlsMaterial {
  const ca = issueCa(now, 'Key Vault stand-in local CA');
  const server = issueServerCertificate(ca, now);
  return { caPem: ca.certPem, certPem: server.certPem, keyPem: server.keyPem };
}

import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { issueCa, issueManagementCertificate, issueServerCertificate, toPfx, type IssuedCertificate } from './issue-certificates.ts';
import { publishSettingsXml } from './publish-settings.ts';
import { thumbprintOf } from './thumbprint.ts';

/** The password of `client.pfx`: empty, like the PKCS#12 inside a `.publishsettings`. */
export const CLIENT_PFX_PASSWORD = '';

export interface CredentialFiles {
  readonly caFile: string;
  readonly serverCertFile: string;
  readonly serverKeyFile: string;
  readonly certFile: string;
  readonly cerFile: string;
  readonly pfxFile: string;
  readonly publishSettingsFile: string;
  readonly caPem: string;
  readonly server: IssuedCertificate;
  readonly client: IssuedCertificate;
  readonly clientThumbprint: string;
}

const NAMES = {
  ca: 'ca.pem',
  caKey: 'ca-key.pem',
  server: 'server.pem',
  serverKey: 'server-key.pem',
  client: 'client.pem',
  cer: 'client.cer',
  pfx: 'client.pfx',
  publishSettings: 'client.publishsettings',
} as const;

function writePrivate(path: string, content: string | Uint8Array): void {
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, content, { mode: 0o600 });
  renameSync(temp, path);
  chmodSync(path, 0o600);
}

function splitPem(text: string): IssuedCertificate {
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\r?\n?/.exec(text)?.[0];
  const key = /-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+?-----END (RSA )?PRIVATE KEY-----\r?\n?/.exec(text)?.[0];
  if (!cert || !key) throw new Error('The emulator credential file holds no certificate and key; delete the data dir to regenerate.');
  return { certPem: cert, keyPem: key };
}

/**
 * Reuses the CA, server and demo management certificates of an earlier start, or creates them
 * (first start). The publish settings are rewritten each start: they carry the current URL.
 */
export function loadOrCreateCredentials(dir: string, now: Date): Omit<CredentialFiles, 'publishSettingsFile'> {
  mkdirSync(dir, { recursive: true });
  const path = (name: string) => join(dir, name);
  let ca: IssuedCertificate;
  let server: IssuedCertificate;
  let client: IssuedCertificate;
  if ([NAMES.ca, NAMES.caKey, NAMES.server, NAMES.serverKey, NAMES.client].every((name) => existsSync(path(name)))) {
    ca = { certPem: readFileSync(path(NAMES.ca), 'utf8'), keyPem: readFileSync(path(NAMES.caKey), 'utf8') };
    server = { certPem: readFileSync(path(NAMES.server), 'utf8'), keyPem: readFileSync(path(NAMES.serverKey), 'utf8') };
    client = splitPem(readFileSync(path(NAMES.client), 'utf8'));
  } else {
    ca = issueCa(now);
    server = issueServerCertificate(ca, now);
    client = issueManagementCertificate('ASM Emulator demo management certificate', now);
    writeFileSync(path(NAMES.ca), ca.certPem);
    writePrivate(path(NAMES.caKey), ca.keyPem);
    writeFileSync(path(NAMES.server), server.certPem);
    writePrivate(path(NAMES.serverKey), server.keyPem);
    writePrivate(path(NAMES.client), client.certPem + client.keyPem);
  }
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(client.certPem))).getBytes(), 'binary');
  writeFileSync(path(NAMES.cer), der);
  if (!existsSync(path(NAMES.pfx))) writePrivate(path(NAMES.pfx), toPfx(client, CLIENT_PFX_PASSWORD));
  return {
    caFile: path(NAMES.ca),
    serverCertFile: path(NAMES.server),
    serverKeyFile: path(NAMES.serverKey),
    certFile: path(NAMES.client),
    cerFile: path(NAMES.cer),
    pfxFile: path(NAMES.pfx),
    caPem: ca.certPem,
    server,
    client,
    clientThumbprint: thumbprintOf(client.certPem),
  };
}

export function writePublishSettings(
  dir: string,
  input: { subscriptionId: string; subscriptionName: string; url: string; pfxFile: string },
): string {
  const file = join(dir, NAMES.publishSettings);
  const xml = publishSettingsXml({
    subscriptionId: input.subscriptionId,
    subscriptionName: input.subscriptionName,
    serviceManagementUrl: input.url,
    pfx: readFileSync(input.pfxFile),
  });
  writePrivate(file, xml);
  return file;
}

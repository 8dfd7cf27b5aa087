// Test PKI generated at run time: a CA, a localhost server certificate, client certificates (RSA, EC,
// expired, not yet valid, untrusted) and their PEM / PFX / .publishsettings renderings.
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';

export interface TestIdentity {
  certPem: string;
  /** PKCS#8 PEM. */
  keyPem: string;
  key: KeyObject;
  keyType: 'RSA' | 'EC';
  /** Computed by Node's X509Certificate, independently of the code under test. */
  thumbprint: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
}

export interface TestPki {
  ca: TestIdentity;
  server: TestIdentity;
  client: TestIdentity;
  ecClient: TestIdentity;
  expiredClient: TestIdentity;
  notYetValidClient: TestIdentity;
  /** Self-signed: no server of this PKI trusts it. */
  strangerClient: TestIdentity;
  /** A localhost server certificate from a CA nobody trusts. */
  untrustedServer: TestIdentity;
}

const DAY = 24 * 60 * 60 * 1000;
let cached: TestPki | undefined;

/** Generated once per test process. */
export function getTestPki(): TestPki {
  cached ??= generate();
  return cached;
}

function generate(): TestPki {
  const now = Date.now();
  const valid = { notBefore: new Date(now - DAY), notAfter: new Date(now + 30 * DAY) };
  const ca = issue({ cn: 'asm-chatops test CA', isCa: true, ...valid });
  const otherCa = issue({ cn: 'untrusted test CA', isCa: true, ...valid });
  return {
    ca,
    server: issue({ cn: 'localhost', issuer: ca, serverNames: true, ...valid }),
    client: issue({ cn: 'asm-chatops test client', org: 'asm-chatops tests', issuer: ca, clientAuth: true, ...valid }),
    ecClient: issue({ cn: 'asm-chatops test EC client', issuer: ca, clientAuth: true, ec: true, ...valid }),
    expiredClient: issue({ cn: 'expired client', issuer: ca, clientAuth: true, notBefore: new Date(now - 60 * DAY), notAfter: new Date(now - 30 * DAY) }),
    notYetValidClient: issue({ cn: 'future client', issuer: ca, clientAuth: true, notBefore: new Date(now + 30 * DAY), notAfter: new Date(now + 60 * DAY) }),
    strangerClient: issue({ cn: 'stranger client', clientAuth: true, ...valid }),
    untrustedServer: issue({ cn: 'localhost', issuer: otherCa, serverNames: true, ...valid }),
  };
}

interface IssueOptions {
  cn: string;
  org?: string;
  issuer?: TestIdentity;
  isCa?: boolean;
  serverNames?: boolean;
  clientAuth?: boolean;
  ec?: boolean;
  notBefore: Date;
  notAfter: Date;
}

let serial = 1;

function issue(options: IssueOptions): TestIdentity {
  const key = options.ec
    ? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    : generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const signingKey = options.issuer?.key ?? key;
  const cert = forge.pki.createCertificate();
  cert.serialNumber = (0x1000 + serial++).toString(16);
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  const subject = [{ name: 'commonName', value: options.cn }, ...(options.org ? [{ name: 'organizationName', value: options.org }] : [])];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer ? forge.pki.certificateFromPem(options.issuer.certPem).subject.attributes : subject);
  cert.setExtensions(extensions(options));
  // forge only models RSA public keys: an EC certificate gets its real key info swapped in by `sign`.
  cert.publicKey = forgePublicKey(options.ec ? signingKey : key);
  const certPem = sign(cert, options.ec ? key : undefined, forgePrivateKey(signingKey));
  const x509 = new X509Certificate(certPem);
  return {
    certPem,
    keyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    key,
    keyType: options.ec ? 'EC' : 'RSA',
    thumbprint: x509.fingerprint.replaceAll(':', ''),
    subject: x509.subject.split('\n').join(', '),
    notBefore: x509.validFromDate,
    notAfter: x509.validToDate,
  };
}

function extensions(options: IssueOptions): object[] {
  if (options.isCa) return [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }];
  const list: object[] = [{ name: 'basicConstraints', cA: false }];
  if (options.serverNames) {
    list.push({ name: 'extKeyUsage', serverAuth: true });
    list.push({ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] });
  }
  if (options.clientAuth) list.push({ name: 'extKeyUsage', clientAuth: true });
  return list;
}

function sign(cert: forge.pki.Certificate, ecKey: KeyObject | undefined, issuerKey: forge.pki.rsa.PrivateKey): string {
  const oid = forge.pki.oids.sha256WithRSAEncryption as string;
  cert.siginfo.algorithmOid = oid;
  cert.signatureOid = oid;
  // getTBSCertificate exists in node-forge but is missing from its type declarations.
  const tbs = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  if (ecKey !== undefined && Array.isArray(tbs.value)) {
    const spki = createPublicKey(ecKey).export({ type: 'spki', format: 'der' });
    tbs.value[6] = forge.asn1.fromDer(spki.toString('binary')); // TBSCertificate: version, serial, alg, issuer, validity, subject, SPKI
  }
  const digest = forge.md.sha256.create();
  digest.update(forge.asn1.toDer(tbs).getBytes());
  const mutable = cert as unknown as { tbsCertificate: forge.asn1.Asn1; signature: string };
  mutable.tbsCertificate = tbs;
  mutable.signature = issuerKey.sign(digest);
  return forge.pki.certificateToPem(cert);
}

function forgePrivateKey(key: KeyObject): forge.pki.rsa.PrivateKey {
  return forge.pki.privateKeyFromPem(key.export({ type: 'pkcs8', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
}

function forgePublicKey(key: KeyObject): forge.pki.rsa.PublicKey {
  const privateKey = forgePrivateKey(key);
  return forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
}

export type KeyEncoding = 'pkcs8' | 'traditional' | 'encrypted-pkcs8' | 'encrypted-traditional';

export interface PemRendering {
  keyFirst?: boolean;
  /** `traditional` is PKCS#1 for RSA, SEC1 (`EC PRIVATE KEY`) for EC. */
  keyEncoding?: KeyEncoding;
  password?: string;
}

export function toPem(identity: TestIdentity, rendering: PemRendering = {}): string {
  const encoding = rendering.keyEncoding ?? 'pkcs8';
  const traditional = identity.keyType === 'RSA' ? 'pkcs1' : 'sec1';
  const type = encoding.endsWith('pkcs8') ? 'pkcs8' : traditional;
  const encrypted = encoding.startsWith('encrypted')
    ? { cipher: 'aes-256-cbc', passphrase: rendering.password ?? 'test-password' }
    : {};
  const keyPem = identity.key.export({ type, format: 'pem', ...encrypted } as Parameters<KeyObject['export']>[0] & { format: 'pem' }).toString();
  return rendering.keyFirst ? keyPem + identity.certPem : identity.certPem + keyPem;
}

/** PKCS#12 made by node-forge (3DES, SHA-1 MAC, like older Windows exports) or by the openssl CLI (AES-256, SHA-256 MAC). */
export function toPfx(identity: TestIdentity, password: string, engine: 'forge' | 'openssl' = 'forge'): Uint8Array {
  if (engine === 'openssl' || identity.keyType === 'EC') return opensslPfx(identity, password);
  const asn1 = forge.pkcs12.toPkcs12Asn1(forgePrivateKey(identity.key), [forge.pki.certificateFromPem(identity.certPem)], password, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function opensslPfx(identity: TestIdentity, password: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'asm-pki-'));
  try {
    writeFileSync(join(dir, 'key.pem'), identity.keyPem, { mode: 0o600 });
    writeFileSync(join(dir, 'cert.pem'), identity.certPem);
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', 'key.pem', '-in', 'cert.pem', '-out', 'out.pfx', '-passout', 'env:PFX_PASSWORD'], {
      cwd: dir,
      env: { ...process.env, PFX_PASSWORD: password },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return readFileSync(join(dir, 'out.pfx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PublishSettingsSubscriptionSpec {
  id: string;
  name: string;
  /** Base64 PKCS#12 with an empty password (what the portal puts in the file). */
  certificate: string;
  url?: string;
}

export function publishSettingsCertificate(identity: TestIdentity): string {
  return Buffer.from(toPfx(identity, '')).toString('base64');
}

/** Schema 1.0: one certificate and one Url on the PublishProfile, subscriptions inside. */
export function toPublishSettings10(certificate: string, subscriptions: ReadonlyArray<{ id: string; name: string }>, url = 'https://management.core.windows.net/'): string {
  const subs = subscriptions.map((s) => `\n    <Subscription Id="${s.id}" Name="${s.name}" />`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<PublishData>\n  <PublishProfile PublishMethod="AzureServiceManagementAPI" Url="${url}" ManagementCertificate="${certificate}">${subs}\n  </PublishProfile>\n</PublishData>\n`;
}

/** Schema 2.0: each Subscription carries its own ServiceManagementUrl and certificate. */
export function toPublishSettings20(subscriptions: readonly PublishSettingsSubscriptionSpec[]): string {
  const subs = subscriptions
    .map((s) => `\n    <Subscription ServiceManagementUrl="${s.url ?? 'https://management.core.windows.net'}" Id="${s.id}" Name="${s.name}" ManagementCertificate="${s.certificate}" />`)
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<PublishData>\n  <PublishProfile SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">${subs}\n  </PublishProfile>\n</PublishData>\n`;
}

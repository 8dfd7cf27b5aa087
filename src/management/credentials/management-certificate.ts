import { inspect } from 'node:util';
import { certificateErrors } from './certificate-errors.ts';
import { checkMaterial, type CheckedCertificate, type ManagementKeyType } from './certificate-facts.ts';
import type { CertificateMaterial, MaterialSource } from './certificate-material.ts';
import { readPem } from './pem-reader.ts';
import { readPfx } from './pfx-reader.ts';
import { readPublishSettings, selectSubscription } from './publish-settings-reader.ts';

export interface CertificateLoadOptions {
  /** Clock used for the validity check; defaults to the current time. */
  now?: () => Date;
}

export interface PemLoadOptions extends CertificateLoadOptions {
  /** Password of an encrypted private key (PKCS#8 or legacy PEM encryption). */
  password?: string;
}

interface SubscriptionFacts {
  subscriptionId?: string;
  subscriptionName?: string;
  serviceManagementUrl?: string;
}

/** A management certificate with its private key, checked to be usable for client authentication. */
export class ManagementCertificate {
  /** SHA-1 of the certificate, upper-case hex without colons. */
  readonly thumbprint: string;
  readonly subject: string;
  readonly issuer: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly keyType: ManagementKeyType;
  /** The certificate (and any intermediates from the same file) as PEM. */
  readonly certificatePem: string;
  /** Set when loaded from publish settings. */
  readonly subscriptionId?: string;
  readonly subscriptionName?: string;
  readonly serviceManagementUrl?: string;
  readonly #privateKeyPem: string;

  private constructor(checked: CheckedCertificate, subscription: SubscriptionFacts) {
    this.thumbprint = checked.thumbprint;
    this.subject = checked.subject;
    this.issuer = checked.issuer;
    this.notBefore = checked.notBefore;
    this.notAfter = checked.notAfter;
    this.keyType = checked.keyType;
    this.certificatePem = checked.certificatePem;
    this.subscriptionId = subscription.subscriptionId;
    this.subscriptionName = subscription.subscriptionName;
    this.serviceManagementUrl = subscription.serviceManagementUrl;
    this.#privateKeyPem = checked.privateKeyPem;
  }

  /** Certificate and private key in one PEM text, in any order (PKCS#1, PKCS#8, encrypted PKCS#8, EC). */
  static fromPem(text: string | Uint8Array, options: PemLoadOptions = {}): ManagementCertificate {
    const pem = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
    return ManagementCertificate.#create(readPem(pem, options.password), 'PEM text', options, {});
  }

  /** A PKCS#12 file; without a password, the empty password is tried. */
  static fromPfx(bytes: Uint8Array, password?: string, options: CertificateLoadOptions = {}): ManagementCertificate {
    return ManagementCertificate.#create(readPfx(bytes, password, 'PFX file'), 'PFX file', options, {});
  }

  /** A .publishsettings file (schema 1.0 or 2.0); picks `subscriptionId` or else the first subscription. */
  static fromPublishSettings(xmlText: string, subscriptionId?: string, options: CertificateLoadOptions = {}): ManagementCertificate {
    const subscription = selectSubscription(readPublishSettings(xmlText), subscriptionId);
    const source = `management certificate of subscription ${subscription.id} in the publish settings`;
    const bytes = Buffer.from(subscription.managementCertificate, 'base64');
    if (bytes.byteLength === 0) throw certificateErrors.publishSettingsInvalid(`the ${source} is not base64`);
    return ManagementCertificate.#create(readPfx(bytes, '', source), source, options, {
      subscriptionId: subscription.id,
      subscriptionName: subscription.name,
      serviceManagementUrl: subscription.serviceManagementUrl,
    });
  }

  static #create(material: CertificateMaterial, source: MaterialSource, options: CertificateLoadOptions, subscription: SubscriptionFacts): ManagementCertificate {
    const now = options.now?.() ?? new Date();
    return new ManagementCertificate(checkMaterial(material, source, now), subscription);
  }

  /** The private key (PKCS#8 PEM) for the TLS handshake. Never log it. */
  get privateKeyPem(): string {
    return this.#privateKeyPem;
  }

  /** Public facts only: serialising a certificate never reveals its key. */
  toJSON(): Record<string, unknown> {
    const facts: Record<string, unknown> = {
      thumbprint: this.thumbprint,
      subject: this.subject,
      issuer: this.issuer,
      notBefore: this.notBefore.toISOString(),
      notAfter: this.notAfter.toISOString(),
      keyType: this.keyType,
    };
    if (this.subscriptionId !== undefined) facts.subscriptionId = this.subscriptionId;
    if (this.subscriptionName !== undefined) facts.subscriptionName = this.subscriptionName;
    if (this.serviceManagementUrl !== undefined) facts.serviceManagementUrl = this.serviceManagementUrl;
    return facts;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth: number, options: object): string {
    return `ManagementCertificate ${inspect(this.toJSON(), { ...options, depth })}`;
  }
}

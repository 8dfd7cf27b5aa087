export interface ServiceCertificate {
  readonly certificateUrl?: string;
  readonly thumbprint?: string;
  readonly thumbprintAlgorithm?: string;
  /** Base64 of the certificate (public part only). */
  readonly data?: string;
}

export interface AddServiceCertificateInput {
  /** Base64 of the .pfx or .cer file. */
  readonly data: string;
  readonly certificateFormat: 'pfx' | 'cer';
  /** The .pfx password; empty for a .cer. */
  readonly password?: string;
}

/** A management certificate of the subscription (what authenticates calls like this client's). */
export interface ManagementCertificateInfo {
  /** Base64 DER of the certificate's public key. */
  readonly subscriptionCertificatePublicKey?: string;
  /** SHA-1 thumbprint, upper-case hex. */
  readonly subscriptionCertificateThumbprint: string;
  /** Base64 DER of the certificate. */
  readonly subscriptionCertificateData?: string;
  readonly created?: string;
}

export interface AddManagementCertificateInput {
  readonly subscriptionCertificatePublicKey: string;
  readonly subscriptionCertificateThumbprint: string;
  readonly subscriptionCertificateData: string;
}

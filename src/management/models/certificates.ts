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

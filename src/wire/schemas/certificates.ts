import { document, list, object, text } from '../schema.ts';

/** Add Service Certificate: `Data` is the base64 of the .pfx or .cer file. */
export const CertificateFile = document('CertificateFile', {
  Data: text,
  CertificateFormat: text,
  Password: text,
});

const certificate = object({ CertificateUrl: text, Thumbprint: text, ThumbprintAlgorithm: text, Data: text });
export const Certificate = document('Certificate', certificate);
export const Certificates = document('Certificates', list('Certificate', certificate));

/** Management certificates of a subscription. */
const subscriptionCertificate = object({
  SubscriptionCertificatePublicKey: text,
  SubscriptionCertificateThumbprint: text,
  SubscriptionCertificateData: text,
  Created: text,
});
export const SubscriptionCertificate = document('SubscriptionCertificate', subscriptionCertificate);
export const SubscriptionCertificates = document('SubscriptionCertificates', list('SubscriptionCertificate', subscriptionCertificate));

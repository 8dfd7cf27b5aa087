import { MANAGEMENT_ERROR_CODES as CODES } from '../errors/error-codes.ts';
import { ManagementError } from '../errors/management-error.ts';

// Messages name the file kind and the fix; they never carry key material or passwords.
const fail = (code: string, message: string, details?: Record<string, unknown>) =>
  new ManagementError({ code, message, ...(details === undefined ? {} : { details }) });

export const certificateErrors = {
  notACertificate: (source: string, hint = '') =>
    fail(CODES.CertificateInvalid, `The ${source} does not contain a readable X.509 certificate.${hint} Export the management certificate again (PEM with its private key, or PFX/.publishsettings).`),
  missingKey: (source: string) =>
    fail(CODES.CertificateMissingKey, `The ${source} contains a certificate but no private key. Export the certificate with its private key (PEM with both blocks, or a PFX).`),
  keyMismatch: (source: string, thumbprint: string) =>
    fail(CODES.CertificateKeyMismatch, `The private key in the ${source} does not belong to the certificate ${thumbprint}. Use the key that was generated with this certificate.`, { thumbprint }),
  passwordRequired: (source: string) =>
    fail(CODES.CertificatePasswordRequired, `The private key in the ${source} is encrypted. Pass its password.`),
  wrongPassword: (source: string) =>
    fail(CODES.CertificateWrongPassword, `The ${source} could not be decrypted with the given password. Check the password.`),
  unsupportedKey: (source: string, keyType: string) =>
    fail(CODES.CertificateUnsupportedKey, `The private key in the ${source} is of type ${keyType}; management certificates need an RSA or EC key.`),
  expired: (thumbprint: string, notAfter: Date) =>
    fail(CODES.CertificateExpired, `The management certificate ${thumbprint} expired on ${notAfter.toISOString()}. Create a new management certificate and upload it to the subscription.`, { thumbprint, notAfter: notAfter.toISOString() }),
  notYetValid: (thumbprint: string, notBefore: Date) =>
    fail(CODES.CertificateNotYetValid, `The management certificate ${thumbprint} is not valid before ${notBefore.toISOString()}. Check this machine's clock or wait until then.`, { thumbprint, notBefore: notBefore.toISOString() }),
  publishSettingsInvalid: (reason: string) =>
    fail(CODES.PublishSettingsInvalid, `The publish settings are not usable: ${reason}. Download a fresh .publishsettings file for the subscription.`),
  subscriptionNotFound: (subscriptionId: string, available: readonly string[]) =>
    fail(CODES.SubscriptionNotInPublishSettings, `Subscription ${subscriptionId} is not in the publish settings (found: ${available.join(', ') || 'none'}). Pass one of those ids or download the publish settings of that subscription.`, { subscriptionId, available: [...available] }),
};

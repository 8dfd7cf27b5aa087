export { loadOrCreateCredentials, writePublishSettings, CLIENT_PFX_PASSWORD, type CredentialFiles } from './credential-files.ts';
export { thumbprintOf, thumbprintOfDer, certificateDer } from './thumbprint.ts';
export { issueCa, issueManagementCertificate, issueServerCertificate, toPfx, type IssuedCertificate } from './issue-certificates.ts';

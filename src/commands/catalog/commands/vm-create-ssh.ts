import { CommandError } from '../../command-error.ts';
import type { PlanContext } from '../../plan/context.ts';

export interface SshKeyCarrier {
  /** Base64 DER of the certificate, or a placeholder in a preview. */
  readonly data: string;
  /** What the VM's provisioning refers to: the certificate's thumbprint, or a placeholder in a preview. */
  readonly thumbprint: string;
  /** False in a preview: the certificate is made when the command is planned to run. */
  readonly made: boolean;
}

export const SSH_KEY_LATER_NOTE = 'The SSH key\'s certificate (the service takes keys as certificates of the cloud service) and its thumbprint '
  + 'are made when the command is planned to run, with reads of the subscription; a preview or dry run makes none.';

const badKey = () => new CommandError({
  code: 'INVALID_SSH_KEY', kind: 'usage',
  message: 'The SSH key is not a whole OpenSSH RSA public key (its exponent or modulus is missing).',
  hint: 'Paste the whole line of your `id_rsa.pub`: `ssh-rsa AAAA… comment`.',
});

/** Type, exponent and modulus, each a length-prefixed field: checked here so a preview refuses a cut key too. */
function checkKeyFields(openSshKey: string): void {
  const blob = Buffer.from(openSshKey.trim().split(/\s+/)[1] ?? '', 'base64');
  let at = 0;
  for (let field = 0; field < 3; field++) {
    if (at + 4 > blob.length) throw badKey();
    const length = blob.readUInt32BE(at);
    if (length === 0 || at + 4 + length > blob.length) throw badKey();
    at += 4 + length;
  }
}

/**
 * The key wrapped in the certificate the service takes. Only a plan that will run makes it: the
 * certificate needs node-forge and a throwaway 2048-bit RSA signing key, which a preview (the Slack
 * acknowledgement, an offline or connected dry run) must not pay for; its thumbprint differs on
 * every plan anyway.
 */
export async function sshKeyCarrier(openSshKey: string, subject: string, context: PlanContext): Promise<SshKeyCarrier> {
  checkKeyFields(openSshKey);
  if (context.client === undefined || context.dryRun) {
    return { data: '<made when the command runs>', thumbprint: '<thumbprint of the SSH key certificate>', made: false };
  }
  const { sshKeyCertificate } = await import('../../plan/ssh-key-certificate.ts');
  return { ...sshKeyCertificate(openSshKey, subject), made: true };
}

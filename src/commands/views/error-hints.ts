/**
 * Hints that depend on what the service said, not only on its code: one `ConflictError` covers a
 * busy deployment, a taken name, a service that still has deployments and a stopped VM, and each
 * needs another next step. Messages are the service's (and the emulator's) wording.
 */
type Rule = readonly [RegExp, (match: RegExpMatchArray) => string];

const CONFLICT: readonly Rule[] = [
  [/hosted service '([^']+)' has deployments/i,
    (m) => `Delete its deployments first, or delete the cloud service with everything in it: \`service delete ${m[1]} --purge\`.`],
  [/affinity group '([^']+)' is in use/i,
    (m) => `Delete or move the cloud services and storage accounts in affinity group ${m[1]} first (\`service list\` and \`storage list\` show where each is).`],
  [/virtual machine is stopped; start it/i, () => 'Start the VM instead: `vm start <name>`.'],
  [/must be shut down before it can be captured/i, () => 'Stop the VM first (`vm stop <name>`), then capture it.'],
  [/already a deployment in the (\w+) slot/i,
    (m) => `The ${m[1]} slot is taken: delete or swap the deployment there first (\`service show <service>\` lists them), or use the other slot.`],
  [/x-ms-requestid (\w+)/i, (m) => `Another operation is running on it: wait for it (\`op show ${m[1]}\`), then retry.`],
  [/requires exclusive access/i, () => 'Another operation is running on it: wait a minute, then retry.'],
  [/has some active image\(s\) and\/or disk\(s\)/i,
    () => 'Delete the VMs whose disks are in it (`vm delete`, without --keep-vhd) and the images stored in it first.'],
  [/already (exists|taken)|is already taken/i, () => 'The name is taken: pick another one.'],
];

const NOT_FOUND: readonly Rule[] = [
  [/deployment name '[^']*' does not exist|No deployments were found/i, () => 'See `service show <service>` for the deployments of a cloud service.'],
  [/operation request ID was not found/i, () => 'Check the request id: it is the one printed when the change was submitted.'],
  [/role( instance)? '[^']*' does not exist/i, () => 'Check the VM name: `vm list` shows the VMs and their cloud services.'],
  [/hosted service does not exist/i, () => 'Check the name: `service list` shows the cloud services.'],
  [/storage account '[^']*' was not found/i, () => 'Check the name: `storage list` shows the storage accounts.'],
  [/affinity group does not exist/i, () => 'Check the name: `affinity-group list` shows the affinity groups.'],
  [/VM image '[^']*' does not exist/i, () => 'Check the name: `vm-image list` shows the VM images.'],
  [/image with the specified name does not exist/i, () => 'Check the name: `image list` shows the OS images.'],
  [/certificate was not found/i, () => 'Check the thumbprint of the certificate.'],
];

const RULES: Readonly<Record<string, readonly Rule[]>> = { ConflictError: CONFLICT, ResourceNotFound: NOT_FOUND };

/** The hint for this code and message, when the message tells more than the code. */
export function hintForMessage(code: string, message: string): string | undefined {
  for (const [pattern, hint] of RULES[code] ?? []) {
    const match = message.match(pattern);
    if (match !== null) return hint(match);
  }
  return undefined;
}

import type { JsonObject } from '../../plan/types.ts';
import type { BootSource } from './vm-create-source.ts';

export interface RoleChoice {
  readonly name: string;
  readonly user: string;
  readonly size: string;
  readonly source: BootSource;
  readonly osImage?: string;
  readonly vmImage?: string;
  readonly mediaLink?: string;
  /** Name of the generated password in the secret store. */
  readonly passwordSecret?: string;
  readonly sshThumbprint?: string;
}

function provisioning(c: RoleChoice): JsonObject | undefined {
  if (!c.source.generalized) return undefined;
  const password = c.passwordSecret === undefined ? undefined : { $secret: c.passwordSecret };
  if (c.source.os === 'Windows') {
    return {
      configurationSetType: 'WindowsProvisioningConfiguration', computerName: c.name, adminPassword: password ?? null,
      adminUsername: c.user, resetPasswordOnFirstLogon: false, enableAutomaticUpdates: true,
    };
  }
  return {
    configurationSetType: 'LinuxProvisioningConfiguration', hostName: c.name, userName: c.user,
    ...(password === undefined ? {} : { userPassword: password }),
    disableSshPasswordAuthentication: c.sshThumbprint !== undefined,
    ...(c.sshThumbprint === undefined ? {} : { ssh: { publicKeys: [{ fingerprint: c.sshThumbprint, path: `/home/${c.user}/.ssh/authorized_keys` }] } }),
  };
}

/** The VM role of `virtualMachines.createDeployment`: provisioning, one remote-access endpoint, disk, size. */
export function vmRole(c: RoleChoice): JsonObject {
  const remote = c.source.os === 'Windows'
    ? { name: 'RemoteDesktop', protocol: 'tcp', port: 3389, localPort: 3389 }
    : { name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 };
  const config = provisioning(c);
  return {
    roleName: c.name,
    roleType: 'PersistentVMRole',
    configurationSets: [...(config === undefined ? [] : [config]), { configurationSetType: 'NetworkConfiguration', inputEndpoints: [remote] }],
    ...(c.vmImage !== undefined
      ? { vmImageName: c.vmImage }
      : { osVirtualHardDisk: { sourceImageName: c.osImage ?? '', mediaLink: c.mediaLink ?? '' } }),
    roleSize: c.size,
    provisionGuestAgent: true,
  };
}

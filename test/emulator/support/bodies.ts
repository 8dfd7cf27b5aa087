const NS = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.microsoft.com/windowsazure"';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Request documents as the service's own clients write them (namespaces, order, base64 labels). */
export const bodies = {
  createHostedService: (name: string, placement: { location?: string; affinityGroup?: string } = { location: 'West US' }) =>
    `<CreateHostedService ${NS}><ServiceName>${name}</ServiceName><Label>${b64(`${name} label`)}</Label><Description>${name} description</Description>` +
    (placement.location ? `<Location>${placement.location}</Location>` : '') +
    (placement.affinityGroup ? `<AffinityGroup>${placement.affinityGroup}</AffinityGroup>` : '') +
    '</CreateHostedService>',
  createStorage: (name: string, placement: { location?: string; affinityGroup?: string } = { location: 'West US' }) =>
    `<CreateStorageServiceInput ${NS}><ServiceName>${name}</ServiceName><Description>${name} description</Description><Label>${b64(name)}</Label>` +
    (placement.affinityGroup ? `<AffinityGroup>${placement.affinityGroup}</AffinityGroup>` : '') +
    (placement.location ? `<Location>${placement.location}</Location>` : '') +
    '<AccountType>Standard_LRS</AccountType></CreateStorageServiceInput>',
  createAffinityGroup: (name: string, location = 'West US') =>
    `<CreateAffinityGroup ${NS}><Name>${name}</Name><Label>${b64(name)}</Label><Description>group</Description><Location>${location}</Location></CreateAffinityGroup>`,
  linuxVmDeployment: (name: string, role: string, image = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd') =>
    `<Deployment ${NS}><Name>${name}</Name><DeploymentSlot>Production</DeploymentSlot><Label>${name}</Label><RoleList><Role>` +
    `<RoleName>${role}</RoleName><RoleType>PersistentVMRole</RoleType><ConfigurationSets>` +
    `<ConfigurationSet><ConfigurationSetType>LinuxProvisioningConfiguration</ConfigurationSetType><HostName>${role}host</HostName>` +
    '<UserName>azureuser</UserName><UserPassword>Pa55w.rd-1234</UserPassword><DisableSshPasswordAuthentication>false</DisableSshPasswordAuthentication></ConfigurationSet>' +
    '<ConfigurationSet><ConfigurationSetType>NetworkConfiguration</ConfigurationSetType><InputEndpoints><InputEndpoint>' +
    '<LocalPort>22</LocalPort><Name>SSH</Name><Port>22</Port><Protocol>tcp</Protocol></InputEndpoint></InputEndpoints></ConfigurationSet>' +
    `</ConfigurationSets><OSVirtualHardDisk><MediaLink>https://store.blob.core.windows.net/vhds/${role}.vhd</MediaLink>` +
    `<SourceImageName>${image}</SourceImageName></OSVirtualHardDisk><RoleSize>Small</RoleSize></Role></RoleList></Deployment>`,
  shutdownRole: (action = 'Stopped') =>
    `<ShutdownRoleOperation ${NS}><OperationType>ShutdownRoleOperation</OperationType><PostShutdownAction>${action}</PostShutdownAction></ShutdownRoleOperation>`,
  startRole: () => `<StartRoleOperation ${NS}><OperationType>StartRoleOperation</OperationType></StartRoleOperation>`,
};

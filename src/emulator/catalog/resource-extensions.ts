/** A VM extension as publishers offered them (names, versions, dates and texts from the service's own list). */
export interface ResourceExtensionEntry {
  readonly publisher: string;
  readonly name: string;
  readonly version: string;
  readonly label: string;
  readonly description: string;
  readonly publicConfigurationSchema?: string;
  readonly privateConfigurationSchema?: string;
  readonly replicationCompleted: boolean;
  readonly eula?: string;
  readonly privacyUri?: string;
  readonly homepageUri?: string;
  readonly isJsonExtension?: boolean;
  readonly supportedOS?: string;
  readonly companyName?: string;
  readonly publishedDate?: string;
  readonly regions?: readonly string[];
}

const LINUX_LICENSE = 'https://github.com/Azure/azure-linux-extensions/blob/1.0/LICENSE-2_0.txt';
const linux = (name: string, version: string, label: string, published: string, supportedOS?: string): ResourceExtensionEntry => ({
  publisher: 'Microsoft.OSTCExtensions',
  name,
  version,
  label,
  description: `${label}.`,
  replicationCompleted: true,
  eula: LINUX_LICENSE,
  privacyUri: LINUX_LICENSE,
  homepageUri: 'https://github.com/Azure/azure-linux-extensions',
  isJsonExtension: true,
  ...(supportedOS ? { supportedOS } : {}),
  companyName: 'Microsoft',
  publishedDate: published,
  regions: [],
});
const compute = (name: string, version: string, label: string, published?: string): ResourceExtensionEntry => ({
  publisher: 'Microsoft.Compute',
  name,
  version,
  label,
  description: `${label}.`,
  publicConfigurationSchema: '',
  privateConfigurationSchema: '',
  replicationCompleted: true,
  ...(published ? { isJsonExtension: true, companyName: 'Microsoft', publishedDate: published, regions: [] } : {}),
});
const CHEF = { eula: 'http://www.getchef.com/about/', privacyUri: 'http://www.getchef.com/about/', homepageUri: 'http://www.getchef.com/' };
const OLD_CHEF = { eula: 'https://github.com/opscode/chef/blob/master/LICENSE', privacyUri: 'https://github.com/opscode/chef/blob/master/LICENSE', homepageUri: 'http://www.getchef.com/' };
const chefDescription = 'Chef configuration requires a client.rb with valid settings for chef_server_url, validation_client_name values.';
const chef = (name: string, version: string, label: string, published: string): ResourceExtensionEntry => ({
  publisher: 'Chef.Bootstrap.WindowsAzure',
  name,
  version,
  label,
  description: chefDescription,
  replicationCompleted: true,
  ...CHEF,
  isJsonExtension: true,
  companyName: 'Chef Software, Inc.',
  publishedDate: published,
  regions: [],
});
const oldChef = (version: string): ResourceExtensionEntry => ({
  publisher: 'Chef.Bootstrap.WindowsAzure',
  name: 'ChefClient',
  version,
  label: 'Chef Client',
  description: chefDescription,
  publicConfigurationSchema: '',
  privateConfigurationSchema: '',
  replicationCompleted: true,
  ...OLD_CHEF,
  isJsonExtension: true,
});

/** Every version, oldest first per extension; List Resource Extensions shows the newest of each. */
export const RESOURCE_EXTENSIONS: readonly ResourceExtensionEntry[] = [
  compute('BGInfo', '1.1', 'Windows Azure BGinfo Extension for IaaS'),
  compute('CustomScriptExtension', '1.3', 'Windows Azure Script Handler Extension for IaaS', '2015-01-20T19:30:11.4011219Z'),
  compute('CustomScriptExtension', '1.4', 'Windows Azure Script Handler Extension for IaaS', '2015-03-31T18:22:51.7207767Z'),
  compute('VMAccessAgent', '2.0', 'Windows Azure Json VMAccess Extension for IaaS', '2015-02-07T01:54:39.2945583Z'),
  linux('CustomScriptForLinux', '1.2', 'Microsoft Azure Custom Script Extension for Linux IaaS', '2015-03-18T09:12:40.1523941Z', 'Linux'),
  linux('CustomScriptForLinux', '1.3', 'Microsoft Azure Custom Script Extension for Linux IaaS', '2015-06-25T03:39:53.9179473Z', 'Linux'),
  linux('LinuxDiagnostic', '2.0', 'Diagnostic Extension for Linux IaaS', '2015-06-08T05:47:36.1363937Z', 'Linux'),
  linux('OSPatchingForLinux', '2.0', 'Microsoft Azure OS Patching Extension for Linux IaaS', '2015-06-04T08:55:08.75042Z', 'Linux'),
  linux('VMAccessForLinux', '1.1', 'Microsoft Azure VMAccess Extension for Linux IaaS', '2014-12-12T08:33:33.4125573Z'),
  oldChef('11.10.4'),
  oldChef('11.12.0.0'),
  chef('ChefClient', '11.18.6.1', 'Chef Extension for windows', '2015-03-30T10:52:17.2842953Z'),
  chef('ChefClient', '1207.12.3.0', 'Chef Extension for windows', '2015-05-14T14:50:57.3799892Z'),
  chef('LinuxChefClient', '1207.12', 'Chef Extension for ubuntu', '2015-05-14T15:17:14.3088132Z'),
];

const newer = (a: string, b: string): boolean => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

/** The newest version of each extension. */
export function latestResourceExtensions(): ResourceExtensionEntry[] {
  const latest = new Map<string, ResourceExtensionEntry>();
  for (const entry of RESOURCE_EXTENSIONS) {
    const key = `${entry.publisher}/${entry.name}`.toLowerCase();
    const current = latest.get(key);
    if (!current || newer(entry.version, current.version)) latest.set(key, entry);
  }
  return [...latest.values()];
}

export function resourceExtensionVersions(publisher: string, name: string): ResourceExtensionEntry[] {
  return RESOURCE_EXTENSIONS.filter((e) => e.publisher.toLowerCase() === publisher.toLowerCase() && e.name.toLowerCase() === name.toLowerCase());
}

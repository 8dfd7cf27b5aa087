export interface PlatformVmImage {
  readonly name: string;
  readonly label: string;
  readonly category: 'Public';
  readonly description: string;
  readonly osDiskConfiguration: {
    readonly name: string;
    readonly hostCaching: string;
    readonly osState: string;
    readonly os: string;
    readonly logicalDiskSizeInGB: number;
    readonly ioType: string;
  };
  readonly location: string;
  readonly createdTime: string;
  readonly modifiedTime: string;
  readonly imageFamily: string;
  readonly recommendedVMSize: string;
  readonly isPremium: boolean;
  readonly eula: string;
  readonly privacyUri: string;
  readonly publisherName: string;
  readonly publishedDate: string;
}

const REGIONS =
  'East Asia;Southeast Asia;Australia East;Australia Southeast;Brazil South;North Europe;West Europe;Japan East;Japan West;Central US;East US;East US 2;North Central US;South Central US;West US';

/** Platform VM images every subscription sees (category Public). */
export const PLATFORM_VM_IMAGES: readonly PlatformVmImage[] = [
  {
    name: '1acf693f34c74e86a50be61cb631ddfe__ClouderaGolden-202406-699696',
    label: 'CDH 5.1 Evaluation',
    category: 'Public',
    description: 'Single click deployment of CDH 5.1 Evaluation for MR, HDFS and HIVE',
    osDiskConfiguration: {
      name: 'ClouderaGolden-202406-699696-os-2014-10-06',
      hostCaching: 'ReadWrite',
      osState: 'Specialized',
      os: 'Linux',
      logicalDiskSizeInGB: 30,
      ioType: 'Standard_LRS',
    },
    location: REGIONS,
    createdTime: '1801-01-01T00:00:00Z',
    modifiedTime: '1801-01-01T00:00:00Z',
    imageFamily: 'CDH 5.1 Evaluation',
    recommendedVMSize: 'Standard_D14',
    isPremium: false,
    eula: 'http://www.gnu.org/copyleft/gpl.html',
    privacyUri: 'http://www.cloudera.com/content/cloudera/en/privacy-policy.html',
    publisherName: 'Cloudera',
    publishedDate: '2014-10-27T04:00:00Z',
  },
  {
    name: 'c290a6b031d841e09f2da759bbabe71f__Oracle-Linux-6-12-2014',
    label: 'Oracle Linux 6.4.0.0.0',
    category: 'Public',
    description: 'Oracle Linux 6 Update 4 with the Unbreakable Enterprise Kernel.',
    osDiskConfiguration: {
      name: 'Oracle-Linux-6-12-2014-os-2014-12-09',
      hostCaching: 'ReadWrite',
      osState: 'Generalized',
      os: 'Linux',
      logicalDiskSizeInGB: 30,
      ioType: 'Standard_LRS',
    },
    location: REGIONS,
    createdTime: '2014-12-09T00:00:00Z',
    modifiedTime: '2014-12-09T00:00:00Z',
    imageFamily: 'Oracle Linux 6',
    recommendedVMSize: 'Small',
    isPremium: false,
    eula: 'http://www.oracle.com/technetwork/licenses/oracle-linux-license-2167891.html',
    privacyUri: 'http://www.oracle.com/us/legal/privacy/index.html',
    publisherName: 'Oracle',
    publishedDate: '2014-12-09T08:00:00Z',
  },
];

export function findPlatformVmImage(name: string): PlatformVmImage | undefined {
  return PLATFORM_VM_IMAGES.find((image) => image.name === name);
}

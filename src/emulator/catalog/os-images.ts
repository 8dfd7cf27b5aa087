import type { OsImageRecord } from '../persistence/index.ts';

/** A platform image: what the service lists for them, which has no Language and no OSState (those are on user images only). */
export interface PlatformOsImage extends Omit<OsImageRecord, 'osState' | 'language'> {
  readonly publisherName: string;
}

const ALL_REGIONS =
  'East Asia;Southeast Asia;Australia East;Australia Southeast;Brazil South;North Europe;West Europe;Japan East;Japan West;Central US;East US;East US 2;North Central US;South Central US;West US';

function platformImage(image: Omit<PlatformOsImage, 'category' | 'location' | 'isPremium' | 'mediaLink' | 'showInGui'>): PlatformOsImage {
  return { category: 'Public', location: ALL_REGIONS, isPremium: false, mediaLink: '', showInGui: true, ...image };
}

/** Platform images every subscription sees (category Public). */
export const PLATFORM_OS_IMAGES: readonly PlatformOsImage[] = [
  platformImage({
    name: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd',
    label: 'OpenLogic CentOS 6.2',
    logicalSizeInGB: 30,
    os: 'Linux',
    eula: 'http://www.openlogic.com/azure/service-agreement/',
    description: 'This distribution of Linux is based on CentOS version 6.2 and is provided by OpenLogic.',
    imageFamily: 'OpenLogic CentOS 6',
    publishedDate: '2012-05-31T00:00:00Z',
    iconUri: 'OpenLogic.png',
    privacyUri: 'http://www.openlogic.com/azure/privacy-policy/',
    recommendedVMSize: 'Small',
    publisherName: 'OpenLogic',
    smallIconUri: 'OpenLogic45.png',
  }),
  platformImage({
    name: 'b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_3-LTS-amd64-server-20150805-en-us-30GB',
    label: 'Ubuntu Server 14.04.3 LTS',
    logicalSizeInGB: 30,
    os: 'Linux',
    eula: 'http://www.ubuntu.com/project/about-ubuntu/licensing;http://www.ubuntu.com/aboutus/privacypolicy',
    description: 'Ubuntu Server 14.04.3 LTS (amd64 20150805) for Microsoft Azure.',
    imageFamily: 'Ubuntu Server 14.04 LTS',
    publishedDate: '2015-08-05T00:00:00Z',
    iconUri: 'Ubuntu-cof-100.png',
    privacyUri: 'http://www.ubuntu.com/aboutus/privacypolicy',
    recommendedVMSize: 'Small',
    publisherName: 'Canonical',
    smallIconUri: 'Ubuntu-cof-45.png',
  }),
  platformImage({
    name: 'a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-20150828-en.us-127GB.vhd',
    label: 'Windows Server 2012 R2 Datacenter, August 2015',
    logicalSizeInGB: 128,
    os: 'Windows',
    eula: '',
    description: 'At the heart of the Microsoft Cloud OS vision, Windows Server 2012 R2 brings Microsoft\'s experience delivering global-scale cloud services into your infrastructure.',
    imageFamily: 'Windows Server 2012 R2 Datacenter',
    publishedDate: '2015-08-28T00:00:00Z',
    iconUri: 'WindowsServer2012R2_100.png',
    privacyUri: '',
    recommendedVMSize: 'Medium',
    publisherName: 'Microsoft Windows Server Group',
    smallIconUri: 'WindowsServer2012R2_45.png',
  }),
  platformImage({
    name: 'a699494373c04fc0bc8f2bb1389d6106__Win2K8R2SP1-Datacenter-20150825-en.us-127GB.vhd',
    label: 'Windows Server 2008 R2 SP1, August 2015',
    logicalSizeInGB: 128,
    os: 'Windows',
    eula: '',
    description: 'Windows Server 2008 R2 is a multi-purpose server designed to increase the reliability and flexibility of your server or private cloud infrastructure.',
    imageFamily: 'Windows Server 2008 R2 SP1',
    publishedDate: '2015-08-25T00:00:00Z',
    iconUri: 'WindowsServer2008R2_100.png',
    privacyUri: '',
    recommendedVMSize: 'Medium',
    publisherName: 'Microsoft Windows Server Group',
    smallIconUri: 'WindowsServer2008R2_45.png',
  }),
];

export function findPlatformOsImage(name: string): PlatformOsImage | undefined {
  return PLATFORM_OS_IMAGES.find((image) => image.name === name);
}

export type OsType = 'Linux' | 'Windows';

export interface OSImage {
  readonly affinityGroup?: string;
  readonly category?: string;
  readonly label?: string;
  readonly location?: string;
  readonly logicalSizeInGB?: number;
  readonly mediaLink?: string;
  readonly name: string;
  readonly os?: string;
  readonly isPremium?: boolean;
  readonly osState?: string;
  readonly ioType?: string;
  readonly eula?: string;
  readonly description?: string;
  readonly imageFamily?: string;
  readonly showInGui?: boolean;
  readonly publishedDate?: string;
  readonly iconUri?: string;
  readonly privacyUri?: string;
  readonly recommendedVMSize?: string;
  readonly smallIconUri?: string;
  readonly language?: string;
  readonly publisherName?: string;
  readonly pricingDetailLink?: string;
}

export interface OSImageDetails extends OSImage {
  readonly replicationProgress?: readonly { readonly location?: string; readonly progress?: number }[];
}

export interface AddOSImageInput {
  readonly label: string;
  readonly mediaLink: string;
  readonly name: string;
  readonly os: OsType;
}

/** Update OS image: the label is required by the service; the other fields of the image reference are optional. */
export interface UpdateOSImageInput {
  readonly label: string;
  readonly mediaLink?: string;
  readonly name?: string;
  readonly os?: OsType;
  readonly eula?: string;
  readonly description?: string;
  readonly imageFamily?: string;
  readonly showInGui?: boolean;
  readonly publishedDate?: string;
  readonly iconUri?: string;
  readonly privacyUri?: string;
  readonly recommendedVMSize?: string;
  readonly smallIconUri?: string;
  readonly language?: string;
}

export interface VMImageDiskConfiguration {
  readonly name?: string;
  readonly hostCaching?: string;
  readonly osState?: string;
  readonly os?: string;
  readonly lun?: number;
  readonly mediaLink?: string;
  readonly logicalDiskSizeInGB?: number;
  readonly ioType?: string;
}

export interface VMImage {
  readonly name: string;
  readonly label?: string;
  readonly category?: string;
  readonly description?: string;
  readonly osDiskConfiguration?: VMImageDiskConfiguration;
  readonly dataDiskConfigurations?: readonly VMImageDiskConfiguration[];
  readonly serviceName?: string;
  readonly deploymentName?: string;
  readonly roleName?: string;
  readonly location?: string;
  readonly affinityGroup?: string;
  readonly createdTime?: string;
  readonly modifiedTime?: string;
  readonly language?: string;
  readonly imageFamily?: string;
  readonly recommendedVMSize?: string;
  readonly isPremium?: boolean;
  readonly eula?: string;
  readonly iconUri?: string;
  readonly smallIconUri?: string;
  readonly privacyUri?: string;
  readonly publisherName?: string;
  readonly publishedDate?: string;
  readonly vmImageState?: string;
  readonly showInGui?: boolean;
  readonly pricingDetailLink?: string;
}

export interface ListVMImagesOptions {
  readonly location?: string;
  readonly publisher?: string;
  readonly category?: string;
}

/** Capture a VM as a VM image (CaptureRoleAsVMImage). */
export interface CaptureVMImageInput {
  readonly osState: 'Generalized' | 'Specialized';
  readonly vmImageName: string;
  readonly vmImageLabel: string;
  readonly description?: string;
  readonly language?: string;
  readonly imageFamily?: string;
  readonly recommendedVMSize?: string;
}

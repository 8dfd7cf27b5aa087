import { bool, document, int, list, object, text } from '../schema.ts';

const osImageHead = {
  AffinityGroup: text,
  Category: text,
  Label: text,
  Location: text,
  LogicalSizeInGB: int,
  MediaLink: text,
  Name: text,
  OS: text,
  IsPremium: bool,
};
const osImageTail = {
  OSState: text,
  IOType: text,
  Eula: text,
  Description: text,
  ImageFamily: text,
  ShowInGui: bool,
  PublishedDate: text,
  IconUri: text,
  PrivacyUri: text,
  RecommendedVMSize: text,
  SmallIconUri: text,
  Language: text,
  PublisherName: text,
  PricingDetailLink: text,
};

/** Add/update OS image requests use a subset of these elements, in the same order. */
export const osImage = object({ ...osImageHead, ...osImageTail });
export const OSImage = document('OSImage', osImage);
export const Images = document('Images', list('OSImage', osImage));

export const OSImageDetails = document('OSImageDetails', {
  ...osImageHead,
  ReplicationProgress: list('ReplicationProgressElement', object({ Location: text, Progress: int })),
  ...osImageTail,
});

const vmImage = object({
  Name: text,
  Label: text,
  Category: text,
  Description: text,
  OSDiskConfiguration: object({
    Name: text,
    HostCaching: text,
    OSState: text,
    OS: text,
    MediaLink: text,
    LogicalDiskSizeInGB: int,
    IOType: text,
  }),
  DataDiskConfigurations: list(
    'DataDiskConfiguration',
    object({ Name: text, HostCaching: text, Lun: int, MediaLink: text, LogicalDiskSizeInGB: int, IOType: text }),
  ),
  ServiceName: text,
  DeploymentName: text,
  RoleName: text,
  Location: text,
  AffinityGroup: text,
  CreatedTime: text,
  ModifiedTime: text,
  Language: text,
  ImageFamily: text,
  RecommendedVMSize: text,
  IsPremium: bool,
  Eula: text,
  IconUri: text,
  SmallIconUri: text,
  PrivacyUri: text,
  PublisherName: text,
  PublishedDate: text,
  VMImageState: text,
  ShowInGui: bool,
  PricingDetailLink: text,
});
export const VMImages = document('VMImages', list('VMImage', vmImage));

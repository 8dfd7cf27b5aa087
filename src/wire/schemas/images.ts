import { bool, document, int, list, object, text } from '../schema.ts';

/**
 * OS image elements in the order the service writes them; the add and update requests send a
 * subset of them in the same order.
 */
const osImageFields = {
  AffinityGroup: text,
  Category: text,
  Label: text,
  Location: text,
  LogicalSizeInGB: int,
  MediaLink: text,
  Name: text,
  OS: text,
  Eula: text,
  Description: text,
  ImageFamily: text,
  ShowInGui: bool,
  PublishedDate: text,
  IsPremium: bool,
  IconUri: text,
  PrivacyUri: text,
  RecommendedVMSize: text,
  PublisherName: text,
  PricingDetailLink: text,
  SmallIconUri: text,
  Language: text,
  OSState: text,
  IOType: text,
};

export const osImage = object(osImageFields);
export const OSImage = document('OSImage', osImage);
export const Images = document('Images', list('OSImage', osImage));

const { OSState: _osState, IOType: _ioType, ...osImageDetailFields } = osImageFields;
export const OSImageDetails = document('OSImageDetails', {
  ...osImageDetailFields,
  ReplicationProgress: list('ReplicationProgressElement', object({ Location: text, Progress: int })),
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

import { bool, document, int, list, object, text } from '../schema.ts';

/**
 * A disk of the image repository, in the order the service writes it. Add Disk sends `OS, Label,
 * MediaLink, Name` and Update Disk `Label` (and the name), a subset in the same order.
 */
export const disk = object({
  AffinityGroup: text,
  AttachedTo: object({ HostedServiceName: text, DeploymentName: text, RoleName: text }),
  IsCorrupted: bool,
  OS: text,
  Label: text,
  Location: text,
  LogicalDiskSizeInGB: int,
  MediaLink: text,
  Name: text,
  SourceImageName: text,
  CreatedTime: text,
  IOType: text,
});
export const Disk = document('Disk', disk);
export const Disks = document('Disks', list('Disk', disk));

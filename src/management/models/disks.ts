/** Where a disk is attached; absent when it is free. */
export interface DiskAttachment {
  readonly hostedServiceName?: string;
  readonly deploymentName?: string;
  readonly roleName?: string;
}

/** A disk of the image repository: an OS or data disk backed by a VHD blob. */
export interface Disk {
  readonly name: string;
  readonly affinityGroup?: string;
  readonly attachedTo?: DiskAttachment;
  readonly isCorrupted?: boolean;
  /** `Linux` or `Windows` for an OS disk; absent for a data disk. */
  readonly os?: string;
  readonly label?: string;
  readonly location?: string;
  readonly logicalDiskSizeInGB?: number;
  readonly mediaLink?: string;
  readonly sourceImageName?: string;
  readonly createdTime?: string;
  readonly ioType?: string;
}

export interface AddDiskInput {
  readonly name: string;
  readonly label: string;
  /** The https URL of the VHD blob. */
  readonly mediaLink: string;
  /** `Linux` or `Windows` for an OS disk; omit for a data disk. */
  readonly os?: 'Linux' | 'Windows';
}

export interface UpdateDiskInput {
  readonly label: string;
}

/**
 * Add Data Disk: an existing disk of the repository (`diskName`), a new empty disk
 * (`mediaLink` + `logicalDiskSizeInGB`), or a copy of a VHD (`sourceMediaLink` + `mediaLink`).
 */
export interface AddDataDiskInput {
  readonly lun: number;
  readonly hostCaching?: 'None' | 'ReadOnly' | 'ReadWrite';
  readonly diskLabel?: string;
  readonly diskName?: string;
  readonly logicalDiskSizeInGB?: number;
  readonly mediaLink?: string;
  readonly sourceMediaLink?: string;
}

export interface UpdateDataDiskInput {
  readonly hostCaching?: 'None' | 'ReadOnly' | 'ReadWrite';
  readonly diskLabel?: string;
  readonly diskName?: string;
  /** The LUN to move the disk to; default the current one. */
  readonly updatedLun?: number;
  readonly logicalDiskSizeInGB?: number;
  readonly mediaLink?: string;
}

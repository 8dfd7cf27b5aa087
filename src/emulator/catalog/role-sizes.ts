export interface RoleSizeEntry {
  readonly name: string;
  readonly label: string;
  readonly cores: number;
  readonly memoryInMb: number;
  readonly supportedByWebWorkerRoles: boolean;
  readonly supportedByVirtualMachines: boolean;
  readonly maxDataDiskCount: number;
  readonly webWorkerResourceDiskSizeInMb: number;
  readonly virtualMachineResourceDiskSizeInMb: number;
}

// name, cores, memory MB, web/worker roles, max data disks, web/worker disk MB, VM disk MB.
// A0–A4 are listed by their old names (ExtraSmall … ExtraLarge), as the service lists them.
type Row = readonly [string, number, number, boolean, number, number, number];
const GB = 1024;
/** Sizes whose resource disk is the same for web/worker roles and VMs. */
const both = (name: string, cores: number, memoryInMb: number, disks: number, diskGb: number): Row => [name, cores, memoryInMb, true, disks, diskGb * GB, diskGb * GB];
/** Sizes for VMs only (premium storage, G series). */
const vmOnly = (name: string, cores: number, memoryInMb: number, disks: number, diskMb: number): Row => [name, cores, memoryInMb, false, disks, 0, diskMb];

// The rows of the service's own List Role Sizes response (recordings/test_legacy_mgmt_misc.test_list_role_sizes.yaml) …
const LISTED: readonly Row[] = [
  ['A10', 8, 57344, true, 16, 1861268, 391828],
  ['A11', 16, 114688, true, 16, 1861268, 391828],
  ['A5', 2, 14336, true, 4, 501760, 138240],
  ['A6', 4, 28672, true, 8, 1024000, 291840],
  ['A7', 8, 57344, true, 16, 2088960, 619520],
  ['A8', 8, 57344, true, 16, 1861268, 391828],
  ['A9', 16, 114688, true, 16, 1861268, 391828],
  vmOnly('Basic_A0', 1, 768, 1, 20480),
  vmOnly('Basic_A1', 1, 1792, 2, 40960),
  vmOnly('Basic_A2', 2, 3584, 4, 61440),
  vmOnly('Basic_A3', 4, 7168, 8, 122880),
  vmOnly('Basic_A4', 8, 14336, 16, 245760),
  vmOnly('Basic_D1', 1, 3584, 2, 10240),
  vmOnly('Basic_D11', 2, 14336, 4, 40960),
  vmOnly('Basic_D12', 4, 28672, 8, 102400),
  vmOnly('Basic_D13', 8, 57344, 16, 204800),
  vmOnly('Basic_D2', 2, 7168, 4, 40960),
  vmOnly('Basic_D3', 4, 14336, 8, 102400),
  vmOnly('Basic_D4', 8, 28672, 16, 204800),
  vmOnly('Basic_D5', 16, 57344, 32, 409600),
  ['ExtraLarge', 8, 14336, true, 16, 2088960, 619520],
  ['ExtraSmall', 1, 768, true, 1, 20480, 20480],
  ['Large', 4, 7168, true, 8, 1024000, 291840],
  ['Medium', 2, 3584, true, 4, 501760, 138240],
  ['Small', 1, 1792, true, 2, 230400, 71680],
  ['Standard_D1', 1, 3584, true, 2, 51200, 51200],
  ['Standard_D11', 2, 14336, true, 4, 102400, 102400],
  ['Standard_D12', 4, 28672, true, 8, 256000, 256000],
  ['Standard_D13', 8, 57344, true, 16, 512000, 512000],
  ['Standard_D14', 16, 114688, true, 32, 1024000, 1024000],
  ['Standard_D2', 2, 7168, true, 4, 102400, 102400],
  ['Standard_D3', 4, 14336, true, 8, 256000, 256000],
  ['Standard_D4', 8, 28672, true, 16, 512000, 512000],
  vmOnly('Standard_DS1', 1, 3584, 2, 7168),
  vmOnly('Standard_DS11', 2, 14336, 4, 28672),
  vmOnly('Standard_DS12', 4, 28672, 8, 57344),
  vmOnly('Standard_DS13', 8, 57344, 16, 114688),
  vmOnly('Standard_DS14', 16, 114688, 32, 229376),
  vmOnly('Standard_DS2', 2, 7168, 4, 14336),
  vmOnly('Standard_DS3', 4, 14336, 8, 28672),
  vmOnly('Standard_DS4', 8, 28672, 16, 57344),
  vmOnly('Standard_G1', 2, 28672, 4, 393216),
  vmOnly('Standard_G2', 4, 57344, 8, 786432),
  vmOnly('Standard_G3', 8, 114688, 16, 1572864),
  vmOnly('Standard_G4', 16, 229376, 32, 3145728),
  vmOnly('Standard_G5', 32, 458752, 64, 6291456),
];

// … and the sizes the service added after that recording: A v2, D v2 and GS (published sizes).
const ADDED: readonly Row[] = [
  both('Standard_A1_v2', 1, 2048, 2, 10), both('Standard_A2_v2', 2, 4096, 4, 20), both('Standard_A4_v2', 4, 8192, 8, 40),
  both('Standard_A8_v2', 8, 16384, 16, 80), both('Standard_A2m_v2', 2, 16384, 4, 20), both('Standard_A4m_v2', 4, 32768, 8, 40),
  both('Standard_A8m_v2', 8, 65536, 16, 80),
  both('Standard_D1_v2', 1, 3584, 4, 50), both('Standard_D2_v2', 2, 7168, 8, 100), both('Standard_D3_v2', 4, 14336, 16, 200),
  both('Standard_D4_v2', 8, 28672, 32, 400), both('Standard_D5_v2', 16, 57344, 64, 800), both('Standard_D11_v2', 2, 14336, 8, 100),
  both('Standard_D12_v2', 4, 28672, 16, 200), both('Standard_D13_v2', 8, 57344, 32, 400), both('Standard_D14_v2', 16, 114688, 64, 800),
  both('Standard_D15_v2', 20, 143360, 64, 1000),
  vmOnly('Standard_GS1', 2, 28672, 4, 56 * GB), vmOnly('Standard_GS2', 4, 57344, 8, 112 * GB), vmOnly('Standard_GS3', 8, 114688, 16, 224 * GB),
  vmOnly('Standard_GS4', 16, 229376, 32, 448 * GB), vmOnly('Standard_GS5', 32, 458752, 64, 896 * GB),
];

// Listed sorted by name, as the service lists them.
const ROWS: readonly Row[] = [...LISTED, ...ADDED].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export const ROLE_SIZES: readonly RoleSizeEntry[] = ROWS.map(([name, cores, memoryInMb, webWorker, maxDisks, wwDisk, vmDisk]) => ({
  name,
  label: `${name} (${cores} cores, ${memoryInMb} MB)`,
  cores,
  memoryInMb,
  supportedByWebWorkerRoles: webWorker,
  supportedByVirtualMachines: true,
  maxDataDiskCount: maxDisks,
  webWorkerResourceDiskSizeInMb: wwDisk,
  virtualMachineResourceDiskSizeInMb: vmDisk,
}));

export const WEB_WORKER_ROLE_SIZES = ROLE_SIZES.filter((size) => size.supportedByWebWorkerRoles).map((size) => size.name);
export const VIRTUAL_MACHINE_ROLE_SIZES = ROLE_SIZES.map((size) => size.name);

export function findRoleSize(name: string): RoleSizeEntry | undefined {
  return ROLE_SIZES.find((size) => size.name.toLowerCase() === name.toLowerCase());
}

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

// name, cores, memory MB, web/worker roles, max data disks, web/worker disk MB, VM disk MB
type Row = readonly [string, number, number, boolean, number, number, number];
const ROWS: readonly Row[] = [
  ['A10', 8, 57344, true, 16, 1861268, 391828],
  ['A11', 16, 114688, true, 16, 1861268, 391828],
  ['A5', 2, 14336, true, 4, 501760, 138240],
  ['A6', 4, 28672, true, 8, 1024000, 291840],
  ['A7', 8, 57344, true, 16, 2088960, 619520],
  ['A8', 8, 57344, true, 16, 1861268, 391828],
  ['A9', 16, 114688, true, 16, 1861268, 391828],
  ['Basic_A0', 1, 768, false, 1, 0, 20480],
  ['Basic_A1', 1, 1792, false, 2, 0, 40960],
  ['Basic_A2', 2, 3584, false, 4, 0, 61440],
  ['Basic_A3', 4, 7168, false, 8, 0, 122880],
  ['Basic_A4', 8, 14336, false, 16, 0, 245760],
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
  ['Standard_DS1', 1, 3584, false, 2, 0, 7168],
  ['Standard_DS2', 2, 7168, false, 4, 0, 14336],
  ['Standard_DS3', 4, 14336, false, 8, 0, 28672],
  ['Standard_DS4', 8, 28672, false, 16, 0, 57344],
  ['Standard_G1', 2, 28672, false, 4, 0, 393216],
  ['Standard_G2', 4, 57344, false, 8, 0, 786432],
];

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

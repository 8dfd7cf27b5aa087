export interface OperatingSystemEntry {
  readonly version: string;
  readonly label: string;
  readonly isDefault: boolean;
  readonly isActive: boolean;
  readonly family: number;
  readonly familyLabel: string;
}

export interface OperatingSystemFamilyEntry {
  readonly name: string;
  readonly label: string;
  readonly operatingSystems: readonly Omit<OperatingSystemEntry, 'family' | 'familyLabel'>[];
}

const FAMILY_LABELS: Readonly<Record<number, string>> = {
  2: 'Windows Server 2008 R2 SP1',
  3: 'Windows Server 2012',
  4: 'Windows Server 2012 R2',
};

// Guest OS releases per family: [family, major, first minor, release months]. The newest of a
// family is active and the family's default; the two before it are still active.
const RELEASES = ['201503-01', '201504-01', '201505-01', '201506-01', '201507-01', '201508-01', '201509-01', '201510-01'];
const FAMILY_MINORS: readonly (readonly [number, number, number])[] = [
  [2, 2, 34],
  [3, 3, 22],
  [4, 4, 15],
];

export const OPERATING_SYSTEMS: readonly OperatingSystemEntry[] = FAMILY_MINORS.flatMap(([family, major, firstMinor]) =>
  RELEASES.map((release, index) => {
    const version = `WA-GUEST-OS-${major}.${firstMinor + index}_${release}`;
    return {
      version,
      label: `Windows Azure Guest OS ${major}.${firstMinor + index} (Release ${release})`,
      isDefault: index === RELEASES.length - 1,
      isActive: index >= RELEASES.length - 3,
      family,
      familyLabel: FAMILY_LABELS[family] ?? `Family ${family}`,
    };
  }),
);

export const OPERATING_SYSTEM_FAMILIES: readonly OperatingSystemFamilyEntry[] = FAMILY_MINORS.map(([family]) => ({
  name: String(family),
  label: FAMILY_LABELS[family] ?? `Family ${family}`,
  operatingSystems: OPERATING_SYSTEMS.filter((os) => os.family === family).map(({ version, label, isDefault, isActive }) => ({
    version,
    label,
    isDefault,
    isActive,
  })),
}));

/** Defaults and limits commands use; the CLI and the bot fill them from their configuration. */
export interface CommandSettings {
  readonly vm: {
    /** Platform OS image used when `vm create` gets no `--image`. */
    readonly image: string;
    readonly size: string;
    readonly adminUser: string;
    /** Storage account for OS disks; when absent, one of the subscription's accounts in the VM's location. */
    readonly vhdStorageAccount?: string;
    readonly vhdContainer: string;
  };
  /** Downloads of `.cscfg` files given by URL. */
  readonly serviceConfiguration: {
    /** Host patterns; `*.` matches any subdomain. */
    readonly allowedHosts: readonly string[];
    readonly maxBytes: number;
    readonly timeoutMs: number;
  };
}

export const DEFAULT_SETTINGS: CommandSettings = {
  vm: {
    image: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd',
    size: 'Small',
    adminUser: 'azureuser',
    vhdContainer: 'vhds',
  },
  serviceConfiguration: {
    allowedHosts: ['*.blob.core.windows.net'],
    maxBytes: 1024 * 1024,
    timeoutMs: 30_000,
  },
};

export interface SettingsOverrides {
  readonly vm?: Partial<CommandSettings['vm']>;
  readonly serviceConfiguration?: Partial<CommandSettings['serviceConfiguration']>;
}

export function commandSettings(overrides: SettingsOverrides = {}): CommandSettings {
  return {
    vm: { ...DEFAULT_SETTINGS.vm, ...overrides.vm },
    serviceConfiguration: { ...DEFAULT_SETTINGS.serviceConfiguration, ...overrides.serviceConfiguration },
  };
}

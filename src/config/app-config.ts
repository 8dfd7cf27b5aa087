import type { Risk } from '../commands/plan/types.ts';

/** Who may do what, by Slack user id (`U…`, `W…`) or user group id (`S…`). */
export interface RoleConfig {
  /** May run changes. */
  readonly operators: readonly string[];
  /** May run destroys. */
  readonly destroyers: readonly string[];
  /** May approve or deny other people's jobs. */
  readonly approvers: readonly string[];
  /** When set, only these (and the three roles above) may run reads; when absent, anyone in a bound channel. */
  readonly readers?: readonly string[];
}

/** One channel's binding: the subscription it manages and how approvals work there. */
export interface ChannelConfig {
  readonly subscriptionId: string;
  /** The Key Vault secret (or certificate) name of the subscription's management certificate. */
  readonly certificate: string;
  /** The ASM endpoint when not the public one (the emulator, a sovereign cloud). */
  readonly endpoint?: string;
  /** Risks that need a second person's approval here. */
  readonly approval: readonly Risk[];
  readonly approvalTtlMinutes: number;
  /** The roles in force in this channel (the global ones with this channel's overrides applied). */
  readonly roles: RoleConfig;
}

/** Every app setting, validated. Holds two secrets (signing secret, bot token): never log it whole, use `describeConfig`. */
export interface AppConfig {
  readonly slack: {
    readonly signingSecret: string;
    readonly botToken: string;
    /** The Web API base URL (the local stand-in's); absent: Slack's own. Ends with `/`. */
    readonly apiUrl?: string;
  };
  readonly storage: { readonly connectionString: string };
  readonly keyVault: { readonly url: string; readonly clientId?: string };
  /** Channel id → binding. */
  readonly channels: Readonly<Record<string, ChannelConfig>>;
  /** The roles of channels that do not override them. */
  readonly roles: RoleConfig;
  readonly schedules: {
    /** Six-field NCRONTAB of the operation poller. */
    readonly poll: string;
    /** Six-field NCRONTAB of the digest check. */
    readonly digestCheck: string;
  };
  readonly operationDeadlineMinutes: number;
  readonly certCacheSeconds: number;
}

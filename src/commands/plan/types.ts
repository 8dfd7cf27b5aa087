export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

export type Risk = 'read' | 'change' | 'destroy';

/** Stands in a step's arguments for a secret kept in a secret store, so a plan never holds one. */
export interface SecretPlaceholder {
  readonly $secret: string;
}

/** Stands in a `forEach` step's arguments for a field of the current item. */
export interface ItemPlaceholder {
  readonly $item: string;
}

/** One management call: `client[group][method](...args, { ...options, abortSignal })`. */
export interface PlanStep {
  /** Stable within the plan, e.g. `ensure-service`, `create-deployment`. */
  readonly id: string;
  /** Says what the step does, for people: "Create cloud service `myvm` in West US". */
  readonly title: string;
  /** `group.method` of the management client, e.g. `hostedServices.create`. */
  readonly call: string;
  readonly args: readonly JsonValue[];
  readonly options?: JsonObject;
  /** The service runs it asynchronously: it resolves to `{ requestId }` to wait on. */
  readonly async: boolean;
  /** Ensure semantics: skip the step when this read succeeds; a `ResourceNotFound` means "run it". */
  readonly skipIf?: { readonly call: string; readonly args: readonly JsonValue[]; readonly options?: JsonObject };
  /** Run the call once per element of an earlier step's result (reads only). */
  readonly forEach?: { readonly step: string };
}

export interface PlanSecret {
  /** Name in the secret store (letters, digits, hyphens: valid for Key Vault too). */
  readonly name: string;
  readonly description: string;
  /** Where it was stored (a file path, a vault URL); absent on a dry run. */
  readonly location?: string;
}

/** The ordered management calls of one command, JSON-serializable so another process can resume it. */
export interface Plan {
  readonly version: 1;
  readonly commandId: string;
  /** The command in canonical form, e.g. `vm create myvm "West US" --size Small`. */
  readonly command: string;
  readonly risk: Risk;
  readonly summary: string;
  readonly steps: readonly PlanStep[];
  readonly secrets: readonly PlanSecret[];
  /** Facts worth telling before running (chosen defaults, where the VHD goes). */
  readonly notes: readonly string[];
}

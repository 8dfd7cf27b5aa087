/** Options every operation accepts. */
export interface OperationOptions {
  /** Cancels the call, including any retry delay. */
  readonly abortSignal?: AbortSignal;
  /** Per-attempt timeout in milliseconds; defaults to the client's `timeoutMs`. */
  readonly timeoutMs?: number;
}

/** The result of an operation the service runs asynchronously: poll it with `operations.get` or `operations.wait`. */
export interface AsyncOperation {
  /** The `x-ms-request-id` of the accepted request, the id of its operation. */
  readonly requestId: string;
}

export type ExtendedProperties = Readonly<Record<string, string>>;

export interface ComputeCapabilities {
  readonly webWorkerRoleSizes?: readonly string[];
  readonly virtualMachinesRoleSizes?: readonly string[];
}

export interface AvailabilityResponse {
  readonly result?: boolean;
  /** Why the name is not available; absent when it is. */
  readonly reason?: string;
}

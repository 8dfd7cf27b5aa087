import { isEmulatorError } from '../errors/index.ts';
import type { EmulatorState, OperationRecord } from '../persistence/index.ts';
import type { Clock } from './clock.ts';
import type { TransitionRegistry } from './transitions.ts';

export interface OperationFailure {
  readonly httpStatusCode: number;
  readonly code: string;
  readonly message: string;
}

export interface OperationEngineOptions {
  readonly state: () => EmulatorState;
  readonly clock: Clock;
  readonly transitions: TransitionRegistry;
  readonly delayMs: number;
  readonly persist: () => void;
  readonly log: (message: string) => void;
}

const DEFAULT_FAILURE: OperationFailure = {
  httpStatusCode: 500,
  code: 'InternalError',
  message: 'The server encountered an internal error. Please retry the request.',
};
const KEEP_FINISHED = 2000;

/**
 * Runs the service's asynchronous operations: each is stored InProgress with the time it
 * completes and the transition to apply, so a restarted emulator resumes it (`resume`).
 */
export class OperationEngine {
  readonly #options: OperationEngineOptions;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  #delayMs: number;
  #failNext: OperationFailure | undefined;
  #order: Set<string> | undefined;
  #orderFor: Record<string, OperationRecord> | undefined;

  constructor(options: OperationEngineOptions) {
    this.#options = options;
    this.#delayMs = options.delayMs;
  }

  get delayMs(): number {
    return this.#delayMs;
  }

  set delayMs(value: number) {
    this.#delayMs = Math.max(0, value);
  }

  /** Starts an operation whose transition runs after the configured delay. */
  begin(subscriptionId: string, requestId: string, kind: string, params: Record<string, unknown>): OperationRecord {
    if (!this.#options.transitions[kind]) throw new Error(`No transition '${kind}' is registered.`);
    const record: OperationRecord = {
      id: requestId,
      subscriptionId,
      status: 'InProgress',
      completeAt: this.#options.clock.now() + this.#delayMs,
      transition: { kind, params },
    };
    this.#store(record);
    if (this.#delayMs <= 0) this.#complete(requestId);
    else this.#schedule(record);
    return record;
  }

  /** Records a request the service answered synchronously, so Get Operation Status knows it. */
  recordFinished(subscriptionId: string, requestId: string, failure?: OperationFailure): void {
    this.#store({
      id: requestId,
      subscriptionId,
      status: failure ? 'Failed' : 'Succeeded',
      httpStatusCode: failure ? failure.httpStatusCode : 200,
      completedAt: this.#options.clock.now(),
      ...(failure ? { error: { code: failure.code, message: failure.message } } : {}),
    });
  }

  failNextOperation(failure: Partial<OperationFailure> = {}): void {
    this.#failNext = { ...DEFAULT_FAILURE, ...failure };
  }

  /** Completes every pending operation now; returns how many. */
  completeAll(): number {
    const pending = this.pendingIds();
    for (const id of pending) this.#complete(id);
    return pending.length;
  }

  pendingIds(): string[] {
    return Object.values(this.#options.state().operations)
      .filter((operation) => operation.status === 'InProgress')
      .map((operation) => operation.id);
  }

  /** Schedules the operations a previous run left InProgress. */
  resume(): number {
    const pending = Object.values(this.#options.state().operations).filter((operation) => operation.status === 'InProgress');
    for (const operation of pending) this.#schedule(operation);
    return pending.length;
  }

  close(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  #store(record: OperationRecord): void {
    const operations = this.#options.state().operations;
    const order = this.#orderOf(operations);
    operations[record.id] = record;
    order.add(record.id);
    if (order.size <= KEEP_FINISHED) return;
    // The oldest beyond the newest KEEP_FINISHED go, unless still in progress.
    let excess = order.size - KEEP_FINISHED;
    for (const id of order) {
      if (excess-- <= 0) break;
      if (operations[id]?.status !== 'InProgress') {
        delete operations[id];
        order.delete(id);
      }
    }
  }

  /**
   * The operations' ids in the order the object holds them (a Set keeps a re-added id in place,
   * as an object keeps a re-assigned key), built once per operations object instead of listing
   * its keys at every store.
   */
  #orderOf(operations: Record<string, OperationRecord>): Set<string> {
    if (this.#order === undefined || this.#orderFor !== operations) {
      this.#order = new Set(Object.keys(operations));
      this.#orderFor = operations;
    }
    return this.#order;
  }

  #schedule(record: OperationRecord): void {
    const wait = Math.max(0, (record.completeAt ?? 0) - this.#options.clock.now());
    const timer = setTimeout(() => {
      this.#timers.delete(record.id);
      this.#complete(record.id);
      this.#options.persist();
    }, wait);
    timer.unref();
    this.#timers.set(record.id, timer);
  }

  #complete(id: string): void {
    const timer = this.#timers.get(id);
    if (timer) {
      clearTimeout(timer);
      this.#timers.delete(id);
    }
    const state = this.#options.state();
    const record = state.operations[id];
    if (!record || record.status !== 'InProgress' || !record.transition) return;
    const transition = this.#options.transitions[record.transition.kind];
    const context = { state, clock: this.#options.clock, subscriptionId: record.subscriptionId, requestId: id };
    const params = record.transition.params;
    let failure = this.#failNext;
    this.#failNext = undefined;
    if (!failure && transition) {
      try {
        transition.succeed(context, params);
      } catch (error) {
        if (!isEmulatorError(error)) this.#options.log(`operation ${id} (${record.transition.kind}) failed: ${String(error)}`);
        failure = isEmulatorError(error)
          ? { httpStatusCode: error.statusCode, code: error.code, message: error.message }
          : DEFAULT_FAILURE;
      }
    }
    if (failure) {
      transition?.fail(context, params);
      record.status = 'Failed';
      record.httpStatusCode = failure.httpStatusCode;
      record.error = { code: failure.code, message: failure.message };
    } else {
      record.status = 'Succeeded';
      record.httpStatusCode = 200;
    }
    delete record.completeAt;
    delete record.transition;
    record.completedAt = this.#options.clock.now();
  }
}

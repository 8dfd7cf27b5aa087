import type { EmulatorState } from '../persistence/index.ts';
import type { Clock } from './clock.ts';

export interface TransitionContext {
  readonly state: EmulatorState;
  readonly clock: Clock;
  readonly subscriptionId: string;
  readonly requestId: string;
}

/**
 * What completing an asynchronous operation does to the resources. `succeed` may throw an
 * EmulatorError: the operation then fails with it and `fail` undoes what the request began.
 */
export interface Transition {
  succeed(context: TransitionContext, params: Record<string, unknown>): void;
  fail(context: TransitionContext, params: Record<string, unknown>): void;
}

export type TransitionRegistry = Readonly<Record<string, Transition>>;

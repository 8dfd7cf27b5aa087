export { OperationEngine, type OperationFailure, type OperationEngineOptions } from './engine.ts';
export type { Transition, TransitionContext, TransitionRegistry } from './transitions.ts';
export { newRequestId, requestIdAsGuid, normalizeRequestId } from './request-id.ts';
export { systemClock, isoSeconds, type Clock } from './clock.ts';
export { randomText } from './random-pool.ts';

export { createJobEngine } from './create-engine.ts';
export type { EngineCallOptions, EngineLogger, JobEngine, JobEngineOptions, JobEvent, PlanJobOptions } from './types.ts';

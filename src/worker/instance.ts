import { workerFromEnv, type WorkerInstance } from './from-env.ts';

let factory: () => WorkerInstance | Promise<WorkerInstance> = () => workerFromEnv(process.env);
let instance: Promise<WorkerInstance> | undefined;

/**
 * The instance's worker, made on first use and kept for the life of the process (its management
 * clients keep their connections). A failed start is not kept: the next invocation tries again.
 */
export function workerInstance(): Promise<WorkerInstance> {
  instance ??= Promise.resolve().then(factory).catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

/** How the instance's worker is made (the local stack and tests bring their own stores and stand-ins). */
export function setWorkerFactory(make: () => WorkerInstance | Promise<WorkerInstance>): void {
  factory = make;
  instance = undefined;
}

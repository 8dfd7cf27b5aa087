import { randomUUID } from 'node:crypto';
import { coreState, runInApp, type AppRegistry } from './core-state.ts';
import type { CoreInvocationContext, FunctionCallback, HookName, RpcInvocationRequest, RpcInvocationResponse } from './types.ts';
import type { HostFunction } from './function-index.ts';

export type InvocationInput = Pick<RpcInvocationRequest, 'inputData' | 'triggerMetadata'>;

/**
 * One invocation, in the order the Node worker follows: the programming model's invocation model
 * builds the arguments, preInvocation hooks run (and may replace inputs or the handler), the handler
 * runs, postInvocation hooks run (and may replace the result or error), then the response is built.
 */
export async function runInvocation(app: AppRegistry, fn: HostFunction, input: InvocationInput, appHookData: Record<string, unknown>): Promise<RpcInvocationResponse> {
  const model = coreState.programmingModel;
  if (model === undefined) throw new Error('No programming model was set: the app must register its functions through @azure/functions.');
  const invocationId = randomUUID();
  const request: RpcInvocationRequest = { invocationId, functionId: fn.id, ...input };
  const coreCtx: CoreInvocationContext = {
    invocationId,
    request,
    metadata: fn.metadata,
    log: (level, category, message) => app.log(level, category, `[${fn.name}] ${message}`),
  };
  return runInApp(app, async () => {
    const invocation = model.getInvocationModel(coreCtx);
    const { context, inputs } = await invocation.getArguments();
    const hookData: Record<string, unknown> = {};
    const pre: Record<string, unknown> = { invocationContext: context, inputs, functionCallback: fn.callback, hookData, appHookData };
    coreCtx.state = 'preInvocationHooks';
    await runHooks(app, 'preInvocation', pre);
    coreCtx.state = 'invocation';
    let result: unknown;
    let error: unknown;
    try {
      result = await invocation.invokeFunction(context, pre.inputs as unknown[], pre.functionCallback as FunctionCallback);
    } catch (thrown) {
      error = thrown;
    }
    coreCtx.state = 'postInvocationHooks';
    const post: Record<string, unknown> = { invocationContext: context, inputs: pre.inputs, result, error, hookData, appHookData };
    await runHooks(app, 'postInvocation', post);
    coreCtx.state = undefined;
    if (post.error !== undefined && post.error !== null) throw post.error;
    return invocation.getResponse(context, post.result);
  });
}

/** Hooks run in registration order; a throwing hook stops the invocation, as in the worker. */
export async function runHooks(app: AppRegistry, name: HookName, context: Record<string, unknown>): Promise<void> {
  for (const hook of [...(app.hooks.get(name) ?? [])]) await runInApp(app, () => hook(context));
}

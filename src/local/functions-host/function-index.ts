import type { AppRegistry } from './core-state.ts';
import type { FunctionCallback, FunctionMetadata, RpcBindingInfo } from './types.ts';

export type TriggerKind = 'http' | 'queue' | 'timer' | 'unsupported';

/** A registered function as the dev host runs it: its trigger found, `%Setting%` values resolved. */
export interface HostFunction {
  readonly name: string;
  readonly id: string;
  readonly kind: TriggerKind;
  readonly triggerName: string;
  readonly trigger: RpcBindingInfo;
  readonly metadata: FunctionMetadata;
  readonly callback: FunctionCallback;
}

/** What `GET /admin/functions` and `functions` report about one function. */
export interface FunctionInfo {
  readonly name: string;
  /** The trigger binding type as registered: `httpTrigger`, `queueTrigger`, `timerTrigger`, … */
  readonly trigger: string;
  readonly route?: string;
  readonly methods?: readonly string[];
  readonly authLevel?: string;
  readonly queueName?: string;
  readonly connection?: string;
  readonly schedule?: string;
  readonly runOnStartup?: boolean;
  /** Bindings other than the trigger: `queue:asm-jobs` for a queue output, `http` for the HTTP return. */
  readonly outputs: readonly string[];
}

const KINDS: Record<string, TriggerKind> = { httptrigger: 'http', queuetrigger: 'queue', timertrigger: 'timer' };

export function indexFunctions(app: AppRegistry, settings: (name: string) => string | undefined): HostFunction[] {
  return [...app.functions.values()].map(({ metadata, callback }) => {
    const bindings: Record<string, RpcBindingInfo> = {};
    for (const [key, binding] of Object.entries(metadata.bindings)) bindings[key] = resolveSettings(binding, settings);
    const found = Object.entries(bindings).find(([, b]) => /trigger$/i.test(b.type ?? ''));
    if (found === undefined) throw new Error(`Function "${metadata.name}" has no trigger binding.`);
    const [triggerName, trigger] = found;
    const kind = KINDS[(trigger.type ?? '').toLowerCase()] ?? 'unsupported';
    return { name: metadata.name, id: metadata.functionId ?? metadata.name, kind, triggerName, trigger, metadata: { ...metadata, bindings }, callback };
  });
}

export function describeFunction(fn: HostFunction, routePrefix: string): FunctionInfo {
  const t = fn.trigger;
  const outputs = Object.values(fn.metadata.bindings)
    .filter((b) => b.direction === 'out')
    .map((b) => (typeof b.queueName === 'string' ? `${b.type}:${b.queueName}` : String(b.type)));
  const base = { name: fn.name, trigger: String(t.type), outputs };
  switch (fn.kind) {
    case 'http':
      return { ...base, route: joinRoute(routePrefix, routeOf(fn)), methods: httpMethods(fn), authLevel: String(t.authLevel ?? 'anonymous') };
    case 'queue':
      return { ...base, queueName: String(t.queueName), connection: String(t.connection ?? 'AzureWebJobsStorage') };
    case 'timer':
      return { ...base, schedule: String(t.schedule), runOnStartup: t.runOnStartup === true };
    default:
      return base;
  }
}

export function routeOf(fn: HostFunction): string {
  return typeof fn.trigger.route === 'string' && fn.trigger.route !== '' ? fn.trigger.route : fn.name;
}

export function httpMethods(fn: HostFunction): string[] {
  const methods = fn.trigger.methods;
  return Array.isArray(methods) && methods.length > 0 ? methods.map((m) => String(m).toUpperCase()) : ['GET', 'POST'];
}

export function joinRoute(prefix: string, route: string): string {
  return '/' + [prefix, route].map((part) => part.replace(/^\/+|\/+$/g, '')).filter((part) => part !== '').join('/');
}

/** The host replaces `%Name%` in binding properties (queue names, schedules) with app settings. */
function resolveSettings(binding: RpcBindingInfo, settings: (name: string) => string | undefined): RpcBindingInfo {
  const out: RpcBindingInfo = { ...binding };
  for (const [key, value] of Object.entries(binding)) {
    if (typeof value !== 'string' || key === 'type' || key === 'name') continue;
    out[key] = value.replace(/%([^%]+)%/g, (_, name: string) => {
      const resolved = settings(name);
      if (resolved === undefined) throw new Error(`Binding property "${key}" refers to the app setting "${name}", which is not set: add it to Values in local.settings.json.`);
      return resolved;
    });
  }
  return out;
}

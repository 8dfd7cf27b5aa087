/**
 * Who may run, approve, deny and cancel what, in which channel. Pure and synchronous except the
 * user-group lookup, which is cached and made only when the roles name groups.
 */
export type { Actor, ChannelBinding, Decision, Policy, Refusal, RefusalCode } from './types.ts';
export { createPolicy } from './create-policy.ts';
export { createGroupResolver, resolveActor, type GroupResolver, type GroupResolverOptions, type UsergroupsApi } from './group-resolver.ts';

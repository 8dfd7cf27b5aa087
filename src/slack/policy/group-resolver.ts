import type { Actor, Policy } from './types.ts';

/** The one Web API method the resolver needs (Bolt's `WebClient` has it). */
export interface UsergroupsApi {
  readonly usergroups: {
    readonly users: {
      list(args: { usergroup: string; include_disabled?: boolean }): Promise<{ ok?: boolean; users?: string[]; error?: string }>;
    };
  };
}

export interface GroupResolverOptions {
  /** How long a group's members are trusted (default 5 minutes). */
  readonly ttlMs?: number;
  readonly now?: () => number;
  /** Told when a lookup fails; the group then grants nothing (or what it granted before, if cached). */
  readonly onError?: (groupId: string, error: unknown) => void;
}

export interface GroupResolver {
  /** Which of `groupIds` the user belongs to. A group whose members cannot be read grants nothing. */
  groupsOf(userId: string, groupIds: readonly string[], options?: { readonly abortSignal?: AbortSignal }): Promise<string[]>;
}

interface Entry {
  readonly members: ReadonlySet<string>;
  readonly fetchedAt: number;
}

/**
 * Caches `usergroups.users.list` per group, one lookup in flight per group; a failed refresh keeps the
 * last known members (they were true a moment ago) and a group never read grants nothing.
 */
export function createGroupResolver(web: UsergroupsApi, options: GroupResolverOptions = {}): GroupResolver {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry | undefined>>();

  async function fetchGroup(groupId: string): Promise<Entry | undefined> {
    try {
      const answer = await web.usergroups.users.list({ usergroup: groupId });
      if (answer.ok === false || !Array.isArray(answer.users)) throw new Error(`usergroups.users.list failed: ${answer.error ?? 'no users in the answer'}`);
      const entry = { members: new Set(answer.users), fetchedAt: now() };
      cache.set(groupId, entry);
      return entry;
    } catch (error) {
      options.onError?.(groupId, error);
      return cache.get(groupId);
    } finally {
      inFlight.delete(groupId);
    }
  }

  function members(groupId: string): Promise<Entry | undefined> | Entry {
    const cached = cache.get(groupId);
    if (cached !== undefined && now() - cached.fetchedAt < ttlMs) return cached;
    let pending = inFlight.get(groupId);
    if (pending === undefined) {
      pending = fetchGroup(groupId);
      inFlight.set(groupId, pending);
    }
    return pending;
  }

  return {
    async groupsOf(userId, groupIds, callOptions = {}) {
      callOptions.abortSignal?.throwIfAborted();
      const entries = await Promise.all(groupIds.map((g) => members(g)));
      callOptions.abortSignal?.throwIfAborted();
      return groupIds.filter((_, i) => entries[i]?.members.has(userId) === true);
    },
  };
}

/** The actor with the user groups that matter in their channel; no lookup when the roles name no group. */
export async function resolveActor(
  policy: Pick<Policy, 'groupsIn'>,
  resolver: GroupResolver,
  actor: Actor,
  options: { readonly abortSignal?: AbortSignal } = {},
): Promise<Actor> {
  const groups = policy.groupsIn(actor.channelId);
  if (groups.length === 0) return actor;
  return { ...actor, groups: await resolver.groupsOf(actor.userId, groups, options) };
}

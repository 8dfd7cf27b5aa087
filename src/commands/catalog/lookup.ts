import type { Catalog, CommandSyntax, ResourceSpec } from './types.ts';

/** Action words people use for the canonical ones; a resource's own action of that name wins. */
const ACTION_ALIASES: Readonly<Record<string, string>> = {
  ls: 'list',
  rm: 'delete',
  del: 'delete',
  remove: 'delete',
  get: 'show',
  info: 'show',
  describe: 'show',
  new: 'create',
  reboot: 'restart',
  shutdown: 'stop',
};

export const commandId = (spec: Pick<CommandSyntax, 'resource' | 'action'>): string => `${spec.resource} ${spec.action}`;

export function findResource(catalog: Catalog, word: string): ResourceSpec | undefined {
  const lower = word.toLowerCase();
  return catalog.resources.find((r) => r.name === lower || r.aliases.includes(lower));
}

export function commandsOf(catalog: Catalog, resource: string): CommandSyntax[] {
  return catalog.commands.filter((c) => c.resource === resource);
}

export function findCommand(catalog: Catalog, resource: string, word: string): CommandSyntax | undefined {
  const lower = word.toLowerCase();
  const own = commandsOf(catalog, resource);
  return own.find((c) => c.action === lower) ?? own.find((c) => c.action === ACTION_ALIASES[lower]);
}

/**
 * Two-word resources (`vm disk`, `vm size`): when the first two words together name a resource,
 * they are read as one word spanning both, so `vm disk list` is the `list` of `vm disk`.
 */
export function joinResourceWords<T extends { readonly text: string; readonly start: number; readonly end: number; readonly quoted: boolean }>(
  catalog: Catalog, words: readonly T[],
): readonly T[] {
  const [first, second, ...rest] = words;
  if (first === undefined || second === undefined || first.quoted || second.quoted) return words;
  const joined = `${first.text} ${second.text}`;
  if (findResource(catalog, joined) === undefined) return words;
  return [{ ...first, text: joined, end: second.end }, ...rest];
}

/** Every word that names a resource: canonical names first, then aliases. */
export function resourceWords(catalog: Catalog): string[] {
  return [...catalog.resources.map((r) => r.name), ...catalog.resources.flatMap((r) => r.aliases)];
}

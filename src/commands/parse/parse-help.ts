import { commandsOf, findCommand, findResource, resourceWords } from '../catalog/lookup.ts';
import type { Catalog } from '../catalog/types.ts';
import { parseError, PARSE_ERROR_CODES as CODES } from './parse-error.ts';
import type { ParseResult } from './result.ts';
import { closeMatches } from './suggest.ts';
import type { Token } from './tokenize.ts';

/** `help`, `help <resource>`, `help <resource> <action>`. */
export function parseHelp(catalog: Catalog, words: readonly Token[], input: string): ParseResult {
  const [first, second] = words;
  if (first === undefined) return { ok: true, command: { kind: 'help' } };
  const resource = findResource(catalog, first.text);
  if (resource === undefined) {
    const suggestions = closeMatches(first.text, resourceWords(catalog)).map((w) => `help ${findResource(catalog, w)?.name ?? w}`);
    return { ok: false, error: parseError(CODES.UnknownResource, {
      message: `There is no help for "${first.text}": \`asm\` does not manage it.`,
      expected: `one of ${catalog.resources.map((r) => r.name).join(', ')}`, input,
      span: { start: first.start, end: first.end }, suggestions: [...new Set(suggestions)],
      hint: suggestions.length > 0 ? `Did you mean \`${suggestions[0]}\`?` : '`help` lists every command.',
    }) };
  }
  if (second === undefined) return { ok: true, command: { kind: 'help', resource: resource.name } };
  const spec = findCommand(catalog, resource.name, second.text);
  if (spec === undefined) {
    const actions = commandsOf(catalog, resource.name).map((c) => c.action);
    const suggestions = closeMatches(second.text, actions).map((a) => `help ${resource.name} ${a}`);
    return { ok: false, error: parseError(CODES.UnknownAction, {
      message: `\`${resource.name}\` has no action "${second.text}".`, expected: `one of ${actions.join(', ')}`, input,
      span: { start: second.start, end: second.end }, suggestions,
      hint: suggestions.length > 0 ? `Did you mean \`${suggestions[0]}\`?` : `See \`help ${resource.name}\`.`,
    }) };
  }
  return { ok: true, command: { kind: 'help', resource: resource.name, action: spec.action } };
}

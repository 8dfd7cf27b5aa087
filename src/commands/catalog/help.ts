import { COMMON_OPTIONS } from '../parse/common-options.ts';
import type { HelpCommand } from '../parse/result.ts';
import type { ViewDoc, ViewSection } from '../views/doc.ts';
import { RISK_WORDS } from '../views/format.ts';
import { commandsOf, findCommand, findResource } from './lookup.ts';
import type { ArgSpec, Catalog, CommandSyntax, OptionSpec } from './types.ts';
import { optionUsage, usageLine } from './usage.ts';

function overview(catalog: Catalog): ViewDoc {
  return {
    title: 'asm: manage classic Azure',
    tone: 'info',
    text: 'Commands are `<resource> <action> [arguments] [--option value]`. Locations need no quotes (`vm create myvm West US`).',
    table: {
      columns: ['Resource', 'Actions', 'What'],
      rows: catalog.resources.map((r) => [r.name, commandsOf(catalog, r.name).map((c) => c.action).join(', '), r.summary]),
      empty: 'No commands.',
    },
    context: ['`help <resource>` or `<resource> <action> --help` for details. Every command takes --dry-run to show its plan.'],
  };
}

function resourceHelp(catalog: Catalog, name: string): ViewDoc {
  const resource = findResource(catalog, name);
  return {
    title: `${name}: ${resource?.summary ?? ''}`,
    tone: 'info',
    table: { columns: ['Usage', 'What'], rows: commandsOf(catalog, name).map((c) => [usageLine(c), c.summary]), empty: 'No actions.' },
    context: resource !== undefined && resource.aliases.length > 0 ? [`Also written: ${resource.aliases.join(', ')}.`] : [],
  };
}

const argumentLine = (a: ArgSpec) => `\`<${a.name}>\`${a.required ? '' : ' (optional)'}: ${a.description} (${a.type.expected})`;
const optionLine = (o: OptionSpec) => `\`${optionUsage(o)}\`${o.required ? ' (required)' : ''}: ${o.description}`;

function commandHelp(spec: CommandSyntax): ViewDoc {
  const options = [...spec.options, ...COMMON_OPTIONS];
  const sections: ViewSection[] = [];
  if (spec.args.length > 0) sections.push({ title: 'Arguments', text: spec.args.map(argumentLine).join('\n') });
  sections.push({ title: 'Options', text: options.map(optionLine).join('\n') });
  if (spec.examples.length > 0) sections.push({ title: 'Examples', text: spec.examples.map((e) => `\`${e}\``).join('\n') });
  return {
    title: `${spec.resource} ${spec.action}`,
    tone: 'info',
    text: spec.details === undefined ? spec.summary : `${spec.summary}\n${spec.details}`,
    code: usageLine(spec),
    fields: [{ label: 'Risk', value: RISK_WORDS[spec.risk] }],
    sections,
  };
}

/** Help generated from the syntax: overview, one resource, or one command. */
export function helpDoc(catalog: Catalog, help: HelpCommand): ViewDoc {
  if (help.resource === undefined) return overview(catalog);
  const spec = help.action !== undefined ? findCommand(catalog, help.resource, help.action) : undefined;
  return spec !== undefined ? commandHelp(spec) : resourceHelp(catalog, help.resource);
}

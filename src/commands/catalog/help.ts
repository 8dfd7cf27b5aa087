import { COMMON_OPTIONS } from '../parse/common-options.ts';
import type { HelpCommand } from '../parse/result.ts';
import type { ViewDoc } from '../views/doc.ts';
import { RISK_WORDS } from '../views/format.ts';
import { commandsOf, findCommand, findResource } from './lookup.ts';
import type { Catalog, CommandSyntax } from './types.ts';
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

function commandHelp(spec: CommandSyntax): ViewDoc {
  const options = [...spec.options, ...COMMON_OPTIONS];
  return {
    title: `${spec.resource} ${spec.action}`,
    tone: 'info',
    text: spec.summary,
    code: usageLine(spec),
    fields: [{ label: 'Risk', value: RISK_WORDS[spec.risk] }],
    sections: [
      ...(spec.args.length > 0 ? [{ title: 'Arguments', text: spec.args.map((a) => `\`<${a.name}>\`${a.required ? '' : ' (optional)'}: ${a.description} (${a.type.expected})`).join('\n') }] : []),
      { title: 'Options', text: options.map((o) => `\`${optionUsage(o)}\`${o.required ? ' (required)' : ''}: ${o.description}`).join('\n') },
      ...(spec.examples.length > 0 ? [{ title: 'Examples', text: spec.examples.map((e) => `\`${e}\``).join('\n') }] : []),
    ],
  };
}

/** Help generated from the syntax: overview, one resource, or one command. */
export function helpDoc(catalog: Catalog, help: HelpCommand): ViewDoc {
  if (help.resource === undefined) return overview(catalog);
  const spec = help.action !== undefined ? findCommand(catalog, help.resource, help.action) : undefined;
  return spec !== undefined ? commandHelp(spec) : resourceHelp(catalog, help.resource);
}

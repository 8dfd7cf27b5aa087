import { commandSpec } from '../catalog/catalog.ts';
import { helpDoc } from '../catalog/help.ts';
import { commandId, commandsOf, findCommand } from '../catalog/lookup.ts';
import type { Catalog, CommandReport, CommandSyntax } from '../catalog/types.ts';
import { usageLine, optionUsage } from '../catalog/usage.ts';
import { classifyError } from '../error-kinds.ts';
import type { ParseError } from '../parse/parse-error.ts';
import type { HelpCommand } from '../parse/result.ts';
import type { Plan } from '../plan/types.ts';
import { toBlocks, fallbackText, type Block } from './block-kit.ts';
import type { ViewDoc } from './doc.ts';
import { errorDoc, parseErrorDoc } from './error-view.ts';
import { planDoc } from './plan-view.ts';
import { toText } from './text.ts';

/** One result or error, ready to show three ways: Block Kit, terminal text, JSON. */
export interface Presentation {
  readonly doc: ViewDoc;
  /** What `--json` prints: the management core's models, a change's steps, or `{ error }`. */
  readonly json: unknown;
  readonly ok: boolean;
}

export const renderBlocks = (p: Presentation): { readonly text: string; readonly blocks: Block[] } => ({ text: fallbackText(p.doc), blocks: toBlocks(p.doc) });
export const renderText = (p: Presentation): string => toText(p.doc);
export const renderJson = (p: Presentation): string => `${JSON.stringify(p.json, null, 2)}\n`;

export function presentReport(report: CommandReport): Presentation {
  const spec = commandSpec(report.plan.commandId);
  const failedRead = report.outcome.status === 'failed' && report.plan.risk === 'read';
  if (spec === undefined || failedRead) return presentError(report.outcome.error ?? { code: 'UnexpectedError', message: 'The command failed.' });
  const json = report.outcome.status === 'failed' ? { ...(report.result as object), error: classifyError(report.outcome.error).info } : report.result;
  return { doc: spec.view(report), json, ok: report.outcome.status !== 'failed' };
}

export function presentParseError(error: ParseError): Presentation {
  return { doc: parseErrorDoc(error), json: { error }, ok: false };
}

export function presentError(error: unknown): Presentation {
  const { info } = classifyError(error);
  return { doc: errorDoc(info), json: { error: info }, ok: false };
}

export function presentPlan(plan: Plan): Presentation {
  return { doc: planDoc(plan), json: { dryRun: true, plan }, ok: true };
}

const syntaxJson = (c: CommandSyntax) => ({
  id: commandId(c), usage: usageLine(c), summary: c.summary, risk: c.risk,
  args: c.args.map((a) => ({ name: a.name, required: a.required, description: a.description, expected: a.type.expected })),
  options: c.options.map((o) => ({ name: o.name, usage: optionUsage(o), required: o.required === true, description: o.description })),
  examples: c.examples,
});

export function presentHelp(catalog: Catalog, help: HelpCommand): Presentation {
  const spec = help.resource !== undefined && help.action !== undefined ? findCommand(catalog, help.resource, help.action) : undefined;
  const commands = spec !== undefined ? [spec] : help.resource !== undefined ? commandsOf(catalog, help.resource) : catalog.commands;
  return { doc: helpDoc(catalog, help), json: { help: commands.map(syntaxJson) }, ok: true };
}

/**
 * The command language shared by chat and the CLI: grammar, catalog, plans, views.
 */
export { parseCommand, needsLocations, planCommand } from './run.ts';
export { MAX_INPUT_LENGTH, type ParseOptions } from './parse/parse.ts';
export type { ParseResult, ParsedCommand, RunCommand, HelpCommand } from './parse/result.ts';
export { PARSE_ERROR_CODES, type ParseError, type ParseErrorCode, type Span } from './parse/parse-error.ts';
export { normalizeInput } from './parse/normalize.ts';
export { unwrapSlackMarkup } from './parse/slack-markup.ts';
export { tokenize, type Token } from './parse/tokenize.ts';
export { locationKey, matchLocation } from './parse/locations.ts';
export { CATALOG, COMMANDS, commandSpec } from './catalog/catalog.ts';
export { commandId } from './catalog/lookup.ts';
export { usageLine } from './catalog/usage.ts';
export { helpDoc } from './catalog/help.ts';
export type { ChangeResult } from './catalog/change.ts';
export type { Catalog, CommandSpec, CommandSyntax, CommandReport, CommandInput, ArgSpec, OptionSpec, ValueType } from './catalog/types.ts';
export type { Plan, PlanStep, PlanSecret, Risk, JsonValue } from './plan/types.ts';
export type { PlanContext } from './plan/context.ts';
export type { PlanOutcome, StepOutcome, ErrorInfo } from './plan/outcome.ts';
export { CALLS, type CallName } from './plan/calls.ts';
export { runCall, type CallContext } from './plan/run-call.ts';
export { happenedCheck, isReadCall, type Happened } from './plan/happened.ts';
export { isNotFound, toErrorInfo } from './plan/error-info.ts';
export type { ManagementClientLike, OperationStatusLike, PlannerReads } from './plan/client.ts';
export { generatePassword, secretName, type SecretSink, type SecretSource, type SecretStore, type SetSecretOptions, type StoredSecret, type SecretCallOptions } from './plan/secrets.ts';
export { createConfigurationFetcher, hostAllowed, type ConfigurationFetchOptions } from './plan/service-configuration.ts';
export { commandSettings, DEFAULT_SETTINGS, type CommandSettings, type SettingsOverrides } from './settings.ts';
export { CommandError, isCommandError, type CommandErrorKind } from './command-error.ts';
export { classifyError, kindOfCode, type ClassifiedError } from './error-kinds.ts';
export type { ViewDoc } from './views/doc.ts';
export { toBlocks, fallbackText, escapeClipped, LIMITS as BLOCK_KIT_LIMITS, type Block, type TextObject } from './views/block-kit.ts';
export { clip, RISK_WORDS } from './views/format.ts';
export { toText } from './views/text.ts';
export {
  presentReport, presentParseError, presentError, presentPlan, presentHelp, renderBlocks, renderText, renderJson, type Presentation,
} from './views/present.ts';

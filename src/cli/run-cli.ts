import { join } from 'node:path';
import {
  CATALOG, classifyError, CommandError, createConfigurationFetcher, needsLocations, parseCommand, planCommand, presentError, presentHelp,
  presentParseError, presentPlan, type PlanContext, type Presentation, type RunCommand,
} from '../commands/index.ts';
import { ServiceManagementClient } from '../management/index.ts';
import { jsonRequested, splitCliOptions, type CliOptions } from './cli-options.ts';
import { resolveConnection, type Connection } from './connection.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { fileSecretStore } from './file-secret-sink.ts';
import { DEFAULT_INTERVAL_MS, DEFAULT_TIMEOUT_MS } from './follow-job.ts';
import { NOTHING_CHANGED } from './interrupted.ts';
import { isJobCommand, jobCommandArgs, runJobCommand } from './job-command.ts';
import { jobsDirectory } from './job-files.ts';
import { cliEngine, runJob, showJob } from './run-job.ts';
import { show } from './output.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { pollIntervalFromEnv, settingsFromEnv } from './settings-from-env.ts';

export interface CliIo {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly abortSignal?: AbortSignal;
}

/** `--dry-run` and `--no-wait` count wherever they were written: before the command or in it. */
const withRunFlags = (command: RunCommand, options: CliOptions): RunCommand =>
  ({ ...command, dryRun: command.dryRun || options.dryRun, noWait: command.noWait || options.noWait });

function failure(error: unknown, json: boolean, io: CliIo): number {
  show(presentError(error), json, io);
  return exitCodeFor(classifyError(error).kind);
}

type Located = RunCommand | { readonly error: Presentation };

/** Parses the command again against the subscription's locations, so `west us` becomes `West US` or is refused. */
async function withLocations(
  client: ServiceManagementClient,
  argv: readonly string[],
  command: RunCommand,
  options: CliOptions,
  io: CliIo,
): Promise<Located> {
  if (!needsLocations(command)) return command;
  const locations = await client.locations.list(io.abortSignal ? { abortSignal: io.abortSignal } : {});
  const names = locations.flatMap((l) => [l.name, ...(l.displayName ? [l.displayName] : [])]);
  const again = parseCommand(argv, { locations: names });
  if (!again.ok) return { error: presentParseError(again.error) };
  return again.command.kind === 'run' ? withRunFlags(again.command, options) : command;
}

/** The client of the connection; settings it refuses (an endpoint that is not a URL) are a usage error with advice. */
function newClient(connection: Connection): ServiceManagementClient {
  try {
    return new ServiceManagementClient({
      subscriptionId: connection.subscriptionId,
      certificate: connection.certificate,
      endpoint: connection.endpoint,
      ...(connection.ca === undefined ? {} : { ca: connection.ca }),
      userAgent: 'asm-cli',
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CommandError({
      code: typeof code === 'string' ? code : 'BAD_CONNECTION_SETTINGS', kind: 'usage', cause: error,
      message: error instanceof Error ? error.message : String(error),
      hint: 'Check --endpoint / ASM_ENDPOINT (e.g. https://management.core.windows.net) and --subscription / ASM_SUBSCRIPTION_ID.',
    });
  }
}

const secretsOf = (io: CliIo) => fileSecretStore(io.env.ASM_SECRETS_DIR || join(io.cwd, '.local', 'secrets'));

function waitOptions(options: CliOptions, io: CliIo) {
  return {
    intervalMs: pollIntervalFromEnv(io.env) ?? DEFAULT_INTERVAL_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(io.abortSignal ? { abortSignal: io.abortSignal } : {}),
  };
}

async function runConnected(argv: readonly string[], first: RunCommand, options: CliOptions, io: CliIo): Promise<number> {
  const { env, cwd, abortSignal } = io;
  let client: ServiceManagementClient | undefined;
  const progress = createProgress(io.stderr);
  try {
    let connection: Connection | undefined;
    try {
      connection = resolveConnection(options, env, cwd);
    } catch (error) {
      if (!first.dryRun) throw error;
    }
    client = connection && newClient(connection);
    const command = client ? await withLocations(client, argv, first, options, io) : first;
    if ('error' in command) {
      show(command.error, options.json, io);
      return EXIT.usage;
    }
    const settings = settingsFromEnv(env);
    const secrets = secretsOf(io);
    const fetchServiceConfiguration = createConfigurationFetcher({
      ...settings.serviceConfiguration,
      ...(connection?.ca === undefined ? {} : { ca: connection.ca }),
    });
    if (command.dryRun || client === undefined) {
      const context: PlanContext = {
        settings, dryRun: true, secrets, fetchServiceConfiguration, ...(client ? { client } : {}), ...(abortSignal ? { abortSignal } : {}),
      };
      show(presentPlan(await planCommand(command, context)), options.json, io);
      return EXIT.ok;
    }
    const { engine, store } = cliEngine({ client, secrets, onEvent: progress.onEvent });
    const ending = await runJob(engine, store, {
      command, settings, fetchServiceConfiguration, requester: env.USER || 'cli', ...waitOptions(options, io),
    });
    progress.stop();
    return showJob(ending, options.json, io, jobsDirectory(cwd, env));
  } catch (error) {
    progress.stop();
    // Interrupted before a job existed (reading locations, a dry run's reads): nothing was sent to change anything.
    return failure(abortSignal?.aborted ? NOTHING_CHANGED : error, options.json, io);
  } finally {
    await client?.close();
  }
}

/** `asm job show|wait <id>`: a job kept by `--no-wait`, read once or followed to its end. */
async function runJobCli(argv: readonly string[], options: CliOptions, io: CliIo): Promise<number> {
  let client: ServiceManagementClient | undefined;
  try {
    const { action, id } = jobCommandArgs(argv);
    client = newClient(resolveConnection(options, io.env, io.cwd));
    return await runJobCommand({
      action, id, json: options.json, jobsDir: jobsDirectory(io.cwd, io.env), client, secrets: secretsOf(io), ...waitOptions(options, io),
    }, io);
  } catch (error) {
    return failure(error, options.json, io);
  } finally {
    await client?.close();
  }
}

/** The `asm` command line: returns the exit code (0 ok, 1 failed, 2 usage, 3 certificate or authentication). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runCliUnguarded(argv, io);
  } catch (error) {
    // Whatever slipped through is still shown as an error, never as a stack trace.
    return failure(error, jsonRequested(argv), io);
  }
}

async function runCliUnguarded(argv: readonly string[], io: CliIo): Promise<number> {
  const json = jsonRequested(argv);
  let split;
  try {
    split = splitCliOptions(argv);
  } catch (error) {
    return failure(error, json, io);
  }
  if (split.command.length === 0) {
    show({ ...presentHelp(CATALOG, { kind: 'help' }), ok: false }, json, io);
    return EXIT.usage;
  }
  if (isJobCommand(split.command)) return runJobCli(split.command, split.options, io);
  const parsed = parseCommand(split.command);
  if (!parsed.ok) {
    show(presentParseError(parsed.error), json, io);
    return EXIT.usage;
  }
  if (parsed.command.kind === 'help') {
    show(presentHelp(CATALOG, parsed.command), json, io);
    return EXIT.ok;
  }
  return runConnected(split.command, withRunFlags(parsed.command, split.options), split.options, io);
}

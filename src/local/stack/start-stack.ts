import { randomBytes, X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from '../../emulator/index.ts';
import { startAzurite } from '../azurite/start-azurite.ts';
import { startFunctionsHost, type HostLogger } from '../functions-host/index.ts';
import { startKeyVault } from '../key-vault/index.ts';
import { startSlackSimulator } from '../slack/index.ts';
import { CERTIFICATE_NAME, STACK_SETTING_NAMES, stackSettings } from './app-settings.ts';
import { keepWorkspace, restoreWorkspace } from './slack-snapshot.ts';
import { keepVault } from './vault-snapshot.ts';
import { OPS_CHANNEL, PEOPLE, seedWorkspace, titles } from './workspace.ts';

export interface StackPorts {
  readonly slack?: number;
  readonly functions?: number;
  readonly emulator?: number;
  readonly keyVault?: number;
  readonly queue?: number;
  readonly table?: number;
}

export interface StartStackOptions {
  /** The app's folder (functions/, host.json); default the current directory. */
  readonly appDir?: string;
  /** Where state is kept between runs; default `<appDir>/.local`. */
  readonly dataDir?: string;
  /** Keep nothing: storage, emulator and Slack messages in memory, files in a temporary folder removed on close. */
  readonly inMemory?: boolean;
  /** 0 or absent: a free port. */
  readonly ports?: StackPorts;
  /** How long the emulator's operations stay in progress (default 2000 ms, as the emulator's own default). */
  readonly operationDelayMs?: number;
  readonly logger?: HostLogger;
}

/** The line `npm start` prints first. The signing secret is local to this machine and this run. */
export interface StackInfo {
  readonly slack: string;
  readonly functions: string;
  readonly emulator: string;
  readonly keyVault: string;
  readonly azurite: { readonly queue: string; readonly table: string };
  readonly signingSecret: string;
  readonly channel: string;
  readonly users: Readonly<Record<keyof typeof PEOPLE, string>>;
}

export interface RunningStack {
  readonly info: StackInfo;
  /** Where the emulator's credential files are (`client.publishsettings` for `asm --cert`). */
  readonly emulatorDataDir: string;
  close(): Promise<void>;
}

/** Timer ticks that found nothing to do: every 2 s, they would bury what matters. */
const IDLE = [/^function=(poll-operations|status-digest) trigger=timer duration=\d+ms outcome=succeeded$/, /poll waiting=0 polled=0 finished=0 timedOut=0 posted=0 errors=0$/];

const stderrLogger: HostLogger = {
  info: (line) => {
    if (!IDLE.some((idle) => idle.test(line))) process.stderr.write(`[functions] ${line}\n`);
  },
  warn: (line) => process.stderr.write(`[functions] warning: ${line}\n`),
  error: (line) => process.stderr.write(`[functions] error: ${line}\n`),
};

async function appEntries(appDir: string): Promise<string[]> {
  const names = await readdir(join(appDir, 'functions'));
  return names.filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).sort().map((n) => join(appDir, 'functions', n));
}

/**
 * Starts everything the bot needs on one machine and wires it with the settings a deployment uses:
 * Azurite, the ASM emulator, the Key Vault stand-in holding the emulator's management certificate,
 * the Slack simulator (#ops; alice, bob, carol) and the dev Functions host running functions/*.ts.
 */
export async function startLocalStack(options: StartStackOptions = {}): Promise<RunningStack> {
  const appDir = resolve(options.appDir ?? '.');
  const ports = options.ports ?? {};
  const logger = options.logger ?? stderrLogger;
  const inMemory = options.inMemory ?? false;
  const dataDir = inMemory ? await mkdtemp(join(tmpdir(), 'asm-stack-')) : resolve(options.dataDir ?? join(appDir, '.local'));
  const closers: (() => Promise<void>)[] = inMemory ? [() => rm(dataDir, { recursive: true, force: true })] : [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };
  try {
    const [azurite, emulator, vault] = await Promise.all([
      startAzurite({ queuePort: ports.queue ?? 0, tablePort: ports.table ?? 0, ...(inMemory ? {} : { dataDir: join(dataDir, 'azurite') }) }),
      startEmulator({ port: ports.emulator ?? 0, dataDir: join(dataDir, 'emulator'), inMemory, operationDelayMs: options.operationDelayMs ?? 2000 }),
      startKeyVault({ port: ports.keyVault ?? 0, vaultName: 'asm-local' }),
    ]);
    closers.push(() => azurite.close(), () => emulator.close(), () => vault.close());
    if (!inMemory) await keepVault(vault.admin, join(dataDir, 'key-vault', 'vault.json'), closers);
    // The emulator keeps its certificate across runs: import it again only when it changed.
    const thumbprint = new X509Certificate(await readFile(emulator.certFile)).fingerprint.replaceAll(':', '');
    if (vault.admin.currentTags(CERTIFICATE_NAME)?.['thumbprint'] !== thumbprint) {
      vault.admin.importCertificate(CERTIFICATE_NAME, { pfx: await readFile(emulator.pfxFile), password: emulator.pfxPassword }, { tags: { source: 'asm-emulator', thumbprint } });
    }
    const caFile = join(dataDir, 'key-vault', 'ca.pem');
    await mkdir(join(dataDir, 'key-vault'), { recursive: true });
    await writeFile(caFile, vault.caPem);

    const signingSecret = randomBytes(16).toString('hex');
    const botToken = `xoxb-local-${randomBytes(12).toString('hex')}`;
    const slack = await startSlackSimulator({ botToken, signingSecret, port: ports.slack ?? 0, titles: titles() });
    closers.push(() => slack.close());
    seedWorkspace(slack.state);
    if (!inMemory) {
      const file = join(dataDir, 'slack', 'workspace.json');
      await restoreWorkspace(slack.state, file);
      const kept = keepWorkspace(slack.state, file);
      closers.push(() => kept.stop());
    }

    for (const name of STACK_SETTING_NAMES) {
      if (process.env[name] !== undefined) logger.warn(`${name} from the environment is ignored: npm start wires its own.`);
      delete process.env[name];
    }
    const host = await startFunctionsHost({
      appEntries: await appEntries(appDir),
      appDir,
      port: ports.functions ?? 0,
      storageConnectionString: azurite.connectionString,
      logger,
      settings: stackSettings({
        signingSecret, botToken, slackApiUrl: slack.apiUrl, keyVaultUrl: vault.url, keyVaultCaFile: caFile, keyVaultToken: vault.token,
        subscriptionId: emulator.subscriptionId, emulatorUrl: emulator.url, emulatorCaFile: emulator.caFile,
      }),
    });
    closers.push(() => host.close());
    slack.setBotUrl(`${host.url}/api/slack/events`);
    // The bot builds itself on its first request; an ssl_check (answered before any verification) does that now.
    await fetch(`${host.url}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ssl_check=1&token=local' }).catch(() => undefined);

    const info: StackInfo = {
      slack: slack.pageUrl, functions: host.url, emulator: emulator.url, keyVault: vault.url,
      azurite: { queue: azurite.queueUrl, table: azurite.tableUrl }, signingSecret, channel: OPS_CHANNEL.id,
      users: { alice: PEOPLE.alice.id, bob: PEOPLE.bob.id, carol: PEOPLE.carol.id },
    };
    let closing: Promise<void> | undefined;
    return { info, emulatorDataDir: emulator.dataDir, close: () => (closing ??= closeAll()) };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

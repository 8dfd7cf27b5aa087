import { CommandError } from '../commands/index.ts';
import { DEFAULT_ENDPOINT, type ManagementCertificate } from '../management/index.ts';
import type { CliOptions } from './cli-options.ts';
import { discoverEmulator } from './emulator-discovery.ts';
import { loadCertificate, readCaFile } from './load-certificate.ts';

export interface Connection {
  readonly endpoint: string;
  readonly subscriptionId: string;
  readonly certificate: ManagementCertificate;
  readonly ca?: string;
  /** Where the settings came from, to say so in errors. */
  readonly source: 'configuration' | 'emulator';
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Options first, then `ASM_*` variables; with nothing configured, the local emulator's data dir
 * (`.local/emulator`) if there is one.
 */
export function resolveConnection(options: CliOptions, env: Env, cwd: string): Connection {
  const endpoint = options.endpoint ?? env.ASM_ENDPOINT;
  const subscription = options.subscription ?? env.ASM_SUBSCRIPTION_ID;
  const certFile = options.cert ?? env.ASM_CERT_FILE;
  const password = options.certPassword ?? env.ASM_CERT_PASSWORD;
  const caFile = options.ca ?? env.ASM_CA_FILE;
  const ca = caFile === undefined ? undefined : readCaFile(caFile);
  if (endpoint === undefined && subscription === undefined && certFile === undefined) {
    const emulator = discoverEmulator(cwd, env.ASM_EMULATOR_DIR);
    if (emulator === undefined) {
      throw new CommandError({
        code: 'NOT_CONFIGURED', kind: 'auth',
        message: 'No subscription is configured: no management certificate, and no local emulator in .local/emulator.',
        hint: 'Pass --cert <pem|pfx|publishsettings> and --subscription <id> (or set ASM_CERT_FILE and ASM_SUBSCRIPTION_ID), '
          + 'or start the local emulator in this folder with `npm start`.',
      });
    }
    const certificate = loadCertificate(emulator.publishSettingsFile, {});
    const emulatorCa = ca ?? (emulator.caFile === undefined ? undefined : readCaFile(emulator.caFile));
    return {
      endpoint: certificate.serviceManagementUrl ?? DEFAULT_ENDPOINT,
      subscriptionId: certificate.subscriptionId ?? '',
      certificate,
      ...(emulatorCa === undefined ? {} : { ca: emulatorCa }),
      source: 'emulator',
    };
  }
  if (certFile === undefined) {
    throw new CommandError({
      code: 'NO_CERTIFICATE', kind: 'auth',
      message: 'No management certificate is configured.',
      hint: 'Pass --cert <pem|pfx|publishsettings> or set ASM_CERT_FILE.',
    });
  }
  const certificate = loadCertificate(certFile, {
    ...(password === undefined ? {} : { password }),
    ...(subscription === undefined ? {} : { subscriptionId: subscription }),
  });
  const subscriptionId = subscription ?? certificate.subscriptionId;
  if (subscriptionId === undefined) {
    throw new CommandError({
      code: 'NO_SUBSCRIPTION', kind: 'usage',
      message: 'No subscription id is configured.',
      hint: 'Pass --subscription <id> or set ASM_SUBSCRIPTION_ID (a .publishsettings file carries it too).',
    });
  }
  return {
    endpoint: endpoint ?? certificate.serviceManagementUrl ?? DEFAULT_ENDPOINT,
    subscriptionId,
    certificate,
    ...(ca === undefined ? {} : { ca }),
    source: 'configuration',
  };
}

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createKeyVaultAdmin, type KeyVaultAdmin, type KeyVaultRequestRecord, type StandInControls } from './admin.ts';
import { handleSecrets, permissionOf, type ApiReply } from './secrets-api.ts';
import { createTlsMaterial } from './tls-material.ts';
import { errorBody, vaultErrors, type CallerFacts, type VaultError } from './vault-errors.ts';
import { VaultState } from './vault-state.ts';

export interface StartKeyVaultOptions {
  /** 0 (default): a free port. */
  readonly port?: number;
  readonly host?: string;
  /** The bearer token the stand-in accepts; a test credential hands out the same. */
  readonly token?: string;
  /** The tenant named in the bearer challenge. */
  readonly tenantId?: string;
  /** The vault's name in error messages. */
  readonly vaultName?: string;
  readonly now?: () => Date;
}

export interface RunningKeyVault {
  /** `https://127.0.0.1:<port>`: the vault URL to give a SecretClient. */
  readonly url: string;
  /** The CA that issued the stand-in's server certificate: pass it as `tlsOptions: { ca }`. */
  readonly caPem: string;
  readonly token: string;
  readonly tenantId: string;
  readonly admin: KeyVaultAdmin;
  close(): Promise<void>;
}

export const DEFAULT_TOKEN = 'key-vault-stand-in-token';
const LOCATION = 'westus';

/**
 * A Key Vault stand-in: an HTTPS server speaking the secrets REST API as the real SecretClient
 * sends it, bearer challenge included (/work/shared/platform/key-vault.md).
 */
export async function startKeyVault(options: StartKeyVaultOptions = {}): Promise<RunningKeyVault> {
  const now = options.now ?? (() => new Date());
  const token = options.token ?? DEFAULT_TOKEN;
  const tenantId = options.tenantId ?? '72f988bf-0000-0000-0000-000000000001';
  const vaultName = options.vaultName ?? 'asm-local';
  // The TLS certificate follows the real clock: the client checks it against the real time.
  const tls = createTlsMaterial();
  const state = new VaultState(now);
  const controls: StandInControls = { denial: undefined, unreachable: false, log: [] };
  const sockets = new Set<Socket>();
  const caller: CallerFacts = { vaultName, location: LOCATION, tenantId, caller: `appid=00000000-0000-0000-0000-00000000a11d;oid=00000000-0000-0000-0000-0000000000b0;iss=https://sts.windows.net/${tenantId}/` };
  let origin = '';

  const server: Server = createServer({ cert: tls.certPem, key: tls.keyPem }, (request, response) => {
    if (controls.unreachable) {
      request.socket.destroy();
      controls.log.push({ method: request.method ?? '', path: pathOf(request), status: 0, authorized: false });
      return;
    }
    void readBody(request).then((raw) => {
      const reply = answer(request, raw);
      controls.log.push({ method: request.method ?? '', path: pathOf(request), status: reply.status, authorized: reply.status !== 401 });
      send(response, reply, tenantId);
    });
  });

  function answer(request: IncomingMessage, raw: string): ApiReply {
    const url = new URL(request.url ?? '/', origin);
    const method = request.method ?? 'GET';
    if (!url.searchParams.has('api-version')) return reject(vaultErrors.badParameter('The request URI contains an invalid or missing api-version.'));
    const authorization = request.headers.authorization;
    if (authorization === undefined) return reject(vaultErrors.missingToken());
    if (authorization !== `Bearer ${token}`) return reject(vaultErrors.invalidToken());
    const segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
    if (segments[0] !== 'secrets' && segments[0] !== 'deletedsecrets') return reject(vaultErrors.notFound(url.pathname));
    const permission = permissionOf(method, segments);
    if (controls.denial === 'rbac') return reject(vaultErrors.forbiddenByRbac(caller, permission.action, segments[1] ?? ''));
    if (controls.denial === 'access-policy') return reject(vaultErrors.accessPolicyDenied(caller, permission.policy));
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      return reject(vaultErrors.badParameter('The request body is not valid JSON.'));
    }
    return handleSecrets(method, segments, body, state, origin);
  }

  server.on('connection', (duplex) => {
    const socket = duplex as Socket;
    if (controls.unreachable) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  origin = `https://127.0.0.1:${port}`;
  return {
    url: origin,
    caPem: tls.caPem,
    token,
    tenantId,
    admin: createKeyVaultAdmin(state, controls, () => origin, sockets),
    close: () => new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    }),
  };
}

const reject = (error: VaultError): ApiReply => ({ status: error.status, error });

function pathOf(request: IncomingMessage): string {
  return (request.url ?? '/').split('?')[0] as string;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => done(''));
  });
}

function send(response: ServerResponse, reply: ApiReply, tenantId: string): void {
  const headers: Record<string, string> = {
    'x-ms-request-id': randomUUID(),
    'x-ms-keyvault-service-version': '1.9.0.0',
    'x-ms-keyvault-region': LOCATION,
    'cache-control': 'no-cache',
  };
  if (reply.status === 401) {
    headers['www-authenticate'] = `Bearer authorization="https://login.microsoftonline.com/${tenantId}", resource="https://vault.azure.net"`;
  }
  const payload = reply.error ? errorBody(reply.error) : reply.body === undefined ? '' : JSON.stringify(reply.body);
  if (payload !== '') headers['content-type'] = 'application/json; charset=utf-8';
  response.writeHead(reply.status, headers).end(payload);
}

export type { KeyVaultRequestRecord };

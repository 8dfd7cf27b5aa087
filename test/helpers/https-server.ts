// A scripted HTTPS server with mutual TLS, for testing the transport below the level of a real service.
import { createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** SHA-1 of the client certificate presented in the handshake, upper hex without colons. */
  peerThumbprint?: string;
  /** Which TLS connection (1-based, in accept order) carried the request. */
  connection: number;
}

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (for timeouts). */
  delayMs?: number;
  /** Destroy the socket instead of answering (a connection reset). */
  reset?: boolean;
}

export type Responder = (request: RecordedRequest, index: number) => ScriptedResponse | Promise<ScriptedResponse>;

export interface ScriptedServerOptions {
  certPem: string;
  keyPem: string;
  /** CAs trusted for client certificates. */
  caPem: string | string[];
  /** Defaults to true: a client without a certificate from `caPem` fails the handshake. */
  requireClientCertificate?: boolean;
  /** Cap the TLS version, e.g. to see how a TLS 1.2 server refuses a client certificate. */
  maxVersion?: 'TLSv1.2' | 'TLSv1.3';
  /** A function, or a list answered in order (the last one repeats). Default: 200 with an empty body. */
  respond?: Responder | ScriptedResponse[];
}

export interface ScriptedServer {
  url: string;
  requests: RecordedRequest[];
  /** TLS connections established so far. */
  readonly connections: number;
  /** Handshakes the server refused (e.g. an untrusted client certificate). */
  readonly rejectedHandshakes: number;
  close(): Promise<void>;
}

export async function startScriptedServer(options: ScriptedServerOptions): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const connectionIds = new WeakMap<TLSSocket, number>();
  let connections = 0;
  let rejectedHandshakes = 0;
  const responder = toResponder(options.respond ?? []);
  const requireCert = options.requireClientCertificate ?? true;

  const server: Server = createServer(
    {
      cert: options.certPem,
      key: options.keyPem,
      ca: options.caPem,
      requestCert: requireCert,
      rejectUnauthorized: requireCert,
      ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
    },
    (req, res) => void handle(req, res),
  );
  server.on('secureConnection', (socket: TLSSocket) => connectionIds.set(socket, ++connections));
  server.on('tlsClientError', () => rejectedHandshakes++);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const socket = req.socket as TLSSocket;
    const fingerprint = socket.getPeerCertificate().fingerprint;
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      connection: connectionIds.get(socket) ?? 0,
      ...(fingerprint ? { peerThumbprint: fingerprint.replaceAll(':', '') } : {}),
    };
    const index = requests.push(recorded) - 1;
    const scripted = await responder(recorded, index);
    if (scripted.delayMs) await new Promise<void>((resolve) => {
      const timer = setTimeout(() => { timers.delete(timer); resolve(); }, scripted.delayMs);
      timers.add(timer);
    });
    if (scripted.reset) {
      socket.destroy();
      return;
    }
    if (res.destroyed) return;
    res.writeHead(scripted.status ?? 200, { 'content-type': 'application/xml; charset=utf-8', ...scripted.headers });
    res.end(scripted.body ?? '');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    get connections() { return connections; },
    get rejectedHandshakes() { return rejectedHandshakes; },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function toResponder(respond: Responder | ScriptedResponse[]): Responder {
  if (typeof respond === 'function') return respond;
  return (_request, index) => respond[Math.min(index, respond.length - 1)] ?? {};
}

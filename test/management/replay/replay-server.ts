// An HTTPS server with client-certificate authentication that answers with recorded responses,
// in recorded order, and keeps what the client sent for comparison with what was recorded.
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { TestPki } from '../../helpers/pki.ts';
import type { RecordedInteraction } from './recordings.ts';

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  readonly clientCertificatePresented: boolean;
}

export interface ReplayServer {
  readonly url: string;
  readonly received: ReceivedRequest[];
  /** Answer the next requests with these interactions, in order (anything still queued is dropped). */
  play(interactions: readonly RecordedInteraction[]): void;
  close(): Promise<void>;
}

export async function startReplayServer(pki: TestPki, subscriptionId: string): Promise<ReplayServer> {
  const queue: RecordedInteraction[] = [];
  const received: ReceivedRequest[] = [];
  const server: Server = createServer(
    { key: pki.server.keyPem, cert: pki.server.certPem, ca: pki.ca.certPem, requestCert: true, rejectUnauthorized: true },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const socket = request.socket as TLSSocket;
        const prefix = `/${subscriptionId}`;
        const url = request.url ?? '';
        received.push({
          method: request.method ?? '',
          path: url.startsWith(prefix) ? url.slice(prefix.length) : url,
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          clientCertificatePresented: Object.keys(socket.getPeerCertificate() ?? {}).length > 0,
        });
        const next = queue.shift();
        if (next === undefined) {
          response.writeHead(599, { 'content-type': 'text/plain' }).end('no recorded interaction left');
          return;
        }
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(next.headers)) {
          if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'content-encoding') headers[name] = value;
        }
        response.writeHead(next.status, headers).end(next.responseBody);
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}`,
    received,
    play: (interactions) => queue.splice(0, queue.length, ...interactions),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

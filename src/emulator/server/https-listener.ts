import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ListenerOptions {
  readonly certPem: string;
  readonly keyPem: string;
  readonly host: string;
  readonly port: number;
}

export interface Listener {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * An HTTPS server that asks every client for a certificate. Management certificates are
 * self-signed, so the TLS layer accepts any; the pipeline decides (403 when not registered).
 */
export async function listen(
  options: ListenerOptions,
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  log: (message: string) => void,
): Promise<Listener> {
  const sockets = new Set<Socket>();
  const server = createServer(
    { cert: options.certPem, key: options.keyPem, requestCert: true, rejectUnauthorized: false, keepAliveTimeout: 60_000 },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    },
  );
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', (error) => log(`TLS handshake failed: ${error.message}`));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

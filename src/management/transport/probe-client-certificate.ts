import { isIP } from 'node:net';
import { connect } from 'node:tls';

export interface ProbeInput {
  url: URL;
  cert: string;
  key: string;
  ca: Array<string | Buffer> | undefined;
  /** How long a server that accepted the certificate is given to prove it by keeping the connection open. */
  windowMs: number;
  signal: AbortSignal | undefined;
}

const TLS_ALERT = /^ERR_SSL_.*ALERT/;

/**
 * Under TLS 1.3 a server checks the client certificate after the client already counts the handshake
 * as done, and a refusal shows up only as a closed connection. This opens a fresh connection, sends
 * nothing, and reports whether the server still hangs up at once: then it is refusing the certificate.
 */
export function serverRefusesClientCertificate(input: ProbeInput): Promise<boolean> {
  const host = input.url.hostname.replace(/^\[|\]$/g, '');
  return new Promise<boolean>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const socket = connect({
      host,
      port: Number(input.url.port || 443),
      ...(isIP(host) === 0 ? { servername: host } : {}),
      cert: input.cert,
      key: input.key,
      ...(input.ca === undefined ? {} : { ca: input.ca }),
      rejectUnauthorized: true,
      ALPNProtocols: ['http/1.1'],
    });
    const finish = (refused: boolean): void => {
      clearTimeout(timer);
      input.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(refused);
    };
    const onAbort = (): void => finish(false);
    input.signal?.addEventListener('abort', onAbort, { once: true });
    let secure = false;
    socket.once('secureConnect', () => {
      secure = true;
      clearTimeout(timer);
      timer = setTimeout(() => finish(false), input.windowMs);
    });
    socket.once('end', () => finish(secure));
    socket.once('close', () => finish(secure));
    // `on`, not `once`: a destroyed socket may still report a late error, which must not go unhandled.
    socket.on('error', (error: NodeJS.ErrnoException) => finish(TLS_ALERT.test(error.code ?? '') || secure));
    timer = setTimeout(() => finish(false), input.windowMs * 5);
  });
}

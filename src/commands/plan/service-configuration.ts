import { rootCertificates } from 'node:tls';
import type { Agent } from 'undici';
import { CommandError } from '../command-error.ts';

export interface ConfigurationFetchOptions {
  /** Host patterns: `*.blob.core.windows.net` matches any subdomain; others match exactly (`host` or `host:port`). */
  readonly allowedHosts: readonly string[];
  readonly maxBytes: number;
  readonly timeoutMs: number;
  /** Extra trusted certificates (PEM), added to the public roots, never replacing them. */
  readonly ca?: string;
}

export function hostAllowed(url: URL, patterns: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return patterns.some((raw) => {
    const pattern = raw.trim().toLowerCase();
    if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
    return pattern === host || pattern === url.host.toLowerCase();
  });
}

const fail = (code: string, message: string, hint: string, cause?: unknown) =>
  new CommandError({ code, kind: 'usage', message, hint, ...(cause === undefined ? {} : { cause }) });

/**
 * A downloader for `.cscfg` files given by URL: HTTPS only, allowed hosts only, no redirects (they
 * could leave the allowed hosts), a size limit and a timeout. Resolves to the XML text.
 * undici is loaded by the first download, not by importing this module: the Slack acknowledgement
 * path imports the command catalog and must stay light.
 */
export function createConfigurationFetcher(options: ConfigurationFetchOptions) {
  let dispatcher: Agent | undefined;
  return async (address: string, call: { readonly abortSignal?: AbortSignal } = {}): Promise<string> => {
    const url = URL.canParse(address) ? new URL(address) : undefined;
    if (url === undefined || url.protocol !== 'https:') {
      throw fail('CONFIG_URL_INVALID', `The service configuration URL ${address} is not an https URL.`, 'Give the https URL of the .cscfg file (e.g. a blob URL with a SAS token).');
    }
    if (!hostAllowed(url, options.allowedHosts)) {
      throw fail('CONFIG_HOST_NOT_ALLOWED', `Service configurations are only downloaded from ${options.allowedHosts.join(', ')}; ${url.host} is not one of them.`, 'Upload the .cscfg to an allowed host (a storage blob), or ask an administrator to allow the host.');
    }
    const signals = [AbortSignal.timeout(options.timeoutMs), ...(call.abortSignal ? [call.abortSignal] : [])];
    const { Agent, request } = await import('undici');
    dispatcher ??= new Agent({ connect: options.ca === undefined ? {} : { ca: [...rootCertificates, options.ca] } });
    let response;
    try {
      // undici's request never follows redirects, which keeps downloads on the allowed hosts.
      response = await request(url, { dispatcher, signal: AbortSignal.any(signals) });
    } catch (error) {
      throw fail('CONFIG_DOWNLOAD_FAILED', `The service configuration could not be downloaded from ${url.host}: ${(error as Error).message}.`, 'Check the URL and that the host is reachable from here.', error);
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw fail('CONFIG_DOWNLOAD_FAILED', `Downloading the service configuration answered HTTP ${response.statusCode}.`, 'Check the URL (and its SAS token, if any): it must answer the file directly, without a redirect.');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > options.maxBytes) {
        response.body.destroy();
        throw fail('CONFIG_TOO_LARGE', `The service configuration is larger than ${options.maxBytes} bytes.`, 'A .cscfg is a small XML file: check that the URL points at the .cscfg, not at the package.');
      }
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    if (!/<ServiceConfiguration[\s>]/.test(text)) {
      throw fail('CONFIG_NOT_CSCFG', 'The downloaded file is not a service configuration (no <ServiceConfiguration> element).', 'Point --config at the .cscfg file of the deployment.');
    }
    return text;
  };
}

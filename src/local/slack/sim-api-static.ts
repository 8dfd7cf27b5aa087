import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

const PAGE_DIR = fileURLToPath(new URL('./sim-page/', import.meta.url));
const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8', svg: 'image/svg+xml',
};
/** File names the page folder may serve: one level, plain names only (no `..`, no hidden files). */
const FILE = /^[a-z0-9][a-z0-9-]*\.(html|css|js|svg)$/;

/**
 * The page is plain files; whatever it shows from messages goes through `textContent`, and the
 * policy below forbids inline scripts and other origins, so a message cannot run code.
 */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/** Serves `sim-page/<name>` (`index.html` for an empty name); false when there is no such file. */
export async function serveStatic(response: ServerResponse, name: string): Promise<boolean> {
  const file = name === '' ? 'index.html' : name;
  const match = FILE.exec(file);
  if (match === null) return false;
  let body: Buffer;
  try {
    body = await readFile(`${PAGE_DIR}${file}`);
  } catch {
    return false;
  }
  response.writeHead(200, { 'content-type': TYPES[match[1]!]!, ...SECURITY_HEADERS });
  response.end(body);
  return true;
}

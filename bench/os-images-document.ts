// Builds a large List OS Images document (`<Images>`) from the real `<OSImage>` elements in the
// recordings of the live service, repeated with distinct names up to a target size.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';

const NS = 'http://schemas.microsoft.com/windowsazure';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The distinct `<OSImage>…</OSImage>` elements found in the recordings (namespace declarations removed). */
export function recordedOsImages(dir = resolve(process.env['ASM_RECORDINGS_DIR'] ?? '/work/shared/asm/recordings')): string[] {
  if (!existsSync(dir)) throw new Error(`No recordings at ${dir}: set ASM_RECORDINGS_DIR to the folder of the recorded ASM traffic.`);
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    const recording = YAML.parse(readFileSync(join(dir, file), 'utf8')) as { interactions?: Array<{ response?: { body?: { string?: string } } }> };
    for (const interaction of recording.interactions ?? []) {
      const body = interaction.response?.body?.string ?? '';
      for (const match of body.matchAll(/<OSImage\b[^>]*>([\s\S]*?)<\/OSImage>/g)) found.add(`<OSImage>${match[1]!}</OSImage>`);
    }
  }
  if (found.size === 0) throw new Error(`No <OSImage> elements in the recordings at ${dir}.`);
  return [...found];
}

/** An `<Images>` document of about `targetBytes`, each copy's `<Name>` made unique. */
export function buildOsImagesDocument(targetBytes = 717 * 1024): { xml: string; images: number } {
  const samples = recordedOsImages();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const element = samples[i % samples.length]!.replace(/<Name>([^<]*)<\/Name>/, (_, name: string) => `<Name>${name}-${i}</Name>`);
    parts.push(element);
    size += element.length;
  }
  const xml = `<Images xmlns="${NS}" xmlns:i="${XSI}">${parts.join('')}</Images>`;
  return { xml, images: parts.length };
}

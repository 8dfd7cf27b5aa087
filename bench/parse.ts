// Where decoding time goes, on the List OS Images document, in one process, runs interleaved, CPU ms
// per call: our decoder (one saxes pass straight into the model); saxes alone with empty handlers (the
// floor for any decoder built on it); fast-xml-parser's tree with its cheapest options (no
// attributes, no order, no value or entity processing); raw xml2js parseString; raw Python
// minidom.parseString (its own process, same document and rounds). BENCH_ROUNDS (default 30).
// Prints medians (min–max) and how many times faster the decoder is. Asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { decode, schemas } from '../src/wire/index.ts';
import { buildOsImagesDocument } from './os-images-document.ts';
import { median } from './support/table.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);
const PYTHON = '/usr/bin/python3';
const require = createRequire(import.meta.url);
const xml2js = require('xml2js') as { parseString(xml: string, callback: (error: unknown, value: unknown) => void): void };
const { XMLParser } = require('fast-xml-parser') as typeof import('fast-xml-parser');
const { xml, images } = buildOsImagesDocument();

const cheapest = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, processEntities: false, jPath: false });
const saxesAlone = (): void => {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', () => undefined);
  parser.on('text', () => undefined);
  parser.on('closetag', () => undefined);
  parser.write(xml).close();
};
const DECODE = 'decode (parse and typed model)';
const runs: Record<string, () => unknown> = {
  [DECODE]: () => decode(schemas.Images, xml),
  'saxes alone, empty handlers': saxesAlone,
  'fast-xml-parser tree, cheapest options': () => cheapest.parse(xml),
  'raw xml2js parseString': () => xml2js.parseString(xml, () => undefined),
};

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const samples: Record<string, number[]> = {};
for (const run of Object.values(runs)) for (let i = 0; i < 3; i++) run();
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(runs)) {
    const start = cpuMs();
    run();
    (samples[name] ??= []).push(cpuMs() - start);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'asm-parse-'));
try {
  const file = join(scratch, 'images.xml');
  writeFileSync(file, xml);
  const script = `import sys, time, json\nfrom xml.dom import minidom\nd = open(sys.argv[1], encoding='utf-8').read()\nfor _ in range(3): minidom.parseString(d)\nout = []\nfor _ in range(int(sys.argv[2])):\n    s = time.process_time(); minidom.parseString(d); out.append((time.process_time() - s) * 1000)\nprint(json.dumps(out))`;
  samples['raw Python minidom.parseString'] = JSON.parse(execFileSync(PYTHON, ['-c', script, file, String(ROUNDS)], { encoding: 'utf8' })) as number[];
} catch (error) {
  console.error(`Python minidom skipped: ${(error as Error).message}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const fmt = (value: number) => value.toFixed(1);
console.log(`${Math.round(xml.length / 1024)} KB List OS Images document (${images} images), ${ROUNDS} rounds, CPU ms per call, median (min–max). Node ${process.version}.`);
const ours = median(samples[DECODE]!);
console.log('\n| run | CPU ms | decode is faster by |\n|---|---:|---:|');
for (const [name, values] of Object.entries(samples)) {
  const ratio = name === DECODE ? '–' : `${(median(values) / ours).toFixed(2)}×`;
  console.log(`| ${name} | ${fmt(median(values))} (${fmt(Math.min(...values))}–${fmt(Math.max(...values))}) | ${ratio} |`);
}

// How far decoding can go while fast-xml-parser stays the XML parser (issue 12's 3x goal). On the
// List OS Images document, in one process, runs interleaved, CPU ms per call: our decoder; its parts
// (the well-formedness scan, fast-xml-parser with our options); fast-xml-parser without attributes,
// with its cheapest options (no attributes, no order, no value or entity processing), and with stop
// nodes for every value element (text read with one search, not character by character); raw
// xml2js parseString; raw Python minidom.parseString (its own process, same document and rounds).
// BENCH_ROUNDS (default 30). Prints medians (min–max). Asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, schemas } from '../src/wire/index.ts';
import { XMLParser } from '../src/wire/fast-xml-parser.ts';
import { checkWellFormed } from '../src/wire/well-formed.ts';
import type { Field } from '../src/wire/schema.ts';
import { buildOsImagesDocument } from './os-images-document.ts';
import { median } from './support/table.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);
const PYTHON = '/usr/bin/python3';
const xml2js = createRequire(import.meta.url)('xml2js') as { parseString(xml: string, callback: (error: unknown, value: unknown) => void): void };
const { xml, images } = buildOsImagesDocument();

/** Element names that only ever hold a value in the schema (candidates for stop nodes). */
function valueElements(body: Field): string[] {
  const values = new Set<string>();
  const containers = new Set<string>();
  const visit = (field: Field, name?: string): void => {
    if (field.kind === 'object') {
      if (name !== undefined) containers.add(name);
      for (const [child, of] of Object.entries(field.fields)) visit(of, child);
    } else if (field.kind === 'list') {
      if (name !== undefined) containers.add(name);
      visit(field.of, field.item);
    } else if (field.kind === 'dict') {
      if (name !== undefined) containers.add(name);
      containers.add(field.item);
    } else if (name !== undefined) values.add(name);
  };
  visit(body);
  return [...values].filter((name) => !containers.has(name));
}

const ours = { preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, parseTagValue: false, trimValues: false, processEntities: false, cdataPropName: '#cdata', jPath: false };
const cheapest = { ignoreAttributes: true, parseTagValue: false, trimValues: false, processEntities: false, jPath: false };
const parsers = {
  ours: new XMLParser(ours),
  noAttributes: new XMLParser({ ...ours, ignoreAttributes: true }),
  cheapest: new XMLParser(cheapest),
  stopNodes: new XMLParser({ ...ours, stopNodes: valueElements(schemas.Images.body).map((name) => `..${name}`) }),
};
const runs: Record<string, () => unknown> = {
  'decode (scan + parse + model)': () => decode(schemas.Images, xml),
  'well-formedness scan': () => checkWellFormed(xml),
  'fast-xml-parser, our options': () => parsers.ours.parse(xml),
  'fast-xml-parser, our options without attributes': () => parsers.noAttributes.parse(xml),
  'fast-xml-parser, cheapest options (unordered)': () => parsers.cheapest.parse(xml),
  'fast-xml-parser, stop nodes for values': () => parsers.stopNodes.parse(xml),
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

const scratch = mkdtempSync(join(tmpdir(), 'asm-parse-floor-'));
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
console.log('\n| run | CPU ms |\n|---|---:|');
for (const [name, values] of Object.entries(samples)) console.log(`| ${name} | ${fmt(median(values))} (${fmt(Math.min(...values))}–${fmt(Math.max(...values))}) |`);

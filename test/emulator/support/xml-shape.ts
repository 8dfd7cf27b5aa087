import { parseXml, type XmlElement } from '../../../src/wire/index.ts';

/** Every element as (path, names of its children in order, repeated neighbours collapsed). */
function elements(xml: string): Map<string, string[][]> {
  const byPath = new Map<string, string[][]>();
  const visit = (element: XmlElement, path: string) => {
    const names = element.children.map((child) => child.name).filter((name, index, all) => index === 0 || all[index - 1] !== name);
    const sequences = byPath.get(path) ?? [];
    sequences.push(names);
    byPath.set(path, sequences);
    for (const child of element.children) visit(child, `${path}/${child.name}`);
  };
  const root = parseXml(xml);
  visit(root, `/${root.name}`);
  return byPath;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((name, index) => name === b[index]);

/**
 * Compares element paths and order, not values: every element of `actual` must have, at the
 * same path in `expected`, an element whose children come in the same order. When `both` is
 * set (documents that are not lists of resources), the same holds the other way round.
 */
export function shapeDifferences(actual: string, expected: string, both: boolean): string[] {
  if (actual.trim() === '' || expected.trim() === '') {
    return actual.trim() === expected.trim() ? [] : [`body: expected ${expected.trim() ? 'a document' : 'none'}, got ${actual.trim() ? 'a document' : 'none'}`];
  }
  const mine = elements(actual);
  const theirs = elements(expected);
  const differences: string[] = [];
  const compare = (from: Map<string, string[][]>, to: Map<string, string[][]>, label: string) => {
    for (const [path, sequences] of from) {
      const candidates = to.get(path);
      if (!candidates) {
        differences.push(`${label} ${path}: no such element on the other side`);
        continue;
      }
      for (const sequence of sequences) {
        if (!candidates.some((candidate) => same(candidate, sequence))) {
          differences.push(`${label} ${path}: children [${sequence.join(', ')}] vs [${candidates[0]?.join(', ')}]`);
        }
      }
    }
  };
  compare(mine, theirs, 'emulator');
  if (both) compare(theirs, mine, 'recorded');
  return [...new Set(differences)];
}

export function rootName(xml: string): string {
  return xml.trim() === '' ? '' : parseXml(xml).name;
}

export function topLevelCount(xml: string): number {
  return xml.trim() === '' ? 0 : parseXml(xml).children.length;
}

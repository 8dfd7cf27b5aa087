import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';

// The package's CommonJS build is one bundled file: it loads in a few milliseconds, where its
// ES module build (dozens of small modules) costs 50–120 ms at import. Same version, same code.
const fastXmlParser = createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;

export const { XMLBuilder } = fastXmlParser;

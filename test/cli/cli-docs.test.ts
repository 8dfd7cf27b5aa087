// docs/cli.md lists every command of the catalog as `help` shows it: usage, risk, summary and
// options, so the page cannot drift from the command language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CATALOG, usageLine } from '../../src/commands/index.ts';

const page = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
const cell = (text: string) => text.replace(/\|/g, '\\|');

describe('docs/cli.md', () => {
  for (const command of CATALOG.commands) {
    it(`${command.resource} ${command.action}: its row and options`, () => {
      const row = `| \`${cell(usageLine(command))}\` | ${command.risk} | ${cell(command.summary)} |`;
      assert.ok(page.includes(row), `missing or outdated row:\n${row}`);
      for (const option of command.options) {
        const line = `- \`${command.action} --${option.name}\`${option.required ? ' (required)' : ''}: ${option.description}`;
        assert.ok(page.includes(line), `missing or outdated option:\n${line}`);
      }
    });
  }
});

// What the acknowledgement does with a command, for every example of the catalog: parse, help, preview.
import { CATALOG, parseCommand, presentHelp } from '../../../src/commands/index.ts';
import { previewOf } from '../../../src/slack/listeners/index.ts';

const now = new Date('2024-05-06T07:08:09Z');
let previews = 0;
for (const spec of CATALOG.commands) {
  presentHelp(CATALOG, { kind: 'help', resource: spec.resource, action: spec.action });
  // An SSH key is wrapped in a certificate while planning (node-forge, loaded on demand): not exercised here.
  for (const example of spec.examples.filter((text) => !text.includes('--ssh-key'))) {
    const parsed = parseCommand(example, { locations: ['West US', 'East US'] });
    if (!parsed.ok || parsed.command.kind !== 'run') throw new Error(`The example ${example} does not parse.`);
    await previewOf(parsed.command, now);
    previews += 1;
  }
}
if (previews < CATALOG.commands.length) throw new Error(`Only ${previews} examples were previewed.`);

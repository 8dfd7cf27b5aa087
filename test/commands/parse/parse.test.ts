import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, type ParseResult, type RunCommand } from '../../../src/commands/index.ts';

const LOCATIONS = ['West US', 'East US', 'North Central US', 'South Central US', 'West Europe', 'North Europe', 'Southeast Asia', 'Japan East'];

function run(input: string | readonly string[]): RunCommand {
  const result = parseCommand(input, { locations: LOCATIONS });
  assert.equal(result.ok, true, `expected "${String(input)}" to parse: ${result.ok ? '' : result.error.message}`);
  assert.ok(result.ok && result.command.kind === 'run');
  return result.command as RunCommand;
}

function fails(input: string, code: string): Extract<ParseResult, { ok: false }>['error'] {
  const result = parseCommand(input, { locations: LOCATIONS });
  assert.equal(result.ok, false, `expected "${input}" to fail with ${code}`);
  assert.ok(!result.ok);
  assert.equal(result.error.code, code, result.error.message);
  assert.ok(result.error.hint.length > 0, 'every error says what to do');
  return result.error;
}

describe('parseCommand: commands that parse', () => {
  const table: readonly [string, string, Record<string, string>, Record<string, string | true>][] = [
    ['location list', 'location list', {}, {}],
    ['vm create myvm West US', 'vm create', { name: 'myvm', location: 'West US' }, {}],
    ['vm create myvm west us', 'vm create', { name: 'myvm', location: 'West US' }, {}],
    ['vm create myvm westus', 'vm create', { name: 'myvm', location: 'West US' }, {}],
    ['vm create myvm west-us', 'vm create', { name: 'myvm', location: 'West US' }, {}],
    ['vm create myvm WEST_US', 'vm create', { name: 'myvm', location: 'West US' }, {}],
    ['vm create myvm north central us --size Medium', 'vm create', { name: 'myvm', location: 'North Central US' }, { size: 'Medium' }],
    ['vm create myvm "West US" --size=Large', 'vm create', { name: 'myvm', location: 'West US' }, { size: 'Large' }],
    ["vm create myvm 'West Europe'", 'vm create', { name: 'myvm', location: 'West Europe' }, {}],
    ['vm create myvm “Japan East” —size Small', 'vm create', { name: 'myvm', location: 'Japan East' }, { size: 'Small' }],
    ['vm create myvm ‘Southeast Asia’', 'vm create', { name: 'myvm', location: 'Southeast Asia' }, {}],
    ['VM CREATE myvm West US', 'vm create', { name: 'myvm', location: 'West US' }, {}],
    ['vm create --size Small myvm West US', 'vm create', { name: 'myvm', location: 'West US' }, { size: 'Small' }],
    ['cloudservice ls', 'service list', {}, {}],
    ['storage-account rm mystore', 'storage delete', { name: 'mystore' }, {}],
    ['service create mysvc West US --label "My service" --description \'Bob\'s web tier\'', 'service create', { name: 'mysvc', location: 'West US' }, { label: 'My service', description: "Bob's web tier" }],
    ['service create mysvc --affinity-group myag', 'service create', { name: 'mysvc' }, { 'affinity-group': 'myag' }],
    ['service delete mysvc --purge', 'service delete', { name: 'mysvc' }, { purge: true }],
    ['storage create mystore westus --type standard_lrs', 'storage create', { name: 'mystore', location: 'West US' }, { type: 'Standard_LRS' }],
    ['deployment show mysvc --slot STAGING', 'deployment show', { service: 'mysvc' }, { slot: 'staging' }],
    ['deployment create mysvc v1 --package <https://a.blob.core.windows.net/p/app.cspkg|app.cspkg> --config=<https://a.blob.core.windows.net/p/app.cscfg> --start', 'deployment create', { service: 'mysvc', name: 'v1' },
      { package: 'https://a.blob.core.windows.net/p/app.cspkg', config: 'https://a.blob.core.windows.net/p/app.cscfg', start: true }],
    ['affinity-group create myag West Europe --description "R&amp;D &lt;eu&gt;"', 'affinity-group create', { name: 'myag', location: 'West Europe' }, { description: 'R&D <eu>' }],
    ['os list --family 4', 'os list', {}, { family: '4' }],
    ['os families', 'os families', {}, {}],
    ['image list --os windows', 'image list', {}, { os: 'Windows' }],
    ['image add myimg https://a.blob.core.windows.net/v/base.vhd linux --label Base', 'image add', { name: 'myimg', 'media-link': 'https://a.blob.core.windows.net/v/base.vhd', os: 'Linux' }, { label: 'Base' }],
    ['vm list', 'vm list', {}, {}],
    ['vm list mysvc', 'vm list', { service: 'mysvc' }, {}],
    ['vm stop myvm --deallocate', 'vm stop', { name: 'myvm' }, { deallocate: true }],
    ['vm shutdown myvm', 'vm stop', { name: 'myvm' }, {}],
    ['vm reboot myvm --service other', 'vm restart', { name: 'myvm' }, { service: 'other' }],
    ['vm delete myvm --keep-vhd', 'vm delete', { name: 'myvm' }, { 'keep-vhd': true }],
    ['vm capture myvm base-img --generalized', 'vm capture', { name: 'myvm', 'image-name': 'base-img' }, { generalized: true }],
    ['vm-image list --location west europe --category User', 'vm-image list', {}, { location: 'West Europe', category: 'User' }],
    ['vm-image delete base-img', 'vm-image delete', { name: 'base-img' }, {}],
    ['op show 0E5B8B8B-D9B2-4C1A-8F1F-6C4F3C2B1A00', 'op show', { 'request-id': '0e5b8b8bd9b24c1a8f1f6c4f3c2b1a00' }, {}],
    ['/asm vm list', 'vm list', {}, {}],
    ['vm\u00A0list', 'vm list', {}, {}],
    ['  vm   list  ', 'vm list', {}, {}],
  ];
  for (const [input, id, args, options] of table) {
    it(JSON.stringify(input), () => {
      const command = run(input);
      assert.equal(command.id, id);
      assert.deepEqual(command.args, args);
      assert.deepEqual(command.options, options);
    });
  }

  it('takes an SSH public key of several words without quotes, the comment included', () => {
    const key = `ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.from([0, 0, 0, 1, 1])]).toString('base64')}`;
    const command = run(`vm create web1 West US --ssh-key ${key} <mailto:me@laptop|me@laptop> --size Small`);
    assert.equal(command.options['ssh-key'], `${key} me@laptop`);
    assert.equal(command.options.size, 'Small');
  });

  it('keeps --dry-run and --no-wait apart from the command options', () => {
    const command = run('vm delete myvm --dry-run --no-wait');
    assert.equal(command.dryRun, true);
    assert.equal(command.noWait, true);
    assert.deepEqual(command.options, {});
    assert.equal(command.text, 'vm delete myvm');
  });

  it('parses a shell argv: one word per argument, options recognized', () => {
    const command = run(['vm', 'create', 'myvm', 'West', 'US', '--size', 'Medium']);
    assert.deepEqual(command.args, { name: 'myvm', location: 'West US' });
    assert.equal(command.options.size, 'Medium');
    assert.deepEqual(run(['service', 'create', 'mysvc', 'west us', '--label=My svc']).options, { label: 'My svc' });
  });

  it('writes the canonical text with values quoted where needed', () => {
    assert.equal(run('service create mysvc westus --label "My svc"').text, 'service create mysvc "West US" --label "My svc"');
  });

  it('accepts unicode text in descriptions', () => {
    assert.equal(run('storage create mystore westus --description 啊齄丂狛狜').options.description, '啊齄丂狛狜');
  });

  it('takes a location as typed when no list of locations is given', () => {
    const result = parseCommand('vm create myvm West US');
    assert.ok(result.ok && result.command.kind === 'run');
    assert.equal(result.command.args.location, 'West US');
  });

  it('handles a 4,000-character input and refuses a longer one', () => {
    const description = 'x'.repeat(4000 - 'storage create mystore westus --description '.length);
    const input = `storage create mystore westus --description ${description}`;
    assert.equal(input.length, 4000);
    const error = fails(input, 'INVALID_OPTION_VALUE');
    assert.match(error.expected ?? '', /1–1024 characters/);
    fails(`${input}x`, 'INPUT_TOO_LONG');
  });
});

describe('parseCommand: help', () => {
  const table: readonly [string, { resource?: string; action?: string }][] = [
    ['help', {}],
    ['HELP vm', { resource: 'vm' }],
    ['help cloudservice', { resource: 'service' }],
    ['help vm create', { resource: 'vm', action: 'create' }],
    ['vm create --help', { resource: 'vm', action: 'create' }],
    ['vm create myvm -h', { resource: 'vm', action: 'create' }],
    ['vm --help', { resource: 'vm' }],
  ];
  for (const [input, expected] of table) {
    it(JSON.stringify(input), () => {
      const result = parseCommand(input);
      assert.ok(result.ok);
      assert.deepEqual(result.command, { kind: 'help', ...expected });
    });
  }
});

describe('parseCommand: structured errors', () => {
  it('empty input', () => {
    assert.deepEqual(fails('', 'EMPTY_INPUT').suggestions, ['help']);
    fails('   ', 'EMPTY_INPUT');
  });

  it('a typo in the action suggests the command', () => {
    const error = fails('vm creat myvm West US', 'UNKNOWN_ACTION');
    assert.deepEqual(error.suggestions, ['vm create']);
    assert.match(error.hint, /did you mean `vm create`\?/i);
    assert.deepEqual(error.span, { start: 3, end: 8 });
  });

  it('a typo in the resource suggests the command', () => {
    const error = fails('vn create myvm', 'UNKNOWN_RESOURCE');
    assert.equal(error.suggestions[0], 'vm create');
  });

  it('words in the wrong order suggest the right order', () => {
    assert.equal(fails('create vm myvm', 'UNKNOWN_RESOURCE').suggestions[0], 'vm create');
  });

  it('a resource without action lists the actions', () => {
    const error = fails('storage', 'MISSING_ACTION');
    assert.ok(error.suggestions.includes('storage create'));
  });

  it('an unknown option suggests the closest one', () => {
    const error = fails('vm create myvm West US --imag foo', 'UNKNOWN_OPTION');
    assert.deepEqual(error.suggestions, ['--image']);
    assert.match(error.usage ?? '', /^vm create <name> <location>/);
  });

  it('an option without its value', () => {
    const error = fails('vm create myvm West US --size', 'MISSING_OPTION_VALUE');
    assert.match(error.message, /--size/);
    fails('vm create myvm West US --size --user bob', 'MISSING_OPTION_VALUE');
  });

  it('a flag given a value', () => {
    fails('service delete mysvc --purge=maybe', 'INVALID_OPTION_VALUE');
    const ok = parseCommand('service delete mysvc --purge=false');
    assert.ok(ok.ok && ok.command.kind === 'run');
    assert.deepEqual(ok.command.options, {});
  });

  it('an option given twice', () => {
    fails('vm create myvm West US --size Small --size Large', 'DUPLICATE_OPTION');
  });

  it('a missing argument names it and shows the usage', () => {
    const error = fails('vm create myvm', 'MISSING_ARGUMENT');
    assert.match(error.message, /<location>/);
    assert.match(error.hint, /vm create <name> <location>/);
    fails('storage delete', 'MISSING_ARGUMENT');
  });

  it('a missing required option', () => {
    const error = fails('deployment create mysvc v1 --config https://a.blob.core.windows.net/c.cscfg', 'MISSING_OPTION');
    assert.match(error.message, /--package/);
  });

  it('too many arguments', () => {
    const error = fails('vm create myvm West US extra', 'TOO_MANY_ARGUMENTS');
    assert.match(error.message, /"extra"/);
  });

  it('an unknown location lists the closest real ones', () => {
    const error = fails('vm create myvm Wst US', 'UNKNOWN_LOCATION');
    assert.equal(error.suggestions[0], 'West US');
    assert.equal(error.suggestions.length, 3);
    assert.match(error.hint, /location list/);
    fails('vm-image list --location Mars', 'UNKNOWN_LOCATION');
  });

  it('invalid names say what is expected and propose a fix', () => {
    const storage = fails('storage create My_Store westus', 'INVALID_ARGUMENT');
    assert.equal(storage.expected, '3–24 lowercase letters and digits');
    assert.deepEqual(storage.suggestions, ['mystore']);
    fails('storage create ab westus', 'INVALID_ARGUMENT');
    fails(`service create ${'a'.repeat(64)} westus`, 'INVALID_ARGUMENT');
    fails('service create -bad westus', 'UNKNOWN_OPTION');
    fails('service create "bad-" westus', 'INVALID_ARGUMENT');
    fails('vm create 名前 westus', 'INVALID_ARGUMENT');
    fails('op show not-an-id', 'INVALID_ARGUMENT');
    fails('vm create myvm westus --user root', 'INVALID_OPTION_VALUE');
  });

  it('an unknown enum value suggests the right spelling', () => {
    const error = fails('deployment show mysvc --slot stagin', 'INVALID_OPTION_VALUE');
    assert.deepEqual(error.suggestions, ['staging']);
  });

  it('cross-field rules', () => {
    fails('service create mysvc westus --affinity-group myag', 'CONFLICTING_OPTIONS');
    fails('storage create mystore', 'MISSING_ARGUMENT');
    fails('deployment show mysvc --slot staging --name v1', 'CONFLICTING_OPTIONS');
    fails('vm create myvm westus --image a --vm-image b', 'CONFLICTING_OPTIONS');
  });

  it('an unterminated quote', () => {
    const error = fails('service create mysvc westus --label "My service', 'UNTERMINATED_QUOTE');
    assert.equal(error.span?.start, 'service create mysvc westus --label '.length);
  });

  it('a quoted word is never an option or a resource', () => {
    fails('"vm" list', 'UNKNOWN_RESOURCE');
    const result = parseCommand('service create mysvc westus --label "--weird"');
    assert.ok(result.ok && result.command.kind === 'run');
    assert.equal(result.command.options.label, '--weird');
  });
});

describe('parseCommand: a password typed into a command', () => {
  for (const input of ['vm create myvm West US --password hunter2', 'vm create myvm West US --admin-password=hunter2', 'vm create myvm West US --pwd hunter2 --size Small']) {
    it(`is refused and never echoed: ${input.replace('hunter2', '…')}`, () => {
      const result = parseCommand(input, { locations: ['West US'] });
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'UNKNOWN_OPTION');
      assert.match(result.error.message, /never typed/);
      assert.ok(!JSON.stringify(result.error).includes('hunter2'), 'the value is masked everywhere');
      assert.match(result.error.input, /•••/);
    });
  }
});

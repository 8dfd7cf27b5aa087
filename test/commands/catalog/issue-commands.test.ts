import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, commandSpec, parseCommand, type OptionSpec } from '../../../src/commands/index.ts';

/**
 * Every command the command language promises, with the positional arguments and options it
 * promises: `<name>` is required, `[<name>]` optional, `--x!` a required option.
 */
const PROMISED: readonly (readonly [string, string])[] = [
  ['location list', ''],
  ['service list', ''],
  ['service show', '<name>'],
  ['service create', '<name> [<location>] --label --description --affinity-group'],
  ['service delete', '<name> --purge'],
  ['deployment show', '<service> --slot --name'],
  ['deployment create', '<service> <name> --package! --config! --slot --start'],
  ['deployment config', '<service> <name> --config!'],
  ['deployment start', '<service> <name>'],
  ['deployment suspend', '<service> <name>'],
  ['deployment swap', '<service>'],
  ['deployment delete', '<service> <name>'],
  ['storage list', ''],
  ['storage show', '<name>'],
  ['storage create', '<name> [<location>] --type --affinity-group --label --description'],
  ['storage delete', '<name>'],
  ['affinity-group list', ''],
  ['affinity-group show', '<name>'],
  ['affinity-group create', '<name> <location> --description'],
  ['affinity-group delete', '<name>'],
  ['os list', '--family'],
  ['os families', ''],
  ['image list', '--category --os'],
  ['image show', '<name>'],
  ['image add', '<name> <media-link> <os> --label'],
  ['image delete', '<name> --delete-vhd'],
  ['vm list', '[<service>]'],
  ['vm show', '<name>'],
  ['vm create', '<name> <location> --image --size --user --ssh-key --vm-image'],
  ['vm start', '<name>'],
  ['vm stop', '<name> --deallocate'],
  ['vm restart', '<name>'],
  ['vm delete', '<name> --keep-vhd'],
  ['vm capture', '<name> <image-name> --generalized'],
  ['vm-image list', '--location --publisher --category'],
  ['vm-image delete', '<name>'],
  ['op show', '<request-id>'],
  ['disk list', ''],
  ['disk show', '<name>'],
  ['disk delete', '<name> --keep-vhd'],
  ['vm disk list', '<name> --service --deployment'],
  ['vm disk attach', '<name> [<size-gb>] --disk --lun --caching'],
  ['vm disk detach', '<name> --lun! --keep-vhd'],
  ['reserved-ip list', ''],
  ['reserved-ip create', '<name> <location> --label'],
  ['reserved-ip delete', '<name>'],
  ['reserved-ip assign', '<name> <service> --deployment'],
  ['reserved-ip unassign', '<name> <service> --deployment'],
  ['vm size list', '[<location>]'],
  ['op list', '--since --status'],
];

describe('the commands the command language promises', () => {
  for (const [id, syntax] of PROMISED) {
    it(`${id} ${syntax}`.trim(), () => {
      const spec = commandSpec(id);
      assert.ok(spec, `${id} exists`);
      const words = syntax.split(' ').filter((w) => w !== '');
      const args = words.filter((w) => w.includes('<'));
      assert.deepEqual(spec.args.map((a) => (a.required ? `<${a.name}>` : `[<${a.name}>]`)), args, 'its arguments, in order');
      for (const option of words.filter((w) => w.startsWith('--'))) {
        const name = option.replace(/^--|!$/g, '');
        const found: OptionSpec | undefined = spec.options.find((o) => o.name === name);
        assert.ok(found, `${id} has --${name}`);
        assert.equal(found.required === true, option.endsWith('!'), `--${name} is ${option.endsWith('!') ? '' : 'not '}required`);
      }
    });
  }

  it('the aliases of the grammar name the same commands', () => {
    const same = (a: string, b: string) => {
      const x = parseCommand(a);
      const y = parseCommand(b);
      assert.ok(x.ok && y.ok && x.command.kind === 'run' && y.command.kind === 'run', `${a} / ${b}`);
      assert.equal(x.command.id, y.command.id);
    };
    same('cloudservice list', 'service list');
    same('storage-account list', 'storage list');
    same('vm ls', 'vm list');
    same('image rm myimg', 'image delete myimg');
    same('CloudService LS', 'service list');
    same('vm disks ls myvm', 'vm disk list myvm');
    same('vm-disk list myvm', 'vm disk list myvm');
    same('role-sizes list', 'vm size list');
    same('reservedip rm ip1', 'reserved-ip delete ip1');
    same('/asm vm size list', 'vm size list');
  });

  it('two-word resources: `help vm disk`, `vm disk attach --help`, and a wrong action of `vm disk` says what it can do', () => {
    const help = parseCommand('help vm disk');
    assert.ok(help.ok);
    assert.deepEqual(help.command, { kind: 'help', resource: 'vm disk' });
    const action = parseCommand('vm disk attach --help');
    assert.ok(action.ok);
    assert.deepEqual(action.command, { kind: 'help', resource: 'vm disk', action: 'attach' });
    const wrong = parseCommand('vm disk frob myvm');
    assert.ok(!wrong.ok);
    assert.equal(wrong.error.hint, '`vm disk` can: list, attach, detach. See `help vm disk`.');
    const vm = parseCommand('vm show disk');
    assert.ok(vm.ok && vm.command.kind === 'run' && vm.command.id === 'vm show' && vm.command.args.name === 'disk', 'a VM named disk is still a VM');
  });

  it('every command has help: `help <resource>` names each of its actions', () => {
    for (const resource of CATALOG.resources) {
      const result = parseCommand(`help ${resource.name}`);
      assert.ok(result.ok && result.command.kind === 'help');
      assert.deepEqual(result.command, { kind: 'help', resource: resource.name });
    }
  });
});

import type { SlackSimState } from '../slack/index.ts';

/** The demo workspace of `npm start`: one channel bound to the emulator, three people with different roles. */
export const OPS_CHANNEL = { id: 'C0ASMOPS01', name: 'ops' } as const;

export const PEOPLE = {
  alice: { id: 'U0ALICE001', real_name: 'Alice', title: 'operator: creates and deletes' },
  bob: { id: 'U0BOB00001', real_name: 'Bob', title: 'approver' },
  carol: { id: 'U0CAROL001', real_name: 'Carol', title: 'reader' },
} as const;

export type PersonName = keyof typeof PEOPLE;

/** Adds the people and #ops to the simulator (idempotent: a restored workspace keeps its messages). */
export function seedWorkspace(state: SlackSimState): void {
  for (const [name, person] of Object.entries(PEOPLE)) {
    state.addUser({ id: person.id, name, real_name: person.real_name, is_bot: false, tz: 'UTC' });
  }
  if (!state.channels.has(OPS_CHANNEL.id)) state.addChannel({ ...OPS_CHANNEL });
}

/** `ASM_ROLES`: alice runs changes and destroys, bob approves, carol only reads. */
export function demoRoles(): Record<string, unknown> {
  return {
    operators: [PEOPLE.alice.id],
    destroyers: [PEOPLE.alice.id],
    approvers: [PEOPLE.bob.id],
    readers: [PEOPLE.carol.id],
  };
}

export const titles = (): Record<string, string> => Object.fromEntries(Object.entries(PEOPLE).map(([name, p]) => [name, p.title]));

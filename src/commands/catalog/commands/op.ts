import { readCommand } from '../change.ts';
import { arg, step } from '../define.ts';
import { requestId } from '../values.ts';
import type { ViewDoc } from '../../views/doc.ts';
import { fieldsDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';

interface OperationModel {
  readonly id: string;
  readonly status: string;
  readonly httpStatusCode?: number;
  readonly error?: { readonly code: string; readonly message: string };
}

function operationView(result: unknown): ViewDoc {
  const o = result as OperationModel;
  const fields = fieldsDoc(`Operation ${o.id}`, [
    ['Status', o.status],
    ['HTTP status', o.httpStatusCode],
    ['Error', o.error ? `${o.error.code}: ${o.error.message}` : undefined],
  ]);
  return { ...fields, tone: o.status === 'Failed' ? 'error' : o.status === 'Succeeded' ? 'ok' : 'info' };
}

const opShow = readCommand(
  {
    resource: 'op', action: 'show', summary: 'Show the status of an asynchronous operation.', risk: 'read',
    args: [{ name: 'request-id', type: requestId, required: true, description: 'The request id a change returned.' }], options: [],
    examples: ['op show 0e5b8b8bd9b24c1a8f1f6c4f3c2b1a00'],
  },
  (input) => {
    const id = arg(input, 'request-id');
    return { summary: `Show operation ${id}`, steps: [step('get', `Read operation \`${id}\``, 'operations.get', [id])] };
  },
  operationView,
);

export const opCommands: readonly CommandSpec[] = [opShow];

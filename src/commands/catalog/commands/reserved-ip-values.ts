import { CommandError } from '../../command-error.ts';
import type { ReservedIPLike } from '../../plan/client.ts';
import type { PlanContext } from '../../plan/context.ts';
import { isNotFound } from '../../plan/error-info.ts';
import type { ValueType } from '../types.ts';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
export const reservedIpName: ValueType = {
  label: 'reserved IP name', expected: '1–63 letters, digits, hyphens, periods and underscores, starting with a letter or digit',
  check: (v) => (NAME.test(v) ? { ok: true, value: v } : { ok: false, expected: reservedIpName.expected }),
};
export const ipArg = { name: 'name', type: reservedIpName, required: true, description: 'The reserved IP name.' };

export const usedBy = (ip: ReservedIPLike): string | undefined =>
  ip.serviceName === undefined ? undefined : `${ip.serviceName}${ip.deploymentName ? ` (deployment ${ip.deploymentName})` : ''}`;

/** Reads a reserved IP for planning; a usage error when there is none of that name. */
export async function readReservedIp(name: string, context: PlanContext): Promise<ReservedIPLike> {
  try {
    return await context.client!.reservedIPs.get(name, context.abortSignal ? { abortSignal: context.abortSignal } : {});
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new CommandError({ code: 'RESERVED_IP_NOT_FOUND', kind: 'usage', message: `There is no reserved IP named ${name}.`, hint: 'See `reserved-ip list`.' });
  }
}

import { ManagementError, MANAGEMENT_ERROR_CODES } from './errors/index.ts';

/** Refuses a missing required argument before anything is sent. */
export function required<T>(value: T | undefined | null, name: string): T {
  if (value === undefined || value === null || value === '') {
    throw invalidArgument(`${name} is required.`);
  }
  return value;
}

/** The service wants exactly one of a location and an affinity group. */
export function exactlyOnePlacement(input: { location?: string | undefined; affinityGroup?: string | undefined }): void {
  const count = Number(Boolean(input.location)) + Number(Boolean(input.affinityGroup));
  if (count !== 1) throw invalidArgument('Give exactly one of location and affinityGroup.');
}

export function invalidArgument(message: string): ManagementError {
  return new ManagementError({ code: MANAGEMENT_ERROR_CODES.InvalidArgument, message });
}

/** Slots are lower-case in paths (`deploymentslots/production`). */
export function slotSegment(slot: string): string {
  const lowered = required(slot, 'slot').toLowerCase();
  if (lowered !== 'production' && lowered !== 'staging') throw invalidArgument(`The slot must be production or staging, not '${slot}'.`);
  return lowered;
}

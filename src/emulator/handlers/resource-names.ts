import { errors } from '../errors/index.ts';
import { HOSTED_SERVICE_NAME_MESSAGE, STORAGE_NAME_MESSAGE, checkAffinityGroupName, isValidHostedServiceName, isValidStorageName } from './validation.ts';

const DEPLOYMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;

type Rule = (name: string) => void;

const RULES: Readonly<Record<string, Rule>> = {
  hostedservices: (name) => { if (!isValidHostedServiceName(name)) throw errors.badRequest(HOSTED_SERVICE_NAME_MESSAGE); },
  storageservices: (name) => { if (!isValidStorageName(name)) throw errors.badRequest(STORAGE_NAME_MESSAGE); },
  affinitygroups: checkAffinityGroupName,
  deployments: (name) => {
    if (!DEPLOYMENT_NAME.test(name)) throw errors.badRequest(`The deployment name '${name}' is invalid. It may contain letters, numbers, periods, hyphens and underscores, up to 63 characters, and must start with a letter or a number.`);
  },
  images: (name) => {
    if (!IMAGE_NAME.test(name)) throw errors.badRequest(`The image name '${name}' is invalid. It may contain letters, numbers, periods, hyphens and underscores, and must start with a letter or a number.`);
  },
};

/**
 * Names in a request path (below the subscription) that are invalid for their kind get 400
 * BadRequest with the service's message, on every operation (reads, deletes, `isavailable`),
 * before any lookup could answer 404.
 */
export function checkResourceNames(segments: readonly string[]): void {
  for (let i = 1; i < segments.length; i++) {
    const collection = (segments[i - 1] ?? '').toLowerCase();
    const name = segments[i] ?? '';
    if (collection === 'isavailable') {
      RULES[(segments[i - 3] ?? '').toLowerCase()]?.(name);
      continue;
    }
    if (name.toLowerCase() === 'operations' && (collection === 'hostedservices' || collection === 'storageservices')) continue;
    RULES[collection]?.(name);
  }
}

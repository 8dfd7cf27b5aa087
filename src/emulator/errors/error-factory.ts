import { EmulatorError } from './emulator-error.ts';

/**
 * The one place that knows the service's error codes and messages. Messages seen in recorded
 * traffic are used verbatim; the others follow the service's wording.
 */
export const errors = {
  forbidden: () =>
    new EmulatorError(
      403,
      'ForbiddenError',
      'The server failed to authenticate the request. Verify that the certificate is valid and is associated with this subscription.',
    ),
  missingVersionHeader: () =>
    new EmulatorError(400, 'MissingOrIncorrectVersionHeader', 'The versioning header is not specified or was specified incorrectly.'),
  unknownVersion: (version: string) =>
    new EmulatorError(
      400,
      'MissingOrIncorrectVersionHeader',
      `The versioning header is not specified or was specified incorrectly: '${version}' is not a version of the Service Management API (2009-10-01 to 2017-01-01).`,
    ),
  badRequest: (message: string) => new EmulatorError(400, 'BadRequest', message),
  conflict: (message: string) => new EmulatorError(409, 'ConflictError', message),
  notFound: (message: string) => new EmulatorError(404, 'ResourceNotFound', message),
  unsupportedResource: (segment: string) =>
    new EmulatorError(404, 'ResourceNotFound', `The resource service name ${segment} is not supported.`),
  methodNotAllowed: (method: string) =>
    new EmulatorError(405, 'MethodNotAllowed', `The HTTP verb ${method} is not allowed on this resource.`),
  internal: () => new EmulatorError(500, 'InternalError', 'The server encountered an internal error. Please retry the request.'),
  serverBusy: (retryAfterSeconds: number) =>
    new EmulatorError(503, 'ServerBusy', 'The server is currently unable to receive requests. Please retry your request.', {
      'retry-after': String(retryAfterSeconds),
    }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new EmulatorError(429, 'TooManyRequests', 'Too many requests received. Retry after some time.', {
      'retry-after': String(retryAfterSeconds),
    }),

  hostedServiceNotFound: () => errors.notFound('The hosted service does not exist.'),
  storageAccountNotFound: (name: string) => errors.notFound(`The storage account '${name}' was not found.`),
  affinityGroupNotFound: () => errors.notFound('The affinity group does not exist.'),
  imageNotFound: () => errors.notFound('The image with the specified name does not exist.'),
  vmImageNotFound: (name: string) => errors.notFound(`The VM image '${name}' does not exist.`),
  noDeployments: () => errors.notFound('No deployments were found.'),
  deploymentNotFound: (name: string) => errors.notFound(`The deployment name '${name}' does not exist.`),
  roleNotFound: (name: string) => errors.notFound(`The role '${name}' does not exist in the deployment.`),
  roleInstanceNotFound: (name: string) => errors.notFound(`The role instance '${name}' does not exist in the deployment.`),
  operationNotFound: () => errors.notFound('The operation request ID was not found.'),
  certificateNotFound: () => errors.notFound('The certificate was not found.'),
  subscriptionNotFound: (id: string) => errors.notFound(`The subscription '${id}' is not registered with the emulator.`),

  deploymentBusy: (requestId: string) =>
    errors.conflict(
      `Windows Azure is currently performing an operation with x-ms-requestid ${requestId} on this deployment that requires exclusive access.`,
    ),
  storageAccountBusy: () =>
    errors.conflict('Windows Azure is currently performing an operation on this storage account that requires exclusive access.'),
  dnsNameTaken: () => errors.conflict('The specified DNS name is already taken.'),
  hostedServiceHasDeployments: (name: string) =>
    errors.conflict(`The hosted service '${name}' has deployments. Delete all of its deployments before deleting the hosted service.`),
  slotOccupied: (slot: string) => errors.conflict(`There is already a deployment in the ${slot} slot of this hosted service.`),
  deploymentNameTaken: (name: string) => errors.conflict(`A deployment named '${name}' already exists in this hosted service.`),
  roleNameTaken: (name: string) => errors.conflict(`A role named '${name}' already exists in the deployment.`),
  storageNameInSubscription: (name: string) =>
    errors.conflict(`A storage account named '${name}' already exists in the subscription.`),
  storageAccountHasDisks: (name: string, example: string) =>
    errors.conflict(
      `Storage account ${name} has some active image(s) and/or disk(s), e.g. ${example}. Ensure these image(s) and/or disk(s) are removed before deleting this storage account.`,
    ),
  storageNameTaken: (name: string) => errors.conflict(`The storage account named '${name}' is already taken.`),
  affinityGroupExists: (name: string) => errors.conflict(`An affinity group named '${name}' already exists in the subscription.`),
  affinityGroupInUse: (name: string) =>
    errors.conflict(`The affinity group '${name}' is in use by one or more hosted services or storage accounts and cannot be deleted.`),
  imageExists: (name: string) => errors.conflict(`An image named '${name}' already exists.`),
  certificateExists: () => errors.conflict('The certificate already exists.'),

  diskNotFound: () => errors.notFound('The disk with the specified name does not exist.'),
  diskExists: (name: string) => errors.conflict(`A disk with name ${name} already exists.`),
  mediaLinkInUse: (mediaLink: string) => errors.conflict(`A disk or image with media link ${mediaLink} already exists.`),
  diskInUse: (name: string, attached: { roleName: string; hostedServiceName: string; deploymentName: string }) =>
    errors.badRequest(
      `A disk with name ${name} is currently in use by virtual machine ${attached.roleName} running within hosted service ${attached.hostedServiceName}, deployment ${attached.deploymentName}.`,
    ),
  dataDiskNotFound: (lun: number) => errors.notFound(`A data disk does not exist at LUN ${lun}.`),
  lunTaken: (lun: number) => errors.conflict(`A data disk is already attached at LUN ${lun}.`),
  reservedIpNotFound: (name: string) => errors.notFound(`The reserved IP ${name} does not exist.`),
  reservedIpExists: (name: string) => errors.conflict(`A reserved IP with the name ${name} already exists in the subscription.`),
  reservedIpInUse: (name: string, service: string, deployment: string) =>
    errors.badRequest(`The reserved IP ${name} is in use by deployment ${deployment} of hosted service ${service}; disassociate it first.`),
  dnsServerNotFound: (name: string) => errors.notFound(`The DNS server ${name} does not exist in the deployment.`),
  dnsServerExists: (name: string) => errors.conflict(`A DNS server named ${name} already exists in the deployment.`),
} as const;

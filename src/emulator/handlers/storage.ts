import { errors } from '../errors/index.ts';
import { isoSeconds, randomText, type Transition } from '../operations/index.ts';
import type { StorageAccountRecord, SubscriptionRecord } from '../persistence/index.ts';
import type { RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { storageKeysView, storageServiceView } from '../views/storage-view.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, mergeProperties, ok, required, startOperation, subscriptionOf } from './common.ts';
import { checkStorageIdle, unlock } from './locks.ts';
import { firstDiskIn } from './storage-usage.ts';
import { subscriptionIn } from './lookup.ts';
import { STORAGE_NAME_MESSAGE, checkLabel, checkPlacement, isValidStorageName, storageNameOwner } from './validation.ts';

const ACCOUNT_TYPES = ['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_RAGRS', 'Premium_LRS'];

interface StorageInput {
  serviceName?: string;
  description?: string;
  label?: string;
  affinityGroup?: string;
  location?: string;
  extendedProperties?: Record<string, string>;
  accountType?: string;
}

const newKey = () => randomText(64, 'base64');

function accountOf(subscription: SubscriptionRecord, request: RouteRequest): StorageAccountRecord {
  const name = request.params['name'] ?? '';
  const account = subscription.storageAccounts[name];
  if (!account) throw errors.storageAccountNotFound(name);
  return account;
}

function checkAccountType(accountType: string | undefined): string | undefined {
  if (accountType !== undefined && !ACCOUNT_TYPES.includes(accountType)) {
    throw errors.badRequest(`The account type '${accountType}' is not valid. Valid types: ${ACCOUNT_TYPES.join(', ')}.`);
  }
  return accountType;
}

export const storageTransitions: Record<string, Transition> = {
  'storage.create': {
    succeed(context, params) {
      const account = subscriptionIn(context.state, context.subscriptionId)?.storageAccounts[String(params['name'])];
      if (account) account.status = 'Created';
      unlock(account, context.requestId);
    },
    fail(context, params) {
      const subscription = subscriptionIn(context.state, context.subscriptionId);
      if (subscription) delete subscription.storageAccounts[String(params['name'])];
    },
  },
};

export function registerStorageRoutes(router: Router<EmulatorWorld>): void {
  router
    .add('GET', '/services/storageservices', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const value = Object.values(subscription.storageAccounts).map((account) =>
        storageServiceView(account, { baseUrl: world.baseUrl, subscription }),
      );
      return ok({ schema: schemas.StorageServices, value });
    })
    .add('GET', '/services/storageservices/operations/isavailable/:name', (request, world) => {
      const name = request.params['name'] ?? '';
      const owner = storageNameOwner(world.state, name);
      let reason: string | undefined;
      if (!isValidStorageName(name)) reason = STORAGE_NAME_MESSAGE;
      else if (owner?.id === request.subscriptionId) reason = `A storage account named '${name}' already exists in the subscription.`;
      else if (owner) reason = `The storage account named '${name}' is already taken.`;
      return ok({ schema: schemas.AvailabilityResponse, value: { result: reason === undefined, reason } });
    })
    .add('POST', '/services/storageservices', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const input = decodeBody<StorageInput>(schemas.CreateStorageServiceInput, request);
      const name = required(input.serviceName, 'ServiceName');
      if (!isValidStorageName(name)) throw errors.badRequest(STORAGE_NAME_MESSAGE);
      const label = checkLabel(input.label);
      const placement = checkPlacement(subscription, input.location, input.affinityGroup);
      const accountType = checkAccountType(input.accountType) ?? 'Standard_GRS';
      const owner = storageNameOwner(world.state, name);
      if (owner?.id === subscription.id) throw errors.storageNameInSubscription(name);
      if (owner) throw errors.storageNameTaken(name);
      subscription.storageAccounts[name] = {
        serviceName: name,
        ...(input.description !== undefined ? { description: input.description } : {}),
        label,
        ...placement,
        status: 'Creating',
        accountType,
        creationTime: isoSeconds(world.clock.now()),
        extendedProperties: input.extendedProperties ?? {},
        primaryKey: newKey(),
        secondaryKey: newKey(),
        lockedBy: request.requestId,
      };
      const result = startOperation(world, request, 'storage.create', { name });
      return { ...result, headers: { location: `${world.baseUrl}/subscriptions/${subscription.id}/storage/${name}` } };
    })
    .add('GET', '/services/storageservices/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const value = storageServiceView(accountOf(subscription, request), { baseUrl: world.baseUrl, subscription, withCapabilities: true });
      return ok({ schema: schemas.StorageService, value });
    })
    .add('PUT', '/services/storageservices/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const account = accountOf(subscription, request);
      const input = decodeBody<StorageInput>(schemas.UpdateStorageServiceInput, request);
      checkStorageIdle(account);
      if (input.label !== undefined) account.label = checkLabel(input.label);
      if (input.description !== undefined) account.description = input.description;
      account.accountType = checkAccountType(input.accountType) ?? account.accountType;
      account.extendedProperties = mergeProperties(account.extendedProperties, input.extendedProperties);
      return ok();
    })
    .add('DELETE', '/services/storageservices/:name', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const account = accountOf(subscription, request);
      checkStorageIdle(account);
      const disk = firstDiskIn(subscription, account.serviceName);
      if (disk !== undefined) throw errors.storageAccountHasDisks(account.serviceName, disk);
      delete subscription.storageAccounts[account.serviceName];
      return ok();
    })
    .add('GET', '/services/storageservices/:name/keys', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const value = storageKeysView(accountOf(subscription, request), { baseUrl: world.baseUrl, subscription });
      return ok({ schema: schemas.StorageService, value });
    })
    .add('POST', '/services/storageservices/:name/keys', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const account = accountOf(subscription, request);
      if ((request.query.get('action') ?? '').toLowerCase() !== 'regenerate') {
        throw errors.badRequest("The 'action' query parameter must be 'regenerate'.");
      }
      const input = decodeBody<{ keyType?: string }>(schemas.RegenerateKeys, request);
      checkStorageIdle(account);
      const keyType = required(input.keyType, 'KeyType');
      if (keyType === 'Primary') account.primaryKey = newKey();
      else if (keyType === 'Secondary') account.secondaryKey = newKey();
      else throw errors.badRequest(`The key type '${keyType}' is not valid; use 'Primary' or 'Secondary'.`);
      return ok({ schema: schemas.StorageService, value: storageKeysView(account, { baseUrl: world.baseUrl, subscription }) });
    });
}

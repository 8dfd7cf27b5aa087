import { dict, object, text, textList } from '../schema.ts';

export const extendedProperties = dict('ExtendedProperty');

export const computeCapabilities = object({
  WebWorkerRoleSizes: textList('RoleSize'),
  VirtualMachinesRoleSizes: textList('RoleSize'),
});

export const storageCapabilities = object({
  StorageAccountTypes: textList('StorageAccountType'),
});

/** A `<Name>` list, as in `<Roles><Name>…</Name></Roles>` and `<RoleInstances><Name>…</Name></RoleInstances>`. */
export const nameList = textList('Name');

export const error = object({ Code: text, Message: text });

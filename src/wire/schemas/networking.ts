import { document, list, object, text, textList, bool } from '../schema.ts';

/** A reserved IP address; Create Reserved IP sends `Name, Label, Location` in the same order. */
const reservedIP = object({
  Name: text,
  Address: text,
  Id: text,
  Label: text,
  State: text,
  InUse: bool,
  ServiceName: text,
  DeploymentName: text,
  Location: text,
});
export const ReservedIP = document('ReservedIP', reservedIP);
export const ReservedIPs = document('ReservedIPs', list('ReservedIP', reservedIP));

/** Associate and Disassociate Reserved IP (x-ms-version 2015-02-01). */
export const ReservedIPAssociation = document('ReservedIPAssociation', {
  ServiceName: text,
  DeploymentName: text,
  VirtualIPName: text,
});

/** Add and Update DNS Server of a deployment. */
export const DnsServer = document('DnsServer', { Name: text, Address: text });

const virtualNetworkSite = object({
  Name: text,
  Label: text,
  Id: text,
  AffinityGroup: text,
  Location: text,
  State: text,
  AddressSpace: object({ AddressPrefixes: textList('AddressPrefix') }),
  Subnets: list('Subnet', object({ Name: text, AddressPrefix: text })),
  DnsServers: list('DnsServer', object({ Name: text, Address: text })),
});
export const VirtualNetworkSites = document('VirtualNetworkSites', list('VirtualNetworkSite', virtualNetworkSite));

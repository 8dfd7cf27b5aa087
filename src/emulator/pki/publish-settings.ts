function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface PublishSettingsInput {
  readonly subscriptionId: string;
  readonly subscriptionName: string;
  readonly serviceManagementUrl: string;
  /** PKCS#12 with an empty password, as the portal issued them. */
  readonly pfx: Uint8Array;
}

/** A `.publishsettings` document, schema 2.0. */
export function publishSettingsXml(input: PublishSettingsInput): string {
  const certificate = Buffer.from(input.pfx).toString('base64');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<PublishData>',
    '  <PublishProfile SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">',
    '    <Subscription',
    `      ServiceManagementUrl="${escapeAttribute(input.serviceManagementUrl)}"`,
    `      Id="${escapeAttribute(input.subscriptionId)}"`,
    `      Name="${escapeAttribute(input.subscriptionName)}"`,
    `      ManagementCertificate="${certificate}" />`,
    '  </PublishProfile>',
    '</PublishData>',
    '',
  ].join('\n');
}

/**
 * What runs the product on one machine: Azurite, stand-ins for Slack and Key Vault, a dev Functions host.
 * Never part of the deployment.
 */
export { startAzurite, DEV_ACCOUNT, type AzuriteOptions, type RunningAzurite } from './azurite/start-azurite.ts';
export { startSlackStandIn, SlackSimState, type SlackStandIn, type SlackStandInOptions } from './slack/index.ts';
export { startKeyVault, type RunningKeyVault, type StartKeyVaultOptions, type KeyVaultAdmin } from './key-vault/index.ts';

/**
 * A stand-in for Slack: the Web API methods the bot calls, response URLs, and slash commands and
 * clicks sent to the bot signed as Slack sends them. State lives in `SlackSimState` (with change
 * events), so a page or an automation API can sit on the same workspace.
 */
export { startSlackStandIn, type SlackStandIn, type SlackStandInOptions } from './server.ts';
export { SlackSimState, DEFAULT_IDENTITY, type SimIdentity } from './sim-state.ts';
export { SimFaults, type SimFault } from './faults.ts';
export { callWebApi, WEB_API_METHODS, type ApiAnswer, type ApiArgs } from './web-api.ts';
export { postToResponseUrl } from './response-url.ts';
export { sendSlashCommand, sendBlockAction, type BotTarget, type BotResponse, type SlashCommandInput, type BlockActionInput } from './send-to-bot.ts';
export { slackSignature, signedHeaders } from './sign.ts';
export { serveHttpFunction, type ServedFunction } from './serve-http-function.ts';
export type { SimChange, SimChannel, SimEphemeral, SimMessage, SimMetadata, SimResponseUrl, SimUser } from './types.ts';
export { startSlackSimulator, type SlackSimulator } from './sim-api-server.ts';
export { createSimApiHandler, splitCommand, type SimApiTarget, type SimApiOptions } from './sim-api.ts';
export { channelView, workspaceView, type SimMessageView, type WorkspaceView } from './sim-api-views.ts';
export type { SimEvent } from './sim-api-events.ts';

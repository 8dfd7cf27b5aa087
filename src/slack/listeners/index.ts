export { registerListeners } from './register.ts';
export { decide, type Click, type DecisionResult } from './decide.ts';
export { runCommand, type CommandOrigin, type SlashAnswer } from './run-command.ts';
export { parseJobCommand, runJobCommand, type JobCommand } from './job-commands.ts';
export { previewOf } from './preview.ts';
export type { ListenerDeps } from './deps.ts';

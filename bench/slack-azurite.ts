// Azurite in its own process for bench/slack.ts, so the storage service does not share the event
// loop with the handler being measured (in Azure, Table Storage is another machine). Prints one JSON line.
import { startAzurite } from '../src/local/azurite/start-azurite.ts';

const azurite = await startAzurite();
process.stdout.write(`${JSON.stringify({ connectionString: azurite.connectionString })}\n`);
const stop = () => void azurite.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { ReceiverMultipleAckError, type App, type Logger, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { createLogger } from '../logger.ts';
import { ReplayGuard } from './replay-guard.ts';
import { isSslCheck, parseRequestBody } from './request-body.ts';
import { checkSignature, MAX_SKEW_SECONDS } from './signature-check.ts';

export type AzureFunctionsHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

export interface AzureFunctionsReceiverOptions {
  /** The app's signing secret (Slack app settings → Basic Information). */
  readonly signingSecret: string;
  readonly logger?: Logger;
  /** The clock, in milliseconds since the epoch (default `Date.now`). */
  readonly now?: () => number;
  /** When to warn that a request has not been acknowledged (default 3001 ms: Slack gives up at 3 s). */
  readonly unhandledRequestTimeoutMillis?: number;
  /** Larger bodies are refused unread (default 1 MiB; Slack's largest payloads are far smaller). */
  readonly maxBodyBytes?: number;
  /** Signatures remembered for replay protection (default 50,000: 10 minutes at over 80 requests a second). */
  readonly replayCapacity?: number;
}

/** What listeners find in `context.invocationContext`: the Functions invocation (output bindings, logging). */
export interface InvocationCustomProperties {
  readonly invocationContext: InvocationContext;
}

const refused = (status: 400 | 401): HttpResponseInit => ({ status, body: '' });

/**
 * A Bolt receiver for the Azure Functions v4 HTTP trigger. It verifies each request (Bolt's
 * `verifySlackRequest`, plus future timestamps and replays), hands it to the app with the invocation
 * as a custom property, and answers with what the listener acknowledged. Refusals carry no reason.
 */
export class AzureFunctionsReceiver implements Receiver {
  readonly #signingSecret: string;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #ackTimeoutMs: number;
  readonly #maxBodyBytes: number;
  readonly #replays: ReplayGuard;
  #app: App | undefined;

  constructor(options: AzureFunctionsReceiverOptions) {
    if (typeof options.signingSecret !== 'string' || options.signingSecret.trim() === '') {
      throw new Error('The Slack signing secret is empty: set SLACK_SIGNING_SECRET to the value under Basic Information → App Credentials of the Slack app.');
    }
    this.#signingSecret = options.signingSecret;
    this.#logger = options.logger ?? createLogger();
    this.#now = options.now ?? Date.now;
    this.#ackTimeoutMs = options.unhandledRequestTimeoutMillis ?? 3001;
    this.#maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    this.#replays = new ReplayGuard({ windowMs: 2 * MAX_SKEW_SECONDS * 1000, capacity: options.replayCapacity ?? 50_000 });
  }

  init(app: App): void {
    this.#app = app;
  }

  async start(): Promise<AzureFunctionsHandler> {
    return this.toHandler();
  }

  async stop(): Promise<void> {}

  toHandler(): AzureFunctionsHandler {
    return (request, context) => this.handle(request, context);
  }

  async handle(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > this.#maxBodyBytes) return this.#refuse(400, 'body too large');
    const rawBody = await request.text();
    if (Buffer.byteLength(rawBody) > this.#maxBodyBytes) return this.#refuse(400, 'body too large');
    const contentType = request.headers.get('content-type');
    if (isSslCheck(rawBody, contentType)) return { status: 200, body: '' };

    const nowMs = this.#now();
    const check = checkSignature({
      signingSecret: this.#signingSecret, rawBody, nowMs,
      signature: request.headers.get('x-slack-signature'), timestamp: request.headers.get('x-slack-request-timestamp'),
    });
    if (!check.ok) return this.#refuse(401, check.reason);
    if (!this.#replays.admit(request.headers.get('x-slack-signature')!, check.timestampSeconds * 1000, nowMs)) return this.#refuse(401, 'replayed');

    const parsed = parseRequestBody(rawBody, contentType);
    if (!parsed.ok) return this.#refuse(400, parsed.reason);
    const { body } = parsed;
    if (body['type'] === 'url_verification') return { status: 200, jsonBody: { challenge: body['challenge'] } };
    return this.#dispatch(body, request, context);
  }

  async #dispatch(body: Record<string, unknown>, request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
    if (this.#app === undefined) throw new Error('The receiver is not attached to a Bolt App: pass it as `receiver` to `new App(...)`.');
    let acknowledged = false;
    let stored: unknown;
    const timer = setTimeout(() => {
      if (!acknowledged) this.#logger.warn(`A request was not acknowledged within ${this.#ackTimeoutMs} ms; Slack shows the user an error. Call ack() sooner.`);
    }, this.#ackTimeoutMs);
    const retryNum = request.headers.get('x-slack-retry-num');
    const retryReason = request.headers.get('x-slack-retry-reason');
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => {
        if (acknowledged) throw new ReceiverMultipleAckError();
        acknowledged = true;
        clearTimeout(timer);
        stored = response ?? '';
      },
      ...(retryNum !== null ? { retryNum: Number(retryNum) } : {}),
      ...(retryReason !== null ? { retryReason } : {}),
      customProperties: { invocationContext: context } satisfies InvocationCustomProperties,
    };
    try {
      await this.#app.processEvent(event);
    } catch (error) {
      // Once acknowledged, Slack has its answer; a later failure is logged, not turned into a 500.
      this.#logger.error(`A listener failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!acknowledged) return { status: 500, body: '' };
    } finally {
      clearTimeout(timer);
    }
    if (!acknowledged) {
      this.#logger.info('No listener acknowledged the request.');
      return { status: 404, body: '' };
    }
    if (typeof stored === 'string') return { status: 200, body: stored };
    return { status: 200, jsonBody: stored };
  }

  #refuse(status: 400 | 401, reason: string): HttpResponseInit {
    this.#logger.info(`Refused a request (${status}): ${reason}.`);
    return refused(status);
  }
}

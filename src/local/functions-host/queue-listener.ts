import type { DequeuedMessageItem, QueueClient } from '@azure/storage-queue';
import type { QueueSettings } from './host-config.ts';
import { decodeMessage, queueTriggerMetadata } from './queue-message.ts';
import type { HostFunction } from './function-index.ts';
import type { InvocationOutcome, Invoker } from './invoker.ts';
import type { QueueAccess } from './storage.ts';
import type { HostLogger } from './types.ts';

export interface QueuePolling {
  /** First wait after an empty poll (the host: 100 ms), doubled up to `maxIntervalMs`. */
  readonly minIntervalMs?: number;
  /** Overrides host.json `maxPollingInterval` (forced to 2 s in development). */
  readonly maxIntervalMs?: number;
  /** How long a received message stays invisible while it runs (the host: 10 min, renewed at half). */
  readonly leaseSeconds?: number;
}

interface Deps {
  readonly fn: HostFunction;
  readonly queues: QueueAccess;
  readonly settings: QueueSettings;
  readonly polling: QueuePolling;
  readonly invoker: Invoker;
  readonly logger: HostLogger;
  readonly now: () => Date;
}

/**
 * Polls one function's queue like the Storage Queues extension: receive a batch, run each message,
 * delete on success; on failure make it visible again after `visibilityTimeout`, or move it to
 * `<queue>-poison` once it has been dequeued `maxDequeueCount` times.
 */
export class QueueListener {
  readonly queueName: string;
  readonly connection: string;
  readonly #d: Deps;
  readonly #client: QueueClient;
  readonly #inFlight = new Set<Promise<void>>();
  #stopped = false;
  #wake: (() => void) | undefined;
  #loop: Promise<void> | undefined;
  #warned = false;

  constructor(deps: Deps) {
    this.#d = deps;
    this.queueName = String(deps.fn.trigger.queueName);
    this.connection = String(deps.fn.trigger.connection ?? 'AzureWebJobsStorage');
    this.#client = deps.queues.queue(this.connection, this.queueName);
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  /** Poll now: a message this host enqueued is picked up without waiting out the back-off. */
  wake(): void {
    this.#wake?.();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.wake();
    await this.#loop;
    await Promise.allSettled([...this.#inFlight]);
  }

  async #run(): Promise<void> {
    const { settings, polling } = this.#d;
    const min = polling.minIntervalMs ?? 100;
    const max = polling.maxIntervalMs ?? settings.maxPollingIntervalMs;
    let delay = min;
    while (!this.#stopped) {
      if (this.#inFlight.size > settings.newBatchThreshold) {
        await Promise.race([...this.#inFlight]);
        continue;
      }
      const messages = await this.#receive();
      if (this.#stopped) break;
      if (messages.length === 0) {
        await this.#sleep(delay);
        delay = Math.min(max, delay * 2 * (0.8 + Math.random() * 0.4));
        continue;
      }
      delay = min;
      for (const message of messages) {
        const run: Promise<void> = this.#process(message).finally(() => this.#inFlight.delete(run));
        this.#inFlight.add(run);
      }
    }
  }

  async #receive(): Promise<DequeuedMessageItem[]> {
    try {
      const visibilityTimeout = this.#d.polling.leaseSeconds ?? 600;
      const response = await this.#client.receiveMessages({ numberOfMessages: this.#d.settings.batchSize, visibilityTimeout });
      this.#warned = false;
      return response.receivedMessageItems;
    } catch (error) {
      // A missing queue is an empty one (the trigger does not create it); anything else is said once.
      if ((error as { statusCode?: number }).statusCode !== 404 && !this.#warned) {
        this.#warned = true;
        this.#d.logger.warn(`queue=${this.queueName} poll failed: ${(error as Error).message.split('\n')[0]}`);
      }
      return [];
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  async #process(message: DequeuedMessageItem): Promise<void> {
    const { settings, fn, logger } = this.#d;
    const fields = { queue: this.queueName, messageId: message.messageId, dequeueCount: message.dequeueCount };
    if (message.dequeueCount > settings.maxDequeueCount) return this.#poison(message, message.popReceipt);
    const body = decodeMessage(message.messageText, settings.messageEncoding);
    if (body === undefined) {
      logger.warn(`Message decoding has failed! Check MessageEncoding settings. MessageId=${message.messageId} function=${fn.name}`);
      return this.#poison(message, message.popReceipt);
    }
    const lease = new Lease(this.#client, message, this.#d.polling.leaseSeconds ?? 600);
    let outcome: InvocationOutcome;
    try {
      outcome = await this.#d.invoker.invoke(fn, {
        inputData: [{ name: fn.triggerName, data: { string: body } }],
        triggerMetadata: queueTriggerMetadata(body, {
          id: message.messageId, popReceipt: message.popReceipt, dequeueCount: message.dequeueCount,
          insertedOn: message.insertedOn, expiresOn: message.expiresOn, nextVisibleOn: message.nextVisibleOn,
        }, this.#d.now()),
      }, fields);
    } finally {
      await lease.end();
    }
    await this.#settle(message, lease.popReceipt, outcome.ok);
  }

  async #settle(message: DequeuedMessageItem, popReceipt: string, ok: boolean): Promise<void> {
    try {
      if (ok) await this.#client.deleteMessage(message.messageId, popReceipt);
      else if (message.dequeueCount >= this.#d.settings.maxDequeueCount) await this.#poison(message, popReceipt);
      else await this.#client.updateMessage(message.messageId, popReceipt, undefined, this.#d.settings.visibilityTimeoutSeconds);
    } catch (error) {
      this.#d.logger.warn(`queue=${this.queueName} messageId=${message.messageId} could not be settled: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  /** Copies the stored text to `<queue>-poison` and deletes the original; without a valid poison queue it stays invisible. */
  async #poison(message: DequeuedMessageItem, popReceipt: string): Promise<void> {
    const poisonName = `${this.queueName}-poison`;
    if (this.queueName.endsWith('-poison') || poisonName.length > 63) return;
    const poison = this.#d.queues.queue(this.connection, poisonName);
    await this.#d.queues.ensureQueue(poison);
    await poison.sendMessage(message.messageText);
    await this.#client.deleteMessage(message.messageId, popReceipt);
    this.#d.logger.warn(`function=${this.#d.fn.name} queue=${this.queueName} messageId=${message.messageId} moved to ${poisonName} after ${message.dequeueCount} dequeues`);
  }
}

/** Keeps a running message invisible: renews its visibility at half the lease, tracking the new pop receipt. */
class Lease {
  popReceipt: string;
  readonly #timer: NodeJS.Timeout;
  #renewal: Promise<void> = Promise.resolve();

  constructor(client: QueueClient, message: DequeuedMessageItem, seconds: number) {
    this.popReceipt = message.popReceipt;
    this.#timer = setInterval(() => {
      this.#renewal = client.updateMessage(message.messageId, this.popReceipt, undefined, seconds)
        .then((r) => { if (r.popReceipt) this.popReceipt = r.popReceipt; }, () => undefined);
    }, Math.max(500, (seconds * 1000) / 2));
  }

  async end(): Promise<void> {
    clearInterval(this.#timer);
    await this.#renewal;
  }
}

import { QueueServiceClient, type QueueClient } from '@azure/storage-queue';
import { encodeMessage, outputMessages, type MessageEncoding } from './queue-message.ts';
import type { RpcTypedData } from './types.ts';

export class StorageConnectionError extends Error {
  override readonly name = 'StorageConnectionError';
  readonly code = 'STORAGE_CONNECTION_MISSING';
}

/** Queue clients per binding `connection`, resolved from app settings as the host does. */
export class QueueAccess {
  readonly #settings: (name: string) => string | undefined;
  readonly #services = new Map<string, QueueServiceClient>();
  readonly #created = new Set<string>();
  /** Called after this host writes to a queue, so a listener on it polls now rather than after its back-off. */
  onWrite: (connection: string, queueName: string) => void = () => {};

  constructor(settings: (name: string) => string | undefined) {
    this.#settings = settings;
  }

  /** `connection` names an app setting; a name without the `AzureWebJobs` prefix also matches `AzureWebJobs<name>`. */
  connectionString(connection: string | undefined): string {
    const name = connection ?? 'AzureWebJobsStorage';
    const value = this.#settings(name) ?? this.#settings(`AzureWebJobs${name}`);
    if (value === undefined || value === '') {
      throw new StorageConnectionError(`The storage connection "${name}" is not set: add it to Values in local.settings.json (for Azurite: "UseDevelopmentStorage=true").`);
    }
    return value;
  }

  queue(connection: string | undefined, queueName: string): QueueClient {
    const cs = this.connectionString(connection);
    let service = this.#services.get(cs);
    if (service === undefined) {
      service = QueueServiceClient.fromConnectionString(cs, { retryOptions: { maxTries: 2 } });
      this.#services.set(cs, service);
    }
    return service.getQueueClient(queueName);
  }

  /** Queues written by the host (output bindings, poison queues) are created if missing, as the host does. */
  async ensureQueue(client: QueueClient): Promise<void> {
    if (this.#created.has(client.url)) return;
    await client.createIfNotExists();
    this.#created.add(client.url);
  }

  /** Writes one output binding's value: one message per value, encoded as host.json says. */
  async writeOutput(connection: string | undefined, queueName: string, data: RpcTypedData, encoding: MessageEncoding): Promise<number> {
    const messages = outputMessages(data);
    if (messages.length === 0) return 0;
    const client = this.queue(connection, queueName);
    await this.ensureQueue(client);
    for (const message of messages) await client.sendMessage(encodeMessage(message, encoding));
    this.onWrite(connection ?? 'AzureWebJobsStorage', queueName);
    return messages.length;
  }
}

import { TableClient } from '@azure/data-tables';

/**
 * `/asm digest now` requests seen, one entity per request id (the id the Slack function puts in the
 * queue message), so a message delivered twice posts one digest. As for job messages: the intent
 * (`pending@<time>`) is written with a conditional create before posting and the ts after; an intent
 * older than the lease is claimed anew and Slack is searched for the tagged digest before posting.
 */
export type DigestClaim =
  | { readonly state: 'claimed'; readonly since?: number }
  | { readonly state: 'posted'; readonly ts: string }
  | { readonly state: 'busy' };

export interface DigestRequests {
  claim(requestId: string, now: Date, leaseMs: number): Promise<DigestClaim>;
  posted(requestId: string, ts: string): Promise<void>;
  /** Slack surely did not take the post: the next delivery posts at once. */
  release(requestId: string): Promise<void>;
}

const statusOf = (error: unknown): unknown => (error as { statusCode?: unknown } | null)?.statusCode;
const PARTITION = 'digest-now';
const PENDING = 'pending@';
export const DIGEST_REQUESTS_TABLE = 'asmdigestrequests';

export function createDigestRequests(connectionString: string, tableName = DIGEST_REQUESTS_TABLE): DigestRequests {
  const insecure = /UseDevelopmentStorage=true|TableEndpoint=http:\/\//i.test(connectionString);
  const client = TableClient.fromConnectionString(connectionString, tableName, { allowInsecureConnection: insecure });
  let ready: Promise<void> | undefined;
  const table = () => (ready ??= client.createTable().then(() => undefined, (error: unknown) => {
    ready = undefined;
    throw error;
  }));
  const key = (id: string) => id.replace(/[/\\#?\u0000-\u001f\u007f-\u009f]/g, '_').slice(0, 512) || '_';

  return {
    async claim(requestId, now, leaseMs) {
      await table();
      const intent = `${PENDING}${now.toISOString()}`;
      try {
        await client.createEntity({ partitionKey: PARTITION, rowKey: key(requestId), State: intent });
        return { state: 'claimed' };
      } catch (error) {
        if (statusOf(error) !== 409) throw error;
      }
      const stored = await client.getEntity<{ State?: string }>(PARTITION, key(requestId));
      const state = stored.State ?? '';
      if (!state.startsWith(PENDING)) return { state: 'posted', ts: state };
      const since = Date.parse(state.slice(PENDING.length));
      if (now.getTime() - since < leaseMs) return { state: 'busy' };
      try {
        await client.updateEntity({ partitionKey: PARTITION, rowKey: key(requestId), State: intent }, 'Replace', { etag: stored.etag });
        return { state: 'claimed', since };
      } catch (error) {
        if (statusOf(error) === 412) return { state: 'busy' };
        throw error;
      }
    },
    async posted(requestId, ts) {
      await client.updateEntity({ partitionKey: PARTITION, rowKey: key(requestId), State: ts }, 'Replace');
    },
    async release(requestId) {
      await client.deleteEntity(PARTITION, key(requestId)).catch((error: unknown) => {
        if (statusOf(error) !== 404) throw error;
      });
    },
  };
}

import { createHmac } from 'node:crypto';

/**
 * Signs a request as Slack does: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` keyed with
 * the signing secret. This is the sending side (the simulator); the bot verifies with Bolt.
 */
export function slackSignature(signingSecret: string, timestampSeconds: number | string, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${rawBody}`).digest('hex')}`;
}

/** The headers Slack sends with a form-encoded body signed at `timestampSeconds`. */
export function signedHeaders(signingSecret: string, timestampSeconds: number, rawBody: string, contentType = 'application/x-www-form-urlencoded'): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestampSeconds),
    'x-slack-signature': slackSignature(signingSecret, timestampSeconds, rawBody),
  };
}

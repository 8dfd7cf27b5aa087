import { verifySlackRequest } from '@slack/bolt';

/** Slack's window: a request more than 5 minutes from now, either way, is refused. */
export const MAX_SKEW_SECONDS = 300;

export interface SignatureCheckInput {
  readonly signingSecret: string;
  readonly rawBody: string;
  readonly signature: string | null;
  readonly timestamp: string | null;
  readonly nowMs: number;
}

export type SignatureCheck =
  | { readonly ok: true; readonly timestampSeconds: number }
  | { readonly ok: false; readonly reason: 'missing-headers' | 'bad-timestamp' | 'future' | 'rejected' };

/**
 * Checks a request's `v0` signature with Bolt's `verifySlackRequest` (constant-time, stale
 * timestamps refused) and adds what Bolt leaves out: headers that are missing or malformed (Bolt
 * throws a TypeError on a missing signature and skips the staleness check for a non-numeric
 * timestamp string) and timestamps too far in the future.
 */
export function checkSignature(input: SignatureCheckInput): SignatureCheck {
  const { signature, timestamp } = input;
  if (signature === null || signature === '' || timestamp === null) return { ok: false, reason: 'missing-headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad-timestamp' };
  const timestampSeconds = Number(timestamp);
  if (timestampSeconds > Math.floor(input.nowMs / 1000) + MAX_SKEW_SECONDS) return { ok: false, reason: 'future' };
  try {
    verifySlackRequest({
      signingSecret: input.signingSecret,
      body: input.rawBody,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestampSeconds },
      nowMilliseconds: input.nowMs,
    });
  } catch {
    return { ok: false, reason: 'rejected' };
  }
  return { ok: true, timestampSeconds };
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** the event's id, the same on every retry: a receiver drops an id it has seen */
export const EVENT_ID_HEADER = 'x-hub-event-id';
/** when the body was signed, in Unix seconds: a receiver refuses old ones (replays) */
export const TIMESTAMP_HEADER = 'x-hub-timestamp';
/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" under the watch's secret>` */
export const SIGNATURE_HEADER = 'x-hub-signature-256';

/** The signature header's value for a body sent at `timestamp` (Unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * A receiver's check, the one the README shows: the signature matches (in
 * constant time) and the timestamp is within `toleranceSeconds` of now.
 */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) {
    return false;
  }
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** the event's id, the same on every retry: a receiver drops an id it has seen */
export const EVENT_ID_HEADER = 'x-hub-event-id';
/** `sha256=<hex HMAC-SHA256 of the raw body under the watch's secret>` (the contract, docs/notifications.md) */
export const SIGNATURE_HEADER = 'x-hub-signature-256';

/** The signature header's value for a body. */
export function signWebhook(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * A receiver's check, the one the README shows: the signature matches the
 * raw body, compared in constant time. A captured delivery sent again
 * carries an id already seen (the id is in the signed body): receivers drop
 * it, as they drop the retries of at-least-once delivery.
 */
export function verifyWebhook(
  secret: string,
  signature: string | undefined,
  body: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, body));
  const given = Buffer.from(signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

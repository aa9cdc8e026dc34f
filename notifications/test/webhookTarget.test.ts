import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jobIdOf, wholeSeconds } from '../src/delivery/DeliveryQueue';
import { signWebhook, verifyWebhook } from '../src/delivery/signature';
import { checkWebhookTarget, isPrivateAddress } from '../src/delivery/webhookTarget';

const production = { allowPrivate: false, allowedHosts: ['hooks.agency.internal'] };
/** a name that resolves as the test says: DNS is the network's, not the code's under test */
const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses;

describe('webhook targets', () => {
  it('knows loopback, private, link-local and mapped addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.2.3.4',
      '172.20.0.1',
      '192.168.0.9',
      '169.254.169.254',
      '100.64.1.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('refuses in production a name that resolves to a private address, even among public ones', async () => {
    const check = await checkWebhookTarget('https://sneaky.example.org/hook', {
      ...production,
      resolve: resolvesTo('93.184.215.14', '10.0.0.7'),
    });
    expect(check).toMatchObject({ ok: false });
  });

  it('accepts a public name, and a private one whose host is allowed', async () => {
    expect(
      await checkWebhookTarget('https://ok.example.org/hook', {
        ...production,
        resolve: resolvesTo('93.184.215.14'),
      }),
    ).toMatchObject({ ok: true });
    expect(
      await checkWebhookTarget('http://hooks.agency.internal/hub', {
        ...production,
        resolve: resolvesTo('10.1.1.1'),
      }),
    ).toMatchObject({ ok: true });
  });

  it('refuses other schemes and credentials in any mode', async () => {
    const anywhere = { allowPrivate: true, allowedHosts: [] };
    expect(await checkWebhookTarget('file:///etc/passwd', anywhere)).toMatchObject({ ok: false });
    expect(await checkWebhookTarget('https://user:pw@example.org/', anywhere)).toMatchObject({
      ok: false,
    });
  });
});

describe('signatures and retries', () => {
  it('signs the raw body as the contract says, and refuses another body or secret', () => {
    const secret = 'a-secret-of-at-least-thirty-two-characters';
    const signature = signWebhook(secret, '{"id":"1"}');
    // the value a receiver computes with any HMAC library, by hand here
    expect(signature).toBe(
      `sha256=${createHmac('sha256', secret).update('{"id":"1"}').digest('hex')}`,
    );
    expect(verifyWebhook(secret, signature, '{"id":"1"}')).toBe(true);
    expect(verifyWebhook(secret, signature, '{"id":"2"}')).toBe(false);
    expect(verifyWebhook(`${secret}!`, signature, '{"id":"1"}')).toBe(false);
    expect(verifyWebhook(secret, undefined, '{"id":"1"}')).toBe(false);
  });

  it("counts the queue's delays in whole seconds, one at least", () => {
    expect([10, 50, 999, 1_000, 1_001, 5_000].map(wholeSeconds)).toEqual([1, 1, 1, 1, 2, 5]);
  });

  it("orders one transaction's jobs by their deliveries' sequence, each enqueueing a new id", () => {
    const ids = [9, 10, 255, 256, 2 ** 40].map(jobIdOf);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(jobIdOf(9)).not.toBe(jobIdOf(9));
  });
});

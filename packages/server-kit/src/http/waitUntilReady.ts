import { get } from 'node:http';

/** A service to wait for: its readiness address, and what to do while waiting. */
export interface ReadinessTarget {
  url: string;
  /** throws when the process behind the address has exited: no point waiting for it */
  assertRunning?: () => void;
  /** called once, when the address first answers 200 */
  onReady?: () => void;
}

/**
 * Polls every address until each answers 200, or fails after `timeoutMs`
 * naming those still not ready (at once, when a target's process has exited).
 */
export async function waitUntilReady(
  targets: ReadonlyArray<string | ReadinessTarget>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(
    targets.map((target) => (typeof target === 'string' ? { url: target } : target)),
  );
  while (pending.size > 0) {
    for (const target of [...pending]) {
      target.assertRunning?.();
      if (await answersOk(target.url)) {
        target.onReady?.();
        pending.delete(target);
      }
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`not ready in time: ${[...pending].map((target) => target.url).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Whether `url` answers 200 within two seconds; false when nothing listens
 * yet. Node's `http` rather than `fetch`: a launcher polls seven services
 * four times a second while they start, on the cores they start on, and
 * each `fetch` costs several times what a plain request does (undici's
 * streams and its first load, about 0.8 s of CPU over a start in a profile).
 */
function answersOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

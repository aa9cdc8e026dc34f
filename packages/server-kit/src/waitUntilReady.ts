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
      try {
        const response = await fetch(target.url, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) {
          target.onReady?.();
          pending.delete(target);
        }
      } catch {
        // not listening yet
      }
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`not ready in time: ${[...pending].map((target) => target.url).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

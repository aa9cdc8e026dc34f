/** Polls every address until each answers 200, or fails after `timeoutMs`. */
export async function waitUntilReady(urls: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(urls);
  while (pending.size > 0) {
    for (const url of [...pending]) {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) pending.delete(url);
      } catch {
        // not listening yet
      }
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) throw new Error(`not ready: ${[...pending].join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

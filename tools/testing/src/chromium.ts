import { type Browser, chromium } from 'playwright-core';

/** The machine's Chromium (CI installs it with apt); `CHROMIUM_PATH` names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The machine's Chromium, headless and quiet (no sandbox in a container, no
 * GPU, no background traffic), as the console's browser tests and the
 * bench's board render drive it.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

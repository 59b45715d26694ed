// Debian's Chromium, as every browser test, the benchmark and `npm test`'s preflight launch it.
// CHROMIUM_PATH overrides where it is; a tool's own browser download is never used.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function launchChromium(options = {}) {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, ...options });
}

/** How to get a usable Chromium, in one line. */
export const CHROMIUM_HELP = 'install it with `apt-get update && apt-get install -y chromium` (or point CHROMIUM_PATH at a working one)';

/**
 * Starts and stops Chromium once, within `timeoutMs`. Resolves to null when it works, else to
 * the reason (first line of the error), so a run can stop at once with a clear message.
 */
export async function chromiumProblem(timeoutMs = 30000) {
  try {
    const browser = await launchChromium({ timeout: timeoutMs });
    await browser.close();
    return null;
  } catch (error) {
    return String((error && error.message) || error).split('\n')[0];
  }
}

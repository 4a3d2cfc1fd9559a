import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, headless and quiet: no browser is ever downloaded and nothing leaves the machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

// Debian's Chromium, headless, driven by playwright-core (which downloads no browser of its own).
// Each launch gets a fresh profile (--user-data-dir in a new temporary folder, made by Playwright),
// and each test its own browser context (its own localStorage).
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.HEAPBOOK_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export type { Browser };

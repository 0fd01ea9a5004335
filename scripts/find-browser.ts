/**
 * Finds a Chromium for the browser tests, in this order: the path in `CHROMIUM_PATH` (or
 * Playwright's own `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`), Playwright's downloaded Chromium, then
 * the usual system locations. Shared by the Playwright config and `ensure-browser.ts`.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** System paths where distributions and vendors put Chromium or Chrome. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Where a usable browser was found, and how. */
export interface FoundBrowser {
  /** The executable; undefined means Playwright’s own build, which it launches without a path. */
  executablePath: string | undefined;
  /** How it was found, for messages. */
  source: 'environment' | 'playwright' | 'system';
}

/** The environment variables that name a browser explicitly. */
export const BROWSER_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

/** Returns the first usable browser, or undefined when there is none on this machine. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  for (const name of BROWSER_ENV_VARS) {
    const path = env[name];
    if (path && existsSync(path)) return { executablePath: path, source: 'environment' };
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { executablePath: undefined, source: 'playwright' };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  return system ? { executablePath: system, source: 'system' } : undefined;
}

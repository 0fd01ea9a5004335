import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.ts';

/**
 * Each run gets its own port and build folder, chosen once in the main process (workers inherit
 * the environment), so runs side by side never reuse each other's server or overwrite a build.
 * Not 4321, so `npm start` can keep running.
 */
process.env['TEST_PORT'] ??= String(4330 + (process.pid % 1000));
const PORT = Number(process.env['TEST_PORT']);
process.env['ASTRO_OUT_DIR'] ??= `.e2e/${PORT}/dist`;
process.env['ASTRO_CACHE_DIR'] ??= `.e2e/${PORT}/cache`;
const browser = findBrowser();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${PORT}` }]],
  outputDir: `test-results/${PORT}`,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        ...(browser?.executablePath ? { launchOptions: { executablePath: browser.executablePath } } : {}),
      },
    },
  ],
  webServer: {
    // Build first so the tests always see the current source, then serve the production build.
    // `--ignore-lock`: Astro allows one tracked preview per project; runs side by side each need their own.
    command: `npm run build && npx astro preview --ignore-lock --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

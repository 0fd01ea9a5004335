import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './src/cli/find-browser.ts';

/** The port the built site is previewed on during tests (not 4321, so `npm start` can keep running). */
const PORT = Number(process.env.TEST_PORT ?? 4329);
const browser = findBrowser();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
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
    command: `npm run build && npx astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

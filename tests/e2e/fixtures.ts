import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs with two watchers: a request to any other origin fails the test
 * (the site promises no CDN, fonts, analytics or embeds), and so does a console error.
 */
export const test = base.extend<{ offsite: string[]; consoleErrors: string[] }>({
  offsite: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const offsite: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
        if (url.origin !== origin) offsite.push(request.url());
      });
      await use(offsite);
      expect(offsite, 'requests that left the site').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

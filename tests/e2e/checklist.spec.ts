import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The number of pages in a PDF, read from its page tree (`/Type /Pages … /Count n`). */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  expect(counts.length, 'a page tree in the PDF').toBeGreaterThan(0);
  return Math.max(...counts);
}

/** The page printed to PDF on paper of the given size, as the browser's Print command would. */
async function printed(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  return pageCount(await page.pdf({ format, printBackground: false }));
}

test.describe('the printable checklist', () => {
  test('has the formula, the one-minute check, the limits and who gets a note', async ({ page }) => {
    await page.goto('/checklist/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A real note: the one-page checklist');
    for (const name of ['The formula', 'The one-minute check', 'Today’s limits', 'Who gets my five notes?']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    const limits = page.getByRole('region', { name: 'Today’s limits' });
    await expect(limits).toContainText('LinkedIn doesn’t publish the figure');
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on one ${format} page`, async ({ page }) => {
      await page.goto('/checklist/');
      expect(await printed(page, format)).toBe(1);
    });
  }

  test('the page counter sees more than one page when there is more than one', async ({ page }) => {
    // A long lesson prints on several pages: if this failed, a count of 1 above would prove nothing.
    await page.goto('/lessons/wrap-up/');
    expect(await printed(page, 'A4')).toBeGreaterThan(1);
  });

  test('the wrap-up links to it', async ({ page }) => {
    await page.goto('/lessons/wrap-up/');
    await page.getByRole('link', { name: 'printable checklist' }).click();
    await expect(page).toHaveURL(/\/checklist\/$/);
  });
});

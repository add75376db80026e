import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docx, scannedPdf, twoColumnPdf } from '../fixtures/resume/make-files';
import { type Harness, launch } from './browser';

/**
 * Résumé files in the real options page: a PDF read by the bundled pdf.js and its worker, a
 * Word file, drag and drop, and a refusal, all in the page with nothing fetched.
 */

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await h.openExtensionPage('options.html');
  // Skip the onboarding: the profile page holds the résumé card.
  await page.getByRole('button', { name: /skip/i }).click();
  await page.getByRole('heading', { name: 'Skills from your résumé' }).waitFor();
});
afterAll(async () => {
  await h?.close();
});

const proposed = () =>
  page
    .locator('.proposals .skill-row__name')
    .evaluateAll((els) => els.map((el) => el.childNodes[1]?.textContent?.trim() ?? ''));

describe('résumé files in the options page', () => {
  test('a two-column PDF, chosen with the file picker, is read in the page and its skills proposed', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByLabel('Or choose a file (PDF, Word, .txt, .md)…').setInputFiles({
      name: 'ada-cv.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await twoColumnPdf()),
    });
    await page.locator('.proposals').waitFor();
    expect(await proposed()).toEqual(
      expect.arrayContaining([
        'Python',
        'PyTorch',
        'Kubernetes',
        'PostgreSQL',
        'Kafka',
        'Terraform',
        'MLflow',
      ]),
    );
    await expect(page.getByLabel('Résumé text').inputValue()).resolves.toContain(
      'Trained demand models with PyTorch\nRan them on Kubernetes behind gRPC',
    );
    await h.screenshot(page, 'options-resume-pdf');
    // pdf.js and its worker come from the extension itself; nothing else is requested.
    expect(requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    expect(requests.some((u) => /pdf\.worker/.test(u))).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  test('a Word file dropped on the résumé card is read the same way', async () => {
    const bytes = [...(await docx(['Skills', 'Go, Rust and gRPC', 'Snowflake and dbt']))];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([new Uint8Array(data)], 'cv.docx', {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
      );
      const zone = document.querySelector('.resume') as HTMLElement;
      zone.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.locator('.proposals').waitFor();
    expect(await proposed()).toEqual(expect.arrayContaining(['Rust', 'gRPC', 'Snowflake', 'dbt']));
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  test('a scanned PDF gets a clear message and proposes nothing', async () => {
    await page.getByLabel('Or choose a file (PDF, Word, .txt, .md)…').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await scannedPdf()),
    });
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'scan.pdf: this PDF has no text layer (a scan or a photo?). Export the résumé from your word processor as PDF, or paste its text. Your profile is unchanged.',
    );
    await expect(page.locator('.proposals').count()).resolves.toBe(0);
  });
});

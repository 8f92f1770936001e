// How the editor's browser tests read the page: a form field by its path, how many previews the
// page has shown, and the preview's text.
import type { Page } from 'playwright-core';

/** The form's field for a data path (the editor ids them "f:minutes/present/0/name"). */
export const field = (page: Page, at: (string | number)[]) => page.locator(`[id="f:${at.join('/')}"]`);

/** How many previews the page has shown (the editor counts them on <body data-previews>). */
export const previews = (page: Page) => page.evaluate(() => Number(document.body.dataset.previews ?? 0));

/** The preview's text, as the document's HTML shows it (the writer wraps Thai words in spans). */
export const previewText = (page: Page) => page.evaluate(() => document.querySelector('iframe')!.contentDocument?.body.textContent ?? '');

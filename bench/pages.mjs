// What the benchmark scripts share: the browser they launch, the app with the large agreement open,
// the reference page, and the keys each field is typed with.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;

/** Chromium as the e2e suite runs it, plus precise memory figures for measure.mjs. */
export const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--enable-precise-memory-info',
    ],
  });

/** "0,5" ↔ "0,51" in the FTE field (every keystroke a valid edit, as a user correcting a figure), words in the clause. */
export const KEYS = { fte: ['1', 'Backspace'], clause: ['a', 'b', 'c', ' '] };

/** The app at `url` with bench/large.json opened and its first autosave done. */
export async function openLarge(page, url) {
  await page.goto(url);
  await page.waitForSelector('#view-heading');
  const buffer = readFileSync(`${root}bench/large.json`);
  await page.setInputFiles('#open-file', { name: 'large.json', mimeType: 'application/json', buffer });
  await page.waitForSelector('#f-meta-title');
  await saved(page);
}

/** Waits until the app has written the open draft to the browser. */
export const saved = (page, options) =>
  page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen', null, options);

/** The plain-JS reference page at `url`, ready. */
export async function openReference(page, url) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
}

/** Goes to a view of the app by the start of its navigation button's name. */
export const nav = (page, name) => page.locator('nav').getByRole('button', { name: new RegExp(`^${name}`) }).click();

// The app shell: views, language switch, the privacy promise, CSP, and that nothing leaves the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, nothingLeft } from './harness.mjs';

let app, decoy, browser, page;

const suite = useApp((c) => ({ app, decoy, browser, page } = c));

test('the decoy proxy catches a request to another origin (control)', async () => {
  const probe = await browser.context.newPage();
  await probe.goto('http://example.test/').catch(() => {});
  await probe.close();
  assert.ok(decoy.leaks().some((h) => h.includes('example.test')), 'the decoy saw the control request');
  decoy.hits.length = 0;
  browser.errors.length = 0;
  browser.requests.length = 0;
});

test('the start view says nothing leaves the browser, in Finnish by default', async () => {
  assert.equal(await page.getAttribute('html', 'lang'), 'fi');
  assert.match(await page.textContent('#privacy-note'), /eivät poistu tästä selaimesta/);
  assert.equal(await page.textContent('#view-heading'), 'Aloitus');
  assert.ok(await page.$('[role="status"]'), 'a status region exists from load');
  assert.ok(await page.$('[role="alert"]'), 'an alert region exists from load');
});

test('every view has its heading', async () => {
  await page.click('#preset-lantinen-pirkanmaa');
  const views = ['Aloitus', 'Sopimus', 'Henkilöstö', 'Kustannukset', 'Tarkistukset', 'Vertailu', 'Asiakirja'];
  for (const v of views) {
    await page.locator('nav').getByRole('button', { name: new RegExp(`^${v}`) }).click();
    await page.waitForFunction((t) => document.querySelector('#view-heading')?.textContent === t, v);
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.equal(focused, 'view-heading', `focus moves to the heading of ${v}`);
  }
});

test('undo takes back a typed word at once, as a word processor does, and redo brings it back', async () => {
  await page.locator('nav').getByRole('button', { name: /^Sopimus/ }).click();
  const before = await page.inputValue('#f-meta-title');
  await page.focus('#f-meta-title');
  await page.keyboard.press('End');
  await page.keyboard.type(' luonnos', { delay: 40 });
  await page.waitForFunction((t) => document.querySelector('#f-meta-title').value === t, `${before} luonnos`);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((t) => document.querySelector('#f-meta-title').value === t, before);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction((t) => document.querySelector('#f-meta-title').value === t, `${before} luonnos`);
  // A word typed after a pause is a step of its own.
  await page.waitForTimeout(1100);
  await page.keyboard.type(' B', { delay: 40 });
  await page.keyboard.press('Control+z');
  await page.waitForFunction((t) => document.querySelector('#f-meta-title').value === t, `${before} luonnos`);
});

test('the language switch changes the interface and <html lang>, and is remembered', async () => {
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  // Swedish and English are loaded from the app's own i18n/*.json on first use.
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.match(await page.textContent('#privacy-note'), /lämnar inte den här webbläsaren/);
  await page.reload();
  await page.waitForSelector('#view-heading');
  // Remembered, and loaded before the first render: Swedish from the start.
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  assert.match(await page.textContent('#privacy-note'), /lämnar inte den här webbläsaren/);
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'In English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('#privacy-note'), /Nothing leaves this browser/);
  await page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
});

test('the page runs under the strict CSP', async () => {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const part of ["default-src 'none'", "connect-src 'self'", "style-src 'self'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"]) {
    assert.ok(csp.includes(part), part);
  }
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.equal(await page.locator('[style]').count(), 0, 'no inline style attributes');
});

nothingLeft(suite);

// The single-file edition: dist/tym.html, copied alone into an empty folder (as a file saved from an
// email), opens from file:// in Chromium with no server, says what differs, opens a real agreement,
// keeps an edit over a reload in the browser's storage, reads Swedish from inside itself, and asks
// for nothing: the decoy proxy sees no request and the page makes none beyond its own file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, openApp, startDecoy } from './harness.mjs';

let folder, url, decoy, browser, page;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tym-single-'));
  copyFileSync(join(DIST, 'tym.html'), join(folder, 'tym.html'));
  url = pathToFileURL(join(folder, 'tym.html')).href;
  decoy = await startDecoy();
  browser = await launch({ app: { url }, decoy });
  page = await openApp(browser.context, url);
});

after(async () => {
  await browser?.close();
  await decoy?.close();
  rmSync(folder, { recursive: true, force: true });
});

const saved = (p) => p.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');

test('its CSP allows its own script and style by hash, WebAssembly, and no connection', () => {
  const html = readFileSync(join(folder, 'tym.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*|data:|blob:|'self'/);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.match(csp, /style-src 'sha256-[^']+'(;|$)/);
  assert.doesNotMatch(html, /<(script|link|img)\b[^>]*\b(src|href)=/, 'no file is referenced');
});

test('it starts from file:// and says plainly what differs', async () => {
  assert.equal(await page.textContent('#view-heading'), 'Aloitus');
  const note = await page.textContent('#single-file-note');
  assert.match(note, /offline-versio/);
  assert.match(note, /ei asenneta/);
  assert.equal(await page.locator('#offline-version').count(), 0, 'no download link for itself');
  assert.equal(await page.locator('#boot-note').count(), 0, 'the start-up note is removed');
});

test('it opens a real agreement, and an edit is there after a reload', async () => {
  await page.click('#preset-etelainen-keski-suomi');
  await page.waitForSelector('#f-meta-title');
  await page.fill('#f-meta-title', 'Eteläinen Keski-Suomi levyltä');
  await saved(page);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Eteläinen Keski-Suomi levyltä');
});

test('Swedish comes from inside the file', async () => {
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.equal(await page.textContent('#view-heading'), 'Avtal');
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
});

test('no request left the page and no console error occurred', () => {
  assert.deepEqual(decoy.leaks(), []);
  assert.deepEqual(browser.requests.filter((u) => u !== url && !u.startsWith('blob:')), []);
  assert.deepEqual(browser.errors, []);
});

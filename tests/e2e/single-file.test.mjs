// The single-file edition: dist/tym.html, copied alone into an empty folder (as a file saved from an
// email), opens from file:// in Chromium with no server, says what differs, opens a real agreement,
// keeps an edit over a reload in the browser's storage, reads Swedish from inside itself, saves,
// opens, exports and shares as the served app does, and asks for nothing: the decoy proxy sees no
// request and the page makes none beyond its own file.
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
  // The app's module and the lazy module's glue, each by its hash.
  assert.match(csp, /script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'/);
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

test('saving to a file and opening it, the DOCX, an encrypted file and a share link work as served', async () => {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tallenna tiedostoon' }).click()]);
  const text = readFileSync(await saved.path(), 'utf8');
  assert.equal(JSON.parse(text).agreement.meta.title, 'Eteläinen Keski-Suomi levyltä');
  await page.getByRole('button', { name: 'Aloitus' }).click();
  await page.setInputFiles('#open-file', { name: 'takaisin.tym.json', mimeType: 'application/json', buffer: Buffer.from(text.replace('levyltä', 'tiedostosta')) });
  // The copy names the draft it was saved from: opened as a new draft (merging is merge.test.mjs's).
  await page.click('#merge-dialog[open] #merge-open-new');
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Eteläinen Keski-Suomi tiedostosta');

  await page.locator('nav').getByRole('button', { name: /^Asiakirja/ }).click();
  const [docx] = await Promise.all([page.waitForEvent('download'), page.click('#export-docx')]);
  assert.equal(readFileSync(await docx.path()).subarray(0, 2).toString(), 'PK');

  await page.click('#share');
  await page.fill('#share-passphrase', 'tiedoston salasana');
  const [encrypted] = await Promise.all([page.waitForEvent('download'), page.click('#save-encrypted')]);
  assert.equal(JSON.parse(readFileSync(await encrypted.path(), 'utf8')).format, 'tym-agreement-encrypted');
  await page.fill('#share-passphrase', '');
  await page.click('#make-link');
  await page.waitForFunction(() => document.querySelector('#share-message')?.textContent !== '');
  const link = await page.inputValue('#share-link');
  await page.click('#share-dialog .cancel');
  // The link names this file: it opens where the file is, here in another tab.
  assert.ok(link.startsWith(`${url}#tym1.`), link);
  const tab = await browser.context.newPage();
  await tab.goto(link);
  await tab.waitForSelector('#incoming-summary');
  assert.match(await tab.textContent('#incoming-summary'), /Eteläinen Keski-Suomi tiedostosta/);
  await tab.close();
});

test('no request left the page and no console error occurred', () => {
  assert.deepEqual(decoy.leaks(), []);
  assert.deepEqual(browser.requests.filter((u) => u !== url && !u.startsWith('blob:')), []);
  assert.deepEqual(browser.errors, []);
});

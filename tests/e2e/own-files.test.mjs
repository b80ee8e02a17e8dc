// The app's own files read on first use: the Swedish and English strings and the five real agreements.
// A language whose strings cannot be installed (here: an English catalogue from another version of the
// app, with the wrong number of keys) is refused with a message: the interface stays Finnish and the
// document is not shown with Finnish text in place of English. Swedish, intact, still works. A real
// agreement whose file does not load (here: Satakunta's, damaged) is refused with a message and
// nothing else changes; the others open and can be compared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, startDecoy, launch, openApp, nothingLeft } from './harness.mjs';

const suite = {};
let page;
const dir = mkdtempSync(join(tmpdir(), 'tym-lang-'));

before(async () => {
  cpSync(new URL('../../dist', import.meta.url).pathname, dir, { recursive: true });
  writeFileSync(join(dir, 'i18n', 'en.json'), JSON.stringify(['Only one string']));
  writeFileSync(join(dir, 'presets', 'satakunta.json'), '{"format": "tym-agreement", "version": 1, "agreement": {"parties": 3}}');
  suite.app = await startApp(dir);
  suite.decoy = await startDecoy();
  suite.browser = await launch({ app: suite.app, decoy: suite.decoy });
  suite.page = page = await openApp(suite.browser.context, suite.app.url);
});

after(async () => {
  await suite.browser?.close();
  await suite.app?.close();
  await suite.decoy?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an English catalogue that does not match is refused and the interface stays Finnish', async () => {
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'In English' }).click();
  await page.waitForFunction(() => /Kielen tekstejä ei voitu ladata/.test(document.querySelector('#alert')?.textContent ?? ''));
  assert.equal(await page.getAttribute('html', 'lang'), 'fi');
  assert.equal(await page.textContent('#view-heading'), 'Aloitus');
  await page.click('#alert button');
});

test('a real agreement whose file does not load is refused with a message', async () => {
  await page.click('#preset-satakunta');
  await page.waitForFunction(() => /Sopimusta Satakunta ei voitu avata/.test(document.querySelector('#alert')?.textContent ?? ''));
  assert.equal(await page.textContent('#view-heading'), 'Aloitus');
  assert.equal(await page.locator('#variant-switch').count(), 0);
  await page.click('#alert button');
});

test('the document in that language says so instead of showing Finnish text', async () => {
  await page.click('#preset-lantinen-pirkanmaa');
  await page.locator('nav').getByRole('button', { name: /^Asiakirja/ }).click();
  await page.waitForSelector('#document');
  await page.click('#main button[lang="en"]');
  await page.waitForFunction(() => /ei voitu ladata/.test(document.querySelector('#document-status')?.textContent ?? ''));
  assert.equal(await page.locator('#document').count(), 0);
  await page.click('#main button[lang="sv"]');
  await page.waitForSelector('#document[lang="sv"]');
  assert.match(await page.textContent('#document'), /Avtalets syfte/);
});

test('a real agreement is read for the comparison when chosen', async () => {
  await page.locator('nav').getByRole('button', { name: /^Vertailu/ }).click();
  // Without other variants the first real agreement is compared by default.
  await page.waitForFunction(() => /Toteutunut sopimus: Keski-Pohjanmaa/.test(document.querySelector('#compare-table thead')?.textContent ?? ''));
  await page.getByLabel('Toteutunut sopimus: Eteläinen Keski-Suomi').check();
  await page.waitForFunction(() => document.querySelectorAll('#compare-table thead th').length === 4);
  assert.match(await page.textContent('#compare-table thead'), /Eteläinen Keski-Suomi/);
  // The damaged one is named as unreadable; the comparison of the others stays.
  await page.getByLabel('Toteutunut sopimus: Satakunta').check();
  await page.waitForFunction(() => /Vertailtavaa sopimusta ”Toteutunut sopimus: Satakunta” ei voitu lukea/.test(document.querySelector('main')?.textContent ?? ''));
  assert.equal(await page.locator('#compare-table thead th').count(), 4);
  assert.equal(await page.getByText('Luetaan vertailtavaa sopimusta…').count(), 0);
});

test('a draft started from a real agreement is compared by default with another one, not itself', async () => {
  await page.locator('nav').getByRole('button', { name: /^Aloitus/ }).click();
  await page.click('#preset-keski-pohjanmaa');
  await page.locator('nav').getByRole('button', { name: /^Vertailu/ }).click();
  await page.waitForFunction(() => /Toteutunut sopimus: Läntinen Pirkanmaa/.test(document.querySelector('#compare-table thead')?.textContent ?? ''));
  assert.doesNotMatch(await page.textContent('#compare-table thead'), /Toteutunut sopimus: Keski-Pohjanmaa/);
});

nothingLeft(suite);

// "Tuo oma sopimus": a real agreement's text imported by paste and by file (text and Word) into a new
// draft, the import report shown per section, a field opened from it; a PDF renamed .docx is refused
// with a message and the open draft stays; identity codes stop the import until the user removes
// them. The decoy proves nothing leaves the browser: the file is read in the page. The importer is the
// lazy module (dist/lazy/), which the page loads only when an import is first asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, nothingLeft } from './harness.mjs';

let page;
const ctx = useApp((c) => ({ page } = c));
const seed = (id) => readFileSync(new URL(`../../crates/tym-core/tests/seeds/${id}.txt`, import.meta.url), 'utf8');

async function start() {
  await page.getByRole('button', { name: 'Aloitus' }).click();
  await page.waitForSelector('#view-heading');
}

/** Whether the page has loaded the lazy module: evaluated, or even requested. */
const lazyLoaded = () =>
  page.evaluate(() => typeof window.tym_lazy !== 'undefined'
    || performance.getEntriesByType('resource').some((e) => e.name.includes('/lazy/')));

test('pasted text becomes a new draft with a report per section', async () => {
  await start();
  assert.equal(await lazyLoaded(), false, 'the importer is not part of the first download');
  await page.fill('#import-paste', seed('lantinen-pirkanmaa'));
  await page.click('#import-paste-button');
  // The signatories' names are officials' names: kept only if the user chooses so.
  await page.waitForSelector('#import-replace-names');
  assert.match(await page.textContent('#import-result'), /3 virkamiehen nimeä/);
  await page.click('#import-replace-names');
  await page.waitForSelector('#import-summary');
  assert.match(await page.textContent('#status'), /Tuotu uudeksi luonnokseksi/);
  const report = await page.textContent('.import-report');
  assert.match(report, /Sopijaosapuolet/);
  assert.match(report, /Hämeenlinnan hallinto-oikeus/);
  assert.match(report, /Ei löytynyt/);
  assert.equal(await lazyLoaded(), true);
  // The result is announced to screen readers.
  assert.equal(await page.getAttribute('#import-result', 'aria-live'), 'polite');
});

test('the names of officials the user chose to replace are nowhere in the draft', async () => {
  await page.locator('nav').getByRole('button', { name: /^Asiakirja/ }).click();
  await page.waitForSelector('#document .doc-section');
  const doc = await page.textContent('#document');
  assert.doesNotMatch(doc, /Mika Kontio|Tommi Hallikainen|Heikki Heilä/);
  assert.match(doc, /konsernijohtaja/, 'the title stands in their place');
  await start();
});

test('"go to field" opens the field the report names', async () => {
  const entry = page.locator('.import-report li.import-recognised', { hasText: 'hallinto-oikeus:' }).first();
  await entry.getByRole('button', { name: 'Siirry kenttään' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-validity-dispute-court');
  assert.equal(await page.inputValue('#f-validity-dispute-court'), 'Hämeenlinnan hallinto-oikeus');
});

test('a text file becomes another new draft; the first one stays in the library', async () => {
  await start();
  await page.setInputFiles('#import-file', { name: 'satakunta.txt', mimeType: 'text/plain', buffer: Buffer.from(seed('satakunta')) });
  await page.click('#import-keep-names');
  await page.waitForFunction(() => /Satakunnan/.test(document.querySelector('.import-report h3')?.textContent ?? ''));
  const library = await page.textContent('#main');
  assert.match(library, /Läntisen Pirkanmaan työllisyysalue/);
});

test('a PDF renamed .docx is refused with a message and no draft is made', async () => {
  await start();
  // The previous test's draft is in the library before the count is taken (it is stored after the
  // import's answer arrives from the lazy module).
  await page.waitForFunction(() => /Satakun/.test(document.querySelector('#library-table')?.textContent ?? ''));
  const drafts = await page.locator('#library-table tbody tr').count();
  await page.setInputFiles('#import-file', { name: 'sopimus.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n') });
  await page.waitForFunction(() => /sopimus\.docx: .*PDF/.test(document.querySelector('#alert p')?.textContent ?? ''));
  assert.equal(await page.locator('#library-table tbody tr').count(), drafts);
  assert.equal(await page.textContent('#view-heading'), 'Aloitus');
  await page.click('#alert button');
});

test('an identity code in the source is offered for removal before the import', async () => {
  await start();
  await page.fill('#import-paste', seed('satakunta').replace('Jouko Hautamäki,', 'Jouko Hautamäki 131052-308T,'));
  await page.click('#import-paste-button');
  await page.waitForSelector('#import-remove-hetu');
  assert.match(await page.textContent('#import-result'), /henkilötunnukselta/);
  await page.click('#import-remove-hetu');
  await page.click('#import-keep-names');
  await page.waitForSelector('#import-summary');
  await page.locator('nav').getByRole('button', { name: /^Asiakirja/ }).click();
  await page.waitForSelector('#document');
  const doc = await page.textContent('#document');
  assert.doesNotMatch(doc, /131052-308T/);
  assert.match(doc, /Saila Hohtari/, 'the names the user kept are in the draft');
  assert.match(doc, /henkilötunnus poistettu/);
});

nothingLeft(ctx);

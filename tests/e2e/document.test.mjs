// The document: preview with draft marking, print to A4 PDF (checked with pdftotext), DOCX opened by a
// real consumer (python-docx), the annex tables as XLSX read by openpyxl, headings that take the user
// to the fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, nothingLeft, nav, pasteInto, confirmPaste } from './harness.mjs';

let app, decoy, browser, page;
const dir = mkdtempSync(join(tmpdir(), 'tym-doc-'));

const suite = useApp(
  (c) => ({ app, decoy, browser, page } = c),
  async () => {
    await page.click('#preset-keski-uusimaa-luonnos');
    await nav(page, 'Asiakirja');
    await page.waitForSelector('#document');
  },
);

test('the preview is marked LUONNOS in Finnish and UTKAST in Swedish', async () => {
  assert.equal(await page.textContent('#document .draft-mark'), 'LUONNOS');
  assert.equal(await page.getAttribute('#document', 'lang'), 'fi');
  await page.click('#main button[lang="sv"]');
  await page.waitForFunction(() => document.querySelector('#document .draft-mark')?.textContent === 'UTKAST');
  assert.equal(await page.getAttribute('#document', 'lang'), 'sv');
  await page.click('#main button[lang="fi"]');
  // The preview comes from the lazy module: the Swedish one stays until the Finnish one is set.
  await page.waitForFunction(() => document.querySelector('#document')?.lang === 'fi');
});

test('printing gives an A4 PDF with page numbers and the annexes on their own pages', async () => {
  const pdf = join(dir, 'sopimus.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  const pages = text.split('\f').filter((p) => p.trim());
  assert.ok(pages.length >= 5, `${pages.length} pages`);
  const flat = text.replace(/\s+/g, ' ');
  assert.match(flat, /LUONNOS/);
  for (const [i, p] of pages.entries()) assert.match(p, /LUONNOS/, `the draft mark on page ${i + 1}`);
  assert.match(flat, /Helsingin hallinto-oikeudessa/);
  assert.match(pages[0], /1\s*\/\s*\d+/, 'page numbers in the margin');
  // Each annex is numbered and begins a page.
  const annexes = await page.$$eval('#document .doc-section.annex h3', (hs) => hs.map((h) => h.textContent.trim()));
  assert.ok(annexes.length >= 2, annexes.join(' | '));
  for (const annex of annexes) {
    assert.match(annex, /^Liite \d+: /);
    const start = annex.slice(0, 30);
    // The list of annexes in the body names them too: the annex's own page is one that begins with it.
    const begins = (x) => x.split('\n').filter((l) => l.trim()).slice(0, 4).join(' ').replace(/\s+/g, ' ').includes(start);
    assert.ok(pages.some(begins), `${annex} starts its page`);
  }
  // The body refers to the annexes by their numbers.
  assert.match(flat, /liitteess[äa] \d+/i);
  assert.doesNotMatch(text, /Tarkistukset|Yhteenveto/, 'no navigation or summary in print');
});

test('the DOCX opens in python-docx, docx2python and LibreOffice with its headings, tables and header', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-docx')]);
  assert.equal(download.suggestedFilename(), 'Keski-Uusimaa-luonnos.docx');
  const path = join(dir, 'sopimus.docx');
  await download.saveAs(path);
  const checker = new URL('../docx_check.py', import.meta.url).pathname;
  const out = JSON.parse(execFileSync('python3', [checker, path], { timeout: 240_000 }).toString());
  assert.ok(out.headings.includes('1 Sopimuksen tarkoitus') || out.headings.some((h) => /^1 /.test(h)), out.headings.join(' | '));
  assert.ok(out.headings.some((h) => /^Liite \d+: /.test(h)), out.headings.join(' | '));
  assert.match(out.text, /LUONNOS/);
  assert.ok(out.title.length > 10, out.title);
  assert.ok(out.header.some((h) => /LUONNOS/.test(h)), `draft mark in every page's header: ${out.header}`);
  assert.ok(out.parts.includes('docProps/core.xml') && out.parts.includes('word/header1.xml'));
  assert.ok(out.tables.length >= 1 && out.repeated_header_rows === out.tables.length, JSON.stringify(out.tables));
  assert.equal(out.libreoffice_error, false);
  assert.ok(Math.abs(out.libreoffice_words - out.docx2python_words) < out.docx2python_words * 0.05,
    `LibreOffice read ${out.libreoffice_words} words, docx2python ${out.docx2python_words}`);
});

test('HTML and Markdown exports carry the same text', async () => {
  const [html] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  const body = readFileSync(await html.path(), 'utf8');
  assert.match(body, /<html lang="fi">/);
  assert.match(body, /Helsingin hallinto-oikeudessa/);
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
  assert.match(readFileSync(await md.path(), 'utf8'), /^\*\*LUONNOS\*\*/);
});

test('the annex tables download as an XLSX workbook that openpyxl reads, numbers as numbers and no formula', async () => {
  // Two staff rows pasted first (on the empty table's add button), one whose role reads as a formula.
  await nav(page, 'Henkilöstö');
  await pasteInto(page, '#f-staffing-rows', 'ea\t\ttyöhönvalmentaja\ttyövoimapalvelut\t2\t1,5\nwc\t\t=1+1\tsosiaali\t1\t0,5');
  await confirmPaste(page);
  await page.waitForFunction(() => document.querySelector('#total-fte')?.textContent === '2');
  await nav(page, 'Asiakirja');
  await page.waitForSelector('#document');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
  assert.equal(download.suggestedFilename(), 'Keski-Uusimaa-luonnos-liitteet.xlsx');
  const path = join(dir, 'liitteet.xlsx');
  await download.saveAs(path);
  assert.equal(readFileSync(path).subarray(0, 2).toString('latin1'), 'PK');
  const checker = new URL('../xlsx_check.py', import.meta.url).pathname;
  const out = JSON.parse(execFileSync('python3', [checker, path], { timeout: 120_000 }).toString());
  assert.deepEqual(out.sheets, ['Henkilöstö', 'Johtoryhmä', 'Kustannusjako', 'Kunnat']);
  assert.deepEqual(out.warnings, []);
  assert.equal(out.formulas, 0);
  const staff = out.rows['Henkilöstö'];
  assert.deepEqual(staff[0], ['Osapuoli', 'Osa-alue', 'Tehtävä / nimike', 'Sektori', 'Henkilöitä', 'Htv']);
  assert.deepEqual(staff[1], ['Keski-Uudenmaan työllisyysalue', null, 'työhönvalmentaja', 'työvoimapalvelut', 2, 1.5]);
  assert.deepEqual(staff.find((r) => r[2] === '=1+1')?.slice(4), [1, 0.5], 'the formula-looking role is text');
  assert.deepEqual(staff.at(-1), ['Yhteensä', null, null, null, 3, 2]);
  // The cost split: the amount of each item a number, the FTE weights as decimals.
  const costs = out.rows['Kustannusjako'];
  assert.equal(costs[0][1], 'Jakoperuste');
  assert.ok(costs.slice(1).every((r) => typeof r[5] === 'number'), JSON.stringify(costs));
  assert.deepEqual(costs[1].slice(6, 9), [1.5, 0.5, null]);
  assert.ok(out.rows['Kunnat'].length > 1);
});

test('a heading takes the user to its section', async () => {
  await page.getByRole('button', { name: '11 Sopimuksen voimassaolo, irtisanominen ja muuttaminen' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'sec-validity');
  assert.equal(await page.textContent('#view-heading'), 'Sopimus');
});

nothingLeft(suite);

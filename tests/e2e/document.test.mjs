// The document: preview with draft marking, print to A4 PDF (checked with pdftotext), DOCX opened by a
// real consumer (python-docx), headings that take the user to the fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, nothingLeft, nav } from './harness.mjs';

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
  assert.match(flat, /Helsingin hallinto-oikeudessa/);
  assert.match(pages[0], /1\s*\/\s*\d+/, 'page numbers in the margin');
  // Each annex begins a page.
  for (const annex of ['Liite 2: Henkilöstömäärä', 'Liite 6: Kustannusten jako']) {
    const p = pages.find((x) => x.includes(annex));
    assert.ok(p, annex);
    assert.ok(p.trimStart().startsWith(annex) || p.split('\n').slice(0, 3).join(' ').includes(annex), `${annex} starts its page`);
  }
  assert.doesNotMatch(text, /Tarkistukset|Yhteenveto/, 'no navigation or summary in print');
});

test('the DOCX opens in python-docx with headings and real tables', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-docx')]);
  assert.equal(download.suggestedFilename(), 'Keski-Uusimaa-luonnos.docx');
  const path = join(dir, 'sopimus.docx');
  await download.saveAs(path);
  const script = [
    'import docx, sys, json',
    'd = docx.Document(sys.argv[1])',
    'print(json.dumps({"headings": [p.text for p in d.paragraphs if p.style.name.lower().startswith("heading")],',
    '  "text": "\\n".join(p.text for p in d.paragraphs), "tables": [[c.text for c in t.rows[0].cells] for t in d.tables]}))',
  ].join('\n');
  writeFileSync(join(dir, 'read.py'), script);
  const out = JSON.parse(execFileSync('python3', [join(dir, 'read.py'), path]).toString());
  assert.ok(out.headings.includes('1 Sopimuksen tarkoitus'), out.headings.join(' | '));
  assert.ok(out.headings.includes('Liite 6: Kustannusten jako'));
  assert.match(out.text, /LUONNOS/);
  assert.ok(out.tables.some((row) => row.includes('Osapuoli')), JSON.stringify(out.tables));
});

test('HTML and Markdown exports carry the same text', async () => {
  const [html] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  const body = readFileSync(await html.path(), 'utf8');
  assert.match(body, /<html lang="fi">/);
  assert.match(body, /Helsingin hallinto-oikeudessa/);
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')]);
  assert.match(readFileSync(await md.path(), 'utf8'), /^\*\*LUONNOS\*\*/);
});

test('a heading takes the user to its section', async () => {
  await page.getByRole('button', { name: '11 Sopimuksen voimassaolo, irtisanominen ja muuttaminen' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'sec-validity');
  assert.equal(await page.textContent('#view-heading'), 'Sopimus');
});

nothingLeft(suite);

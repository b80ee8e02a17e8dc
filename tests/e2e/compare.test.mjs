// Issue 8's end-to-end case: two variants of a preset that differ in one FTE and the split basis; the
// compare view shows the money delta and the redline, and a difference can be taken over and undone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, nothingLeft, nav, workshopDraft } from './harness.mjs';

// The model's field names and enum values, from a real agreement's file: none may be shown to a user.
const raw = new Set();
const walk = (v) => {
  if (Array.isArray(v)) v.forEach(walk);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      raw.add(k);
      if (['kind', 'sector', 'basis', 'status', 'topic', 'clause', 'table', 'style'].includes(k) && typeof x === 'string') raw.add(x);
      walk(x);
    }
  }
};
for (const id of ['lantinen-pirkanmaa', 'satakunta']) {
  walk(JSON.parse(readFileSync(new URL(`../../crates/tym-core/presets/${id}.json`, import.meta.url), 'utf8')));
}
for (const r of ['chair', 'vice_chair', 'member', 'secretary', 'expert', 'persons', 'fte']) raw.add(r);
// Words a label may legitimately use ("Kela" is a party's name; short keys are ordinary syllables).
const KEYS = [...raw].filter((k) => k.length > 3 && /^[a-z_]+$/.test(k));
const DOT_DECIMAL = /(?<![\d.])\d+\.\d+(?![\d.])/;

let app, decoy, browser, page;
const text = async (sel) => (await page.textContent(sel)).replace(/\u00a0/g, ' ').trim();

const suite = useApp((c) => ({ app, decoy, browser, page } = c));

test('variant B differs from A in one FTE and the split basis', async () => {
  await workshopDraft(page);
  await page.click('#new-variant');
  await page.waitForFunction(() => document.querySelector('#variant-name')?.value === 'Vaihtoehto 2');
  await page.fill('#variant-name', 'B: henkilömäärän mukaan');
  await page.selectOption('#f-costs-items-1-rule', 'staff_persons');
  await nav(page, 'Henkilöstö');
  await page.fill('#f-staffing-rows-0-fte', '1,75');
  await page.waitForFunction(() => document.querySelector('#total-fte')?.textContent === '5,555');
});

test('the compare view shows the money delta, the differences and the redline', async () => {
  await nav(page, 'Vertailu');
  await page.waitForSelector('#compare-table');
  // Column 0 is the open variant (B, by persons), column 1 variant A (by FTE).
  assert.match(await text('[data-money="ea-0"]'), /^26 133,33 €/);
  assert.match(await text('[data-money="ea-1"]'), /^31 318,24 €/);
  assert.equal(await text('[data-delta="ea-1"]'), '+5 184,91 € (19,8 %)');
  const diffs = await text('#differences-0');
  assert.match(diffs, /8 Henkilöstö — rivi 1 — htv: poistettu:1,75 → lisätty:0,75/);
  assert.match(diffs, /Kustannuserä ”Johtava henkilö” — henkilöstön määrä jakoperusteena: poistettu:henkilömäärän mukaan → lisätty:henkilötyövuosien \(htv\) mukaan/);
  assert.doesNotMatch(diffs, /staffing|costs\.items|\[0\]/);
  // The redline marks the changed total in words, not only by colour.
  const redline = await page.innerHTML('#redline');
  assert.match(redline, /<del><span class="visually-hidden">poistettu:<\/span>\[−2,5\]<\/del>/);
  assert.match(redline, /<ins><span class="visually-hidden">lisätty:<\/span>\[\+1,5\]<\/ins>/);
});

test('a difference is taken over into the open variant and can be undone', async () => {
  const take = page.locator('#differences-0 li', { hasText: '8 Henkilöstö — rivi 1 — htv' }).getByRole('button');
  await take.click();
  await page.waitForFunction(() => !document.querySelector('#differences-0')?.textContent.includes('8 Henkilöstö — rivi 1 — htv'));
  await nav(page, 'Henkilöstö');
  assert.equal(await page.inputValue('#f-staffing-rows-0-fte'), '0,75');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#f-staffing-rows-0-fte')?.value === '1,75');
});

test('switching variants brings the other back', async () => {
  await page.selectOption('#variant-switch', '0');
  await page.waitForFunction(() => document.querySelector('#variant-name')?.value === 'Vaihtoehto A');
  assert.equal(await page.inputValue('#f-staffing-rows-0-fte'), '0,75');
});

test('a stored draft of the library can be compared too', async () => {
  await page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');
  await nav(page, 'Aloitus');
  await page.click('#preset-satakunta');
  await nav(page, 'Vertailu');
  const box = page.getByLabel('Tallennettu luonnos: Läntinen Pirkanmaa');
  await box.check();
  await page.waitForFunction(() => document.querySelectorAll('#compare-table thead th').length === 4);
  assert.match(await text('#compare-table thead'), /Tallennettu luonnos: Läntinen Pirkanmaa/);
});

test('two real agreements compare with labels, their own party names and no internal names', async () => {
  // Satakunta (open) against the stored Läntinen Pirkanmaa draft: each column names its own parties.
  const table = await text('#compare-table');
  for (const name of ['Satakunnan hyvinvointialue', 'Pirkanmaan hyvinvointialue']) assert.ok(table.includes(name), name);
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('[id^="differences-"], #compare-table')].map((e) => e.innerText).join('\n'));
  assert.ok(shown.length > 500, 'the differences are listed');
  for (const k of KEYS) {
    assert.doesNotMatch(shown, new RegExp(`(^|[^\\p{L}_])${k}($|[^\\p{L}_])`, 'u'), `model name ${k} shown`);
  }
  assert.doesNotMatch(shown, DOT_DECIMAL);
  assert.doesNotMatch(shown, /[a-z]+\.[a-z_]+\[\d+\]/);
});

test('two files chosen in quick succession are both compared', async () => {
  // Only the default comparison stays chosen, so both files fit among the three compared.
  await page.getByLabel('Tallennettu luonnos: Läntinen Pirkanmaa', { exact: true }).uncheck();
  await page.waitForFunction(() => document.querySelectorAll('#compare-table thead th').length === 3);
  const seed = JSON.parse(readFileSync(new URL('../../crates/tym-core/presets/satakunta.json', import.meta.url), 'utf8'));
  // Both files' change events come in one task, before either file's text has been read.
  await page.evaluate((seed) => {
    const input = document.querySelector('#compare-file');
    for (const [name, title] of [['eka.tym.json', 'Ensimmäinen tiedosto'], ['toka.tym.json', 'Toinen tiedosto']]) {
      const f = structuredClone(seed);
      f.agreement.meta.title = title;
      const dt = new DataTransfer();
      dt.items.add(new File([JSON.stringify(f)], name, { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, seed);
  await page.waitForFunction(() => document.querySelectorAll('#compare-table thead th').length === 5);
  const head = await text('#compare-table thead');
  assert.match(head, /Tiedosto: eka\.tym\.json.*Tiedosto: toka\.tym\.json/);
  assert.ok(await page.getByLabel('Tiedosto: eka.tym.json', { exact: true }).isChecked());
  assert.ok(await page.getByLabel('Tiedosto: toka.tym.json', { exact: true }).isChecked());
  // Each column is its own file.
  assert.ok((await text('#differences-1')).includes('Ensimmäinen tiedosto'));
  assert.ok((await text('#differences-2')).includes('Toinen tiedosto'));
});

nothingLeft(suite);

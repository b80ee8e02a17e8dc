// Issue 20, item 1: "what if we count persons instead of FTE?" answered through a variant. The staff
// basis is the variant's data (costs.staff_basis): saved, undoable, compared; the summary shows the
// basis in force; an item that cannot be split stays in the totals, unsplit. (The preset's section 10
// is its own wording with no cost annex, so the printed basis is tested in tym-core's split tests.)
// Läntinen Pirkanmaa with one person on each staff row and a 78 400 € lead-person item (item 1; the
// preset's development days are item 0): by FTE EA pays 31 318,24 €, by persons 26 133,33 €.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, nothingLeft, nav, workshopDraft } from './harness.mjs';

let app, decoy, browser, page;
const text = async (sel) => (await page.textContent(sel)).replace(/\u00a0/g, ' ').trim();
const saved = () => page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');
const summaryHas = (sel, s) => page.waitForFunction(([sel, s]) => document.querySelector(sel)?.textContent.replace(/\u00a0/g, ' ').includes(s), [sel, s]);

const suite = useApp((c) => ({ app, decoy, browser, page } = c));

test('variant B counts persons: the costs view and the summary show it at once', async () => {
  await workshopDraft(page);
  await summaryHas('[data-summary-party="ea"]', '31 318,24 €');
  assert.equal(await text('#summary-basis'), 'kuten sovittu');
  await page.click('#new-variant');
  await page.waitForFunction(() => document.querySelector('#variant-name')?.value === 'Vaihtoehto 2');
  await page.fill('#variant-name', 'B: henkilömäärän mukaan');
  await page.click('#basis-persons');
  await page.waitForFunction(() => document.querySelector('td[data-total="ea"]')?.textContent.includes('133,33'));
  assert.equal(await text('td[data-party="wc"]'), '52 266,67 €');
  await summaryHas('[data-summary-party="ea"]', '26 133,33 €');
  assert.equal(await text('#summary-basis'), 'henkilömäärän mukaan');
});

test('the choice is an edit: undo takes it back, redo restores it', async () => {
  await page.keyboard.press('Control+z');
  await summaryHas('[data-summary-party="ea"]', '31 318,24 €');
  assert.equal(await text('#summary-basis'), 'kuten sovittu');
  assert.equal(await page.isChecked('#basis-asagreed'), true);
  await page.keyboard.press('Control+Shift+z');
  await summaryHas('[data-summary-party="ea"]', '26 133,33 €');
  assert.equal(await page.isChecked('#basis-persons'), true);
});

test('Vertailu shows the per-party difference in euros between the variants', async () => {
  await nav(page, 'Vertailu');
  await page.waitForSelector('#compare-table');
  // Column 0 is the open variant (B, by persons), column 1 variant A (by FTE).
  await page.waitForSelector('#compare-table [data-money="ea-1"]');
  assert.match(await text('#compare-table [data-money="ea-0"]'), /^26 133,33 €/);
  assert.match(await text('#compare-table [data-money="ea-1"]'), /^31 318,24 €/);
  assert.match(await text('#compare-table [data-delta="ea-1"]'), /5 184,91 €/);
  assert.match(await text('#compare-table [data-delta="wc-1"]'), /5 184,91 €/);
});

test('after a reload the open variant still counts persons', async () => {
  await saved();
  await page.reload();
  await page.waitForSelector('#summary-basis');
  await page.waitForFunction(() => document.querySelector('#variant-name')?.value === 'B: henkilömäärän mukaan');
  assert.equal(await text('#summary-basis'), 'henkilömäärän mukaan');
  await summaryHas('[data-summary-party="ea"]', '26 133,33 €');
  await nav(page, 'Kustannukset');
  assert.equal(await page.isChecked('#basis-persons'), true);
});

test('an item that cannot be split by persons stays in the totals as unsplit, with its reason', async () => {
  const common = await text('#summary-common');
  await page.click('.staff-here summary');
  for (let i = 0; i < 6; i++) await page.fill(`#f-staffing-rows-${i}-persons`, '');
  await page.waitForSelector('#cost-error-1');
  assert.match(await text('#cost-error-1'), /^78 400,00 € on jakamatta\. .*jakoperusteet ovat nollia/);
  assert.equal(await text('#cost-unsplit'), '78 400,00 €');
  // The summary settles after the frame that shows the edit.
  await summaryHas('#summary-unsplit', '78 400,00 €');
  assert.equal(await text('#summary-unsplit'), '78 400,00 €');
  assert.equal(await text('#summary-common'), common, 'the common costs keep the unsplit item');
});

nothingLeft(suite);

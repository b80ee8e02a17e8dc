// Issue 5's end-to-end case: the Läntinen Pirkanmaa preset, a 78 400 € lead-person item split by FTE
// between the employment area and the county, then the persons reading of "staff amount". The preset's
// own item (the development days, no counts yet, so no shares) is item 0; the added item is item 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, nothingLeft, pasteInto, confirmPaste } from './harness.mjs';

let app, decoy, browser, page;
const text = async (sel) => (await page.textContent(sel)).replace(/\u00a0/g, ' ').trim();

const suite = useApp((c) => ({ app, decoy, browser, page } = c));

test('a 78 400 € item split by FTE gives 31 318,24 € and 47 081,76 €', async () => {
  await page.click('#preset-lantinen-pirkanmaa');
  await page.locator('nav').getByRole('button', { name: 'Kustannukset' }).click();
  await page.click('#add-cost-item');
  await page.waitForFunction(() => document.activeElement?.id === 'f-costs-items-1-name');
  await page.keyboard.type('Johtavan henkilön palkka');
  await page.fill('#f-costs-items-1-amount', '78 400');
  assert.equal(await page.inputValue('#f-costs-items-1-rule'), 'staff_fte');
  await page.waitForFunction(() => document.querySelector('td[data-party="ea"]')?.textContent.includes('318'));
  assert.equal(await text('td[data-party="ea"]'), '31 318,24 €');
  assert.equal(await text('td[data-party="wc"]'), '47 081,76 €');
  assert.equal(await text('td[data-total="ea"]'), '31 318,24 €');
  assert.match(await text('#cost-announce'), /31 318,24 €/);
  // Kela is excluded from a by-staff split (381/2023 10 §).
  assert.equal(await page.locator('td[data-party="kela"]').count(), 0);
});

test('switching to persons shows the change live, and the seed states no persons', async () => {
  await page.click('#basis-persons');
  await page.waitForSelector('#cost-error-1');
  assert.match(await text('#cost-error-1'), /jakoperusteet ovat nollia/);
  assert.equal(await text('td[data-total="ea"]'), '0,00 €');
  // The persons-vs-FTE comparison says the persons are missing instead of showing shares from zeros.
  // (The FTE are stated: the line names only the persons.)
  assert.match(await text('.basis-missing'), /^Henkilömäärät puuttuvat: [^.]+, [^.]+\.$/);
  assert.equal(await text('#cost-totals tbody tr:first-child td:nth-of-type(2)'), 'puuttuu', 'the persons column');
  assert.equal(await text('td[data-difference="ea"]'), '–');
  // Give persons to the rows: EA 1 + 1, county 1 + 1 + 1 + 1.
  await page.locator('nav').getByRole('button', { name: 'Henkilöstö' }).click();
  for (let i = 0; i < 6; i++) {
    await page.fill(`#f-staffing-rows-${i}-persons`, '1');
  }
  await page.locator('nav').getByRole('button', { name: 'Kustannukset' }).click();
  await page.click('#basis-persons');
  await page.waitForFunction(() => document.querySelector('td[data-party="ea"]')?.textContent.includes('133'));
  assert.equal(await text('td[data-party="ea"]'), '26 133,33 €');
  assert.equal(await text('td[data-party="wc"]'), '52 266,67 €');
  await page.click('#basis-fte');
  await page.waitForFunction(() => document.querySelector('td[data-party="ea"]')?.textContent.includes('318'));
  assert.equal(await text('td[data-party="ea"]'), '31 318,24 €');
  // The totals table shows both readings and their difference at once.
  const row = (await text('#cost-totals tbody tr:first-child')).replace(/\s+/g, ' ');
  assert.match(row, /26 133,33 €.*31 318,24 €.*5 184,91 €/);
  // And the difference as a per cent of the persons figure; nothing is missing any more.
  assert.equal(await text('td[data-difference="ea"]'), '5 184,91 € (19,8 %)');
  assert.equal(await page.locator('.basis-missing').count(), 0);
});

test('headcounts edited in the costs view move the split at once', async () => {
  await page.click('.staff-here summary');
  await page.fill('#f-staffing-rows-0-fte', '1,75');
  // FTE basis: EA 2,5 htv against the county's 2,255 htv.
  await page.waitForFunction(() => document.querySelector('td[data-party="ea"]')?.textContent.includes('41'));
  assert.equal(await text('td[data-party="ea"]'), '41 219,77 €');
  await page.fill('#f-staffing-rows-0-fte', '0,75');
  await page.waitForFunction(() => document.querySelector('td[data-party="ea"]')?.textContent.includes('31'));
});

test('a staff table pasted from Excel adds rows, and a bad line adds nothing', async () => {
  await page.locator('nav').getByRole('button', { name: 'Henkilöstö' }).click();
  // Pasted on the add button: after the last row. A bad cell is named and Paste stays unavailable.
  await pasteInto(page, '#f-staffing-rows', 'ea\tsp\ttyöhönvalmentaja\ttyövoimapalvelut\tkolme\t1,0\nwc\t\tx\tmuu\t1\t1');
  await page.waitForSelector('#paste-dialog[open] #paste-errors');
  assert.match(await text('#paste-errors'), /Rivi 1, Henkilöitä: ”kolme” — ei ole kokonaisluku\./);
  assert.equal(await page.locator('#paste-confirm').isDisabled(), true);
  await page.click('#paste-cancel');
  await page.waitForFunction(() => !document.querySelector('#paste-dialog').open);
  assert.equal(await text('#total-fte'), '4,555');
  await pasteInto(page, '#f-staffing-rows', 'Osapuoli\tOsa-alue\tTehtävä\tSektori\tHenkilöitä\tHtv\nea\tsp\ttyöhönvalmentaja\ttyövoimapalvelut\t1\t1,0\nwc\tpk\tsosiaaliohjaaja\tsosiaali\t1\t0,5');
  await confirmPaste(page);
  await page.waitForFunction(() => document.querySelector('#total-fte')?.textContent === '6,055');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#total-fte')?.textContent === '4,555');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => document.querySelector('#total-fte')?.textContent === '6,055');
  await page.locator('nav').getByRole('button', { name: 'Kustannukset' }).click();
});

test('rows move up and down', async () => {
  await page.locator('nav').getByRole('button', { name: 'Henkilöstö' }).click();
  const first = await page.inputValue('#f-staffing-rows-2-role');
  const second = await page.inputValue('#f-staffing-rows-3-role');
  await page.getByRole('button', { name: 'Siirrä alas rivi 3' }).click();
  await page.waitForFunction((r) => document.querySelector('#f-staffing-rows-2-role')?.value === r, second);
  assert.equal(await page.inputValue('#f-staffing-rows-3-role'), first);
  await page.getByRole('button', { name: 'Siirrä ylös rivi 4' }).click();
  await page.waitForFunction((r) => document.querySelector('#f-staffing-rows-2-role')?.value === r, first);
  await page.locator('nav').getByRole('button', { name: 'Kustannukset' }).click();
});

test('undo takes the last edit back, redo restores it', async () => {
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  assert.ok(await page.isEnabled('text=Tee uudelleen'));
});

nothingLeft(suite);

// Issue 21: a block copied from Excel or LibreOffice pasted (Ctrl+V) into an editable table lands as a
// spreadsheet would — by its header row in any column order, or by position from the cell it was
// pasted on — after a preview that names every cell that cannot be read; Paste applies it as one
// undoable edit. The app's own staff CSV pastes back. A real paste event is dispatched: a
// ClipboardEvent carrying a DataTransfer with 'text/plain', as the browser fires on Ctrl+V.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, nothingLeft, nav, openPreset, pasteInto, confirmPaste, assertAxeClean } from './harness.mjs';

let page, browser;
const ctx = useApp((c) => ({ page, browser } = c), async ({ page }) => openPreset(page, 'lantinen-pirkanmaa'));
const text = async (sel) => (await page.textContent(sel)).replace(/\u00a0/g, ' ').trim();

const paste = (sel, data) => pasteInto(page, sel, data);

const rows = () => page.locator('#staff-table tbody tr').count();

test('a header row in another column order lands in the right columns, "Kela" is matched, Paste is one undo step', async () => {
  await nav(page, 'Henkilöstö');
  assert.equal(await rows(), 7);
  assert.equal(await text('#total-fte'), '4,555');
  // Pasted on the add button: the rows come after the last one.
  await paste('#f-staffing-rows', 'Htv\tTehtävä\tOsapuoli\tHenkilöitä\tSektori\r\n0,5\ttyökykyneuvoja\tKela\t1\tkuntoutus\r\n1.5\tsosiaaliohjaaja\tHyvinvointialue\t2\tsosiaalipalvelut\r\n');
  await page.waitForSelector('#paste-dialog[open] #paste-summary');
  assert.match(await text('#paste-summary'), /2 riviä: 0 korvaa nykyisen rivin, 2 lisätään uutena\. Sarakkeet on sijoitettu otsikkorivin mukaan\./);
  assert.match(await text('#paste-preview-table'), /Rivi 8 \(uusi\).*Kansaneläkelaitos.*työkykyneuvoja.*kuntoutus.*1.*0,5/s);
  assert.equal(await page.locator('#paste-errors').count(), 0);
  // The dialog took the focus (keyboard operable); Paste applies the block.
  await confirmPaste(page);
  await page.waitForFunction(() => document.querySelector('#total-fte')?.textContent === '6,555');
  assert.equal(await rows(), 9);
  assert.equal(await page.inputValue('#f-staffing-rows-7-party'), 'kela');
  assert.equal(await page.inputValue('#f-staffing-rows-7-role'), 'työkykyneuvoja');
  assert.equal(await page.inputValue('#f-staffing-rows-7-sector'), 'rehabilitation');
  assert.equal(await page.inputValue('#f-staffing-rows-7-persons'), '1');
  assert.equal(await page.inputValue('#f-staffing-rows-7-fte'), '0,5');
  assert.equal(await page.inputValue('#f-staffing-rows-8-party'), 'wc');
  assert.equal(await page.inputValue('#f-staffing-rows-8-fte'), '1,5');
  assert.match(await text('#status'), /Liitettiin 2 riviä/);
  // One Ctrl+Z takes the whole paste back.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#total-fte')?.textContent === '4,555');
  assert.equal(await rows(), 7);
});

test('pasted on a cell, a block without a header overwrites from that cell down and adds rows past the end', async () => {
  // On row 7's role (the last row): role, sector, persons, FTE; the second line is a new row 8, whose
  // party is the first party, as a row added with the button.
  await paste('#f-staffing-rows-6-role', 'neuvoja\tkuntoutus\t2\t1,0\nohjaaja\tmuu\t1\t0,25');
  await page.waitForSelector('#paste-dialog[open] #paste-summary');
  assert.match(await text('#paste-summary'), /2 riviä: 1 korvaa nykyisen rivin, 1 lisätään uutena\. Sarakkeet on sijoitettu järjestyksessä/);
  await confirmPaste(page);
  await page.waitForFunction(() => document.querySelector('#f-staffing-rows-7-role')?.value === 'ohjaaja');
  assert.equal(await page.inputValue('#f-staffing-rows-6-party'), 'kela');
  assert.equal(await page.inputValue('#f-staffing-rows-6-role'), 'neuvoja');
  assert.equal(await page.inputValue('#f-staffing-rows-6-fte'), '1');
  assert.equal(await page.inputValue('#f-staffing-rows-7-fte'), '0,25');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('#staff-table tbody tr').length === 7);
  assert.equal(await page.inputValue('#f-staffing-rows-6-role'), 'työkykyneuvoja');
});

test('every cell that cannot be read is named and nothing is pasted; a single value pastes as usual', async () => {
  await paste('#f-staffing-rows-0-party', 'Osapuoli\tHenkilöitä\tHtv\nministeriö\tkolme\t1,0\nKela\t1\t0,5');
  await page.waitForSelector('#paste-dialog[open] #paste-errors');
  const errors = await text('#paste-errors');
  assert.match(errors, /Rivi 2, Osapuoli: ”ministeriö” — ei vastaa yhtään sopimuksen osapuolta\./);
  assert.match(errors, /Rivi 2, Henkilöitä: ”kolme” — ei ole kokonaisluku\./);
  assert.equal(await page.locator('#paste-confirm').isDisabled(), true);
  // The open dialog passes axe (WCAG 2.1 A and AA) and holds the keyboard's focus.
  await assertAxeClean(page, 'the paste dialog with errors');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('dialog')?.id), 'paste-dialog');
  // Esc (or Cancel) closes it; nothing changed.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#paste-dialog').open);
  assert.equal(await text('#total-fte'), '4,555');
  // A single cell copied from Excel (with its line break) goes into the field.
  await page.fill('#f-staffing-rows-0-role', '');
  await page.focus('#f-staffing-rows-0-role');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'ohjaaja\r\n');
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.activeElement.dispatchEvent(ev);
    window.__pasteDefaultPrevented = ev.defaultPrevented;
  });
  assert.equal(await page.evaluate(() => window.__pasteDefaultPrevented), false);
  assert.equal(await page.locator('#paste-dialog[open]').count(), 0);
  await page.keyboard.press('Control+z');
});

test("the app's own staff CSV pastes back as the same rows", async () => {
  await nav(page, 'Asiakirja');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-staff-csv')]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^\ufeffOsapuoli;Osa-alue;Tehtävä \/ nimike;Sektori;Henkilöitä;Htv\r\n/);
  await nav(page, 'Henkilöstö');
  const before = await page.evaluate(() => [...document.querySelectorAll('#staff-table tbody tr')].map((tr) =>
    [...tr.querySelectorAll('input, select')].map((e) => e.value).join('|')));
  // Remove every row, then paste the file on the add button.
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: /^Poista rivi 1 \(Henkilöstö osapuolittain/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('#staff-table tbody tr').length === 0);
  await paste('#f-staffing-rows', csv);
  await confirmPaste(page);
  await page.waitForFunction(() => document.querySelectorAll('#staff-table tbody tr').length === 7);
  const after = await page.evaluate(() => [...document.querySelectorAll('#staff-table tbody tr')].map((tr) =>
    [...tr.querySelectorAll('input, select')].map((e) => e.value).join('|')));
  assert.deepEqual(after, before);
  assert.equal(await text('#total-fte'), '4,555');
});

test('a block pasted into the steering group lands by position and matches parties by kind', async () => {
  await nav(page, 'Sopimus');
  const seats = () => page.locator('#seats-table tbody tr').count();
  const n = await seats();
  await paste('#f-steering_group-seats-0-party', 'Välfärdsområde\tSote\tsosiaalipalvelut\tjäsen\tsosiaalijohtaja\tperhepalvelujohtaja\nKela\t\tkuntoutus\tasiantuntija\tpalvelupäällikkö\tetuuspäällikkö');
  await page.waitForSelector('#paste-dialog[open] #paste-summary');
  await confirmPaste(page);
  await page.waitForFunction(() => document.querySelector('#f-steering_group-seats-1-member')?.value === 'palvelupäällikkö');
  assert.equal(await seats(), n);
  assert.equal(await page.inputValue('#f-steering_group-seats-0-party'), 'wc');
  assert.equal(await page.inputValue('#f-steering_group-seats-0-organisation'), 'Sote');
  assert.equal(await page.inputValue('#f-steering_group-seats-0-deputy'), 'perhepalvelujohtaja');
  assert.equal(await page.inputValue('#f-steering_group-seats-1-party'), 'kela');
  assert.equal(await page.inputValue('#f-steering_group-seats-1-role'), 'expert');
});

test('Ctrl+V from the system clipboard on a focused party select opens the preview', async () => {
  // The browser's own paste: the clipboard written, the key pressed on a select (not a text field).
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate(() => navigator.clipboard.writeText('Kela\tx\nKela\ty'));
  await page.focus('#f-steering_group-seats-2-party');
  await page.keyboard.press('Control+v');
  await page.waitForSelector('#paste-dialog[open] #paste-summary');
  assert.match(await text('#paste-summary'), /^2 riviä: 2 korvaa nykyisen rivin/);
  await page.click('#paste-cancel');
  await page.waitForFunction(() => !document.querySelector('#paste-dialog').open);
});

test('a paste starts from the table as it is now: an edit made just before it stays', async () => {
  await nav(page, 'Henkilöstö');
  await page.fill('#f-staffing-rows-0-role', 'juuri muutettu tehtävä');
  // A sentence with a line break, as copied from Word, goes into the one field.
  await paste('#f-staffing-rows-1-role', 'kaksi\nriviä');
  assert.equal(await page.locator('#paste-dialog[open]').count(), 0);
  // One column copied from a spreadsheet (its HTML table beside the text) is a block.
  await pasteInto(page, '#f-staffing-rows-1-role', 'liitetty tehtävä\r\ntoinen liitetty\r\n',
    '<table><tr><td>liitetty tehtävä</td></tr><tr><td>toinen liitetty</td></tr></table>');
  await confirmPaste(page);
  await page.waitForFunction(() => document.querySelector('#f-staffing-rows-2-role')?.value === 'toinen liitetty');
  assert.equal(await page.inputValue('#f-staffing-rows-0-role'), 'juuri muutettu tehtävä');
  assert.equal(await page.inputValue('#f-staffing-rows-1-role'), 'liitetty tehtävä');
});

nothingLeft(ctx);

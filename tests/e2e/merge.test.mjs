// Issue 20, item 4: a draft sent as a file comes back with the other parties' changes. Opening the
// returned copy offers a three-way merge against the version it was sent as: a change made only in the
// copy is taken, a field changed on both sides is offered with a choice (keyboard), the merge is one
// undoable step. Item 3's remaining sources: comparing with a file and with an earlier version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, nothingLeft, nav, openPreset, assertAxeClean } from './harness.mjs';

let app, decoy, browser, page;
const suite = useApp((c) => ({ app, decoy, browser, page } = c));
const text = async (sel) => (await page.textContent(sel)).replace(/\u00a0/g, ' ').trim();
const saved = () => page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');

let sent;


test('a draft saved as a file carries its lineage', async () => {
  await openPreset(page, 'satakunta');
  await saved();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tallenna tiedostoon' }).click()]);
  sent = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(typeof sent.lineage.draft, 'string');
  assert.ok(sent.lineage.draft.length > 0);
  assert.equal(typeof sent.lineage.revision, 'number');
});

test('a returned copy is merged: one-sided changes taken, a conflict chosen, undo restores', async () => {
  // Meanwhile, at home: the title and party 3's Finnish name change.
  await page.fill('#f-meta-title', 'Satakunta, oma versio');
  await page.fill('#f-parties-2-name_fi', 'Oma nimi');
  await saved();
  const before = await page.inputValue('#f-parties-2-name_fi');
  // The copy comes back: the other party changed its lead municipality and the same name.
  const copy = structuredClone(sent);
  copy.agreement.parties[2].lead_municipality = 'Palautuskunta';
  copy.agreement.parties[2].name_fi = 'Heidän nimi';
  await nav(page, 'Aloitus');
  await page.setInputFiles('#open-file', { name: 'palautettu.tym.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
  await page.waitForSelector('#merge-dialog[open] #merge-start');
  assert.match(await text('#merge-view'), /palautettu\.tym\.json.*Satakunta, oma versio/);
  await assertAxeClean(page, 'the returned copy offered');
  await page.click('#merge-start');
  await page.waitForSelector('#merge-summary');
  // The offer's button is gone: the focus is on the summary, which is read first.
  await page.waitForFunction(() => document.activeElement?.id === 'merge-summary');
  await assertAxeClean(page, 'the merge view');
  assert.match(await text('#merge-summary'), /otetaan 1 muutosta.*1 kohtaa/);
  assert.match(await text('#merge-taken'), /^2 Sopijapuolet — .* — vastuukunta: – → Palautuskunta$/);
  assert.doesNotMatch(await text('#merge-view'), /lead_municipality|parties\[/);
  const conflict = await text('#conflict-0');
  assert.match(conflict, /Oma nimi/);
  assert.match(conflict, /Heidän nimi/);
  assert.ok(await page.isChecked('#conflict-0-ours'), 'the draft keeps its value until the user chooses');
  // Chosen with the keyboard: the radio group's arrow keys.
  await page.focus('#conflict-0-ours');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.isChecked('#conflict-0-theirs'));
  await page.click('#merge-apply');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent.includes('yhdistettiin'));
  assert.equal(await page.locator('#merge-dialog[open]').count(), 0);
  await nav(page, 'Sopimus');
  assert.equal(await page.inputValue('#f-meta-title'), 'Satakunta, oma versio');
  assert.equal(await page.inputValue('#f-parties-2-name_fi'), 'Heidän nimi');
  assert.equal(await page.inputValue('#f-parties-2-lead_municipality'), 'Palautuskunta');
  await page.getByRole('button', { name: 'Kumoa' }).click();
  await page.waitForFunction((v) => document.querySelector('#f-parties-2-name_fi')?.value === v, before);
  assert.equal(await page.inputValue('#f-parties-2-lead_municipality'), '');
  assert.equal(await page.inputValue('#f-meta-title'), 'Satakunta, oma versio');
});

test('the returned copy can also be opened as a new draft', async () => {
  await nav(page, 'Aloitus');
  await page.setInputFiles('#open-file', { name: 'kopio.tym.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sent)) });
  // The offer's first choice takes the focus (the dialog opened from a file input).
  await page.waitForFunction(() => document.activeElement?.id === 'merge-start');
  await page.click('#merge-dialog[open] #merge-open-new');
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Satakunta');
  // A draft of its own: a file saved from it is not a copy of the original draft.
  await saved();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tallenna tiedostoon' }).click()]);
  const own = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.notEqual(own.lineage.draft, sent.lineage.draft);
});

test('the open draft is compared with a file, read in the browser', async () => {
  const other = structuredClone(sent);
  other.agreement.parties[2].name_fi = 'Tiedoston nimi';
  await nav(page, 'Vertailu');
  await page.setInputFiles('#compare-file', { name: 'vertailu.tym.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await page.waitForFunction(() => document.querySelector('#compare-table thead')?.textContent.includes('Tiedosto: vertailu.tym.json'));
  // The file joins the compared ones (after the default choice): its differences are listed.
  await page.waitForFunction(() => [...document.querySelectorAll('[id^="differences-"]')].some((e) => e.textContent.includes('Tiedoston nimi')));
  // A bad file says what is wrong, as opening one does, and the comparison stays.
  await page.setInputFiles('#compare-file', { name: 'rikki.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "tym-agreement", "version": 1, "agreement": {') });
  await page.waitForFunction(() => document.querySelector('#alert p')?.textContent.includes('rikki.json: Tiedosto ei ole kelvollista JSON-muotoa'));
  await page.click('#alert button');
  assert.match(await text('#compare-table thead'), /Tiedosto: vertailu\.tym\.json/);
});

test('an earlier version of the draft (the copy sent) is offered for comparison', async () => {
  // The draft the copy was sent from keeps the version sent in the library.
  await nav(page, 'Aloitus');
  await page.getByRole('button', { name: 'Avaa Satakunta, oma versio' }).click();
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Satakunta, oma versio');
  await nav(page, 'Vertailu');
  const box = page.getByLabel(/^Lähetetty kopio /).first();
  await box.check();
  // The sent version had the preset's title; the draft has its own since.
  await page.waitForFunction(() => document.querySelector('#differences-0')?.textContent.includes('Satakunta, oma versio'));
});

nothingLeft(suite);

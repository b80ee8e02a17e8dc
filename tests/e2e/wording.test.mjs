// The agreement's wording edited in the app like a document: own text with a live field reaches the
// document and follows a rename; a generated clause becomes own text and goes back; a paragraph is
// added and moved; undo takes a wording edit back; the edit survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, nothingLeft, nav } from './harness.mjs';

let app, decoy, browser, page;

const suite = useApp(
  (c) => ({ app, decoy, browser, page } = c),
  async () => {
    await page.click('#new-blank');
    await page.waitForSelector('#f-meta-title');
  },
);

const docText = async () => {
  await nav(page, 'Asiakirja');
  await page.waitForSelector('#document');
  const t = await page.textContent('#document');
  await nav(page, 'Sopimus');
  await page.waitForSelector('#f-meta-title');
  return t;
};

test('a blank agreement names its parties by their kind, never by an internal id', async () => {
  const t = await docText();
  assert.match(t, /Työvoimaviranomainen \(nimi puuttuu\)/);
  assert.doesNotMatch(t, /\bea\b|\bwc\b/);
});

test('own text with a party field reaches the document and follows a rename', async () => {
  // Section 1's generated purpose clause becomes own text, then gets a sentence with a field.
  await page.getByRole('button', { name: /^Muokkaa omaksi tekstiksi kappale 1 \(1 Sopimuksen tarkoitus\)/ }).click();
  const area = page.locator('#f-wording-parts-0-blocks-0-fi');
  await area.waitFor();
  assert.match(await area.inputValue(), /Tämä on työllistymisen monialaisesta edistämisestä/);
  await area.fill('Sopimuksen tekevät ');
  await area.evaluate((el) => el.setSelectionRange(el.value.length, el.value.length));
  await page.selectOption('#f-wording-parts-0-blocks-0-fi-insert', 'party:kela');
  await page.waitForFunction(() => document.querySelector('#f-wording-parts-0-blocks-0-fi').value.endsWith('{{party:kela}}'));
  let t = await docText();
  assert.match(t, /Sopimuksen tekevät Kansaneläkelaitos/);
  await page.fill('#f-parties-2-name_fi', 'Kela testissä');
  t = await docText();
  assert.match(t, /Sopimuksen tekevät Kela testissä/);
  assert.doesNotMatch(t, /\{\{/);
});

test('own text goes back to the generated clause', async () => {
  await page.getByRole('button', { name: /^Palauta generoitu teksti kappale 1/ }).click();
  const t = await docText();
  assert.match(t, /Tämä on työllistymisen monialaisesta edistämisestä annetun lain/);
  assert.doesNotMatch(t, /Sopimuksen tekevät/);
});

test('a paragraph is added, moved first, undone and redone, and survives a reload', async () => {
  await page.getByRole('button', { name: 'Lisää kappale (3 Toimialue)' }).click();
  const added = page.locator('#f-wording-parts-2-blocks-1-fi');
  await added.fill('Toimialueen oma lisäys.');
  await page.getByRole('button', { name: /^Siirrä ylös kappale 2 \(3 Toimialue\)/ }).click();
  await page.waitForFunction(() => document.querySelector('#f-wording-parts-2-blocks-0-fi')?.value === 'Toimialueen oma lisäys.');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('#f-wording-parts-2-blocks-1-fi')?.value === 'Toimialueen oma lisäys.');
  assert.equal(await page.locator('#f-wording-parts-2-blocks-0-fi').count(), 0, 'the generated clause is first again');
  await page.keyboard.press('Control+y');
  await page.waitForFunction(() => document.querySelector('#f-wording-parts-2-blocks-0-fi')?.value === 'Toimialueen oma lisäys.');
  let t = await docText();
  assert.match(t, /3 Toimialue\s*Toimialueen oma lisäys\./);
  await page.waitForTimeout(700);
  await page.reload();
  await page.waitForSelector('#f-meta-title');
  t = await docText();
  assert.match(t, /3 Toimialue\s*Toimialueen oma lisäys\./);
});

nothingLeft(suite);

// No internal ids in any output (issue 21, item 3): a blank agreement with a party's name cleared shows
// that party as its kind with a note ("Kansaneläkelaitos (Kela) (nimi puuttuu)") in the summary, the
// checks, the staffing and cost tables and the document preview, never by its id; the checks ask for
// the name (R24) and take the user to its field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, nothingLeft, nav } from './harness.mjs';

let app, decoy, browser, page;

// The ids of the blank template's parties (`tym_core::presets::blank`).
const IDS = ['ea', 'wc', 'kela'];

const suite = useApp(
  (c) => ({ app, decoy, browser, page } = c),
  async () => {
    await page.click('#new-blank');
    await page.waitForSelector('#f-meta-title');
  },
);

/** The ids that stand as a word in `text` (words: letters, digits, '-' and '_'; case counts). */
const idsIn = (text) => {
  const words = new Set(text.split(/[^\p{L}\p{N}_-]+/u));
  return IDS.filter((id) => words.has(id));
};

const view = async (name, heading = name) => {
  await nav(page, name);
  await page.waitForFunction((t) => document.querySelector('#view-heading')?.textContent === t, heading);
};

test('a party whose name is cleared is its kind with a note in the summary', async () => {
  await page.fill('#f-parties-2-name_fi', '');
  await page.fill('#f-parties-2-name_sv', '');
  await page.waitForFunction(() => document.querySelector('#summary-live')?.textContent.includes('Kansaneläkelaitos (Kela) (nimi puuttuu)'));
  const summary = await page.textContent('#summary-live');
  assert.match(summary, /Työvoimaviranomainen \(nimi puuttuu\)/);
  assert.match(summary, /Hyvinvointialue \(nimi puuttuu\)/);
  assert.deepEqual(idsIn(summary), [], summary);
});

test('the checks name the party by its kind and ask for its name at its field', async () => {
  await view('Tarkistukset');
  const main = await page.textContent('#main');
  assert.deepEqual(idsIn(main), [], main);
  const r24 = page.locator('li.finding[data-rule="R24"]');
  assert.equal(await r24.count(), 3);
  assert.match(await r24.nth(2).textContent(), /”Kansaneläkelaitos \(Kela\) \(nimi puuttuu\)”/);
  assert.equal(await r24.nth(2).getAttribute('data-field'), 'f-parties-2-name_fi');
  await r24.nth(2).getByRole('button', { name: 'Siirry kenttään' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-parties-2-name_fi');
});

test('the document preview names the parties by their kind', async () => {
  await view('Asiakirja');
  // The preview comes from the lazy module, after the view.
  await page.waitForSelector('#document .doc-section');
  const doc = await page.textContent('#document');
  assert.match(doc, /1\. Työvoimaviranomainen \(nimi puuttuu\)/);
  assert.match(doc, /3\. Kansaneläkelaitos \(Kela\) \(nimi puuttuu\)/);
  assert.deepEqual(idsIn(doc), [], doc);
});

test('the staffing and cost views name the parties by their kind', async () => {
  for (const name of ['Henkilöstö', 'Kustannukset']) {
    await view(name);
    const main = await page.textContent('#main');
    assert.match(main, /Hyvinvointialue \(nimi puuttuu\)/, name);
    assert.deepEqual(idsIn(main), [], `${name}: ${main}`);
  }
});

test('in Swedish the summary and the checks name the party in Swedish', async () => {
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await page.waitForFunction(() => document.querySelector('#summary-live')?.textContent.includes('Arbetskraftsmyndighet (namnet saknas)'));
  assert.deepEqual(idsIn(await page.textContent('#summary-live')), []);
  await view('Kontroller');
  const main = await page.textContent('#main');
  assert.match(main, /Folkpensionsanstalten \(FPA\) \(namnet saknas\)/);
  assert.deepEqual(idsIn(main), [], main);
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
});

nothingLeft(suite);

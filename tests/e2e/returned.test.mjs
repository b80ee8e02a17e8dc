// Returned copies (issue 20, item 4) after review: each copy sent keeps the version it was sent as,
// even when the draft is sent twice at one revision (to Kela, then to the county), and a copy coming
// back to a draft whose open variant is not the one it was sent from is warned about before merging,
// with the variant it was sent from a click away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, nothingLeft, nav, openPreset, assertAxeClean } from './harness.mjs';

let app, decoy, browser, page;
const suite = useApp((c) => ({ app, decoy, browser, page } = c));
const text = async (sel) => (await page.textContent(sel)).replace(/\u00a0/g, ' ').trim();
const saved = () => page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');
const file = (v) => JSON.parse(readFileSync(v, 'utf8'));


/** "Tallenna tiedostoon": the copy sent, as the recipient gets it. */
async function send() {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tallenna tiedostoon' }).click()]);
  return file(await download.path());
}

/** Opens a returned copy from the start view and starts the merge. */
async function merge(copy, name) {
  await nav(page, 'Aloitus');
  await page.setInputFiles('#open-file', { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
  await page.click('#merge-dialog[open] #merge-start');
  await page.waitForSelector('#merge-summary');
}

async function apply() {
  await page.click('#merge-apply');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent.includes('yhdistettiin'));
}

let kela, county;

test('two copies sent at one revision are both kept, and each returned copy merges against its own', async () => {
  await openPreset(page, 'satakunta');
  await saved();
  kela = await send();
  // The title is edited and, before the edit is saved (400 ms later), a second copy goes to the
  // county: the same revision as Kela's, a different text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(async () => {
      const title = document.querySelector('#f-meta-title');
      title.value = 'Satakunta, maakunnalle';
      title.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((ok) => requestAnimationFrame(ok));
      [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Tallenna tiedostoon').click();
    }),
  ]);
  county = file(await download.path());
  assert.equal(county.agreement.meta.title, 'Satakunta, maakunnalle');
  assert.equal(county.lineage.revision, kela.lineage.revision, 'both sent at one revision');
  await saved();

  // Kela's copy comes back with a Swedish name of Kela's: against the version Kela got, the title is the
  // draft's own change, not one to take from the copy.
  const fromKela = structuredClone(kela);
  fromKela.agreement.parties[1].name_sv = 'FPA, testnamn';
  await merge(fromKela, 'kela.tym.json');
  assert.doesNotMatch(await text('#merge-view'), /ei ole tallessa/);
  assert.match(await text('#merge-summary'), /otetaan 1 muutosta.* 0 kohtaa/);
  assert.match(await text('#merge-taken'), /FPA, testnamn/);
  await apply();
  await nav(page, 'Sopimus');
  assert.equal(await page.inputValue('#f-meta-title'), 'Satakunta, maakunnalle');
  assert.equal(await page.inputValue('#f-parties-1-name_sv'), 'FPA, testnamn');
  await saved();
  // Each sending is named in its copy.
  assert.equal(typeof kela.lineage.sent, 'string');
  assert.notEqual(county.lineage.sent, kela.lineage.sent);

  // The county's copy, with a Swedish name of its own, merges against the county's version.
  const fromCounty = structuredClone(county);
  fromCounty.agreement.parties[0].name_sv = 'Landskapets namn';
  await merge(fromCounty, 'maakunta.tym.json');
  assert.match(await text('#merge-summary'), /otetaan 1 muutosta.* 0 kohtaa/);
  assert.match(await text('#merge-taken'), /Landskapets namn/);
  await apply();
  await nav(page, 'Sopimus');
  assert.equal(await page.inputValue('#f-meta-title'), 'Satakunta, maakunnalle');
  assert.equal(await page.inputValue('#f-parties-1-name_sv'), 'FPA, testnamn');
  await saved();
});

test('a copy saved before lineages named their sending merges against the newest copy of its revision', async () => {
  const older = structuredClone(county);
  delete older.lineage.sent;
  older.agreement.parties[2].lead_municipality = 'Vanhan tiedoston kunta';
  await merge(older, 'vanha.tym.json');
  assert.doesNotMatch(await text('#merge-view'), /ei ole tallessa/);
  assert.match(await text('#merge-taken'), /Vanhan tiedoston kunta/);
  await page.click('#merge-cancel');
  await page.waitForFunction(() => !document.querySelector('#merge-dialog[open]'));
});

test('a copy returned while another variant is open is warned about, and merged into its own variant', async () => {
  const sent = await send();
  // Then variant B is made from the draft, changed and left open.
  await nav(page, 'Sopimus');
  await page.click('#new-variant');
  await page.waitForFunction(() => document.querySelector('#variant-name')?.value === 'Vaihtoehto 2');
  await page.fill('#variant-name', 'B: kokeilu');
  await page.fill('#f-parties-2-name_sv', 'B:s namn');
  await saved();
  const copy = structuredClone(sent);
  copy.agreement.parties[2].lead_municipality = 'Palautuskunta';
  await merge(copy, 'palautus.tym.json');
  // The warning is read first (it takes the focus) and names both variants; the merge button says
  // where it would merge.
  await page.waitForFunction(() => document.activeElement?.id === 'merge-variant-warning');
  assert.equal(
    await text('#merge-variant-warning'),
    'Kopio lähetettiin vaihtoehdosta ”Vaihtoehto A”, mutta nyt avoinna on vaihtoehto ”B: kokeilu”: yhdistäminen veisi kopion muutokset vaihtoehtoon ”B: kokeilu”.',
  );
  assert.equal(await text('#merge-apply'), 'Yhdistä silti vaihtoehtoon ”B: kokeilu”');
  await assertAxeClean(page, 'the merge view warning about the variant');
  // Opening the variant it was sent from: the warning goes, and the merge is into that variant.
  await page.click('#merge-switch-variant');
  await page.waitForFunction(() => !document.querySelector('#merge-variant') && document.querySelector('#merge-apply')?.textContent === 'Yhdistä');
  assert.match(await text('#merge-summary'), /otetaan 1 muutosta.* 0 kohtaa/);
  await apply();
  await nav(page, 'Sopimus');
  assert.equal(await page.inputValue('#variant-name'), 'Vaihtoehto A');
  assert.equal(await page.inputValue('#f-parties-2-lead_municipality'), 'Palautuskunta');
  // Variant B is as it was.
  await page.selectOption('#variant-switch', '0');
  await page.waitForFunction(() => document.querySelector('#variant-name')?.value === 'B: kokeilu');
  assert.equal(await page.inputValue('#f-parties-2-name_sv'), 'B:s namn');
  assert.equal(await page.inputValue('#f-parties-2-lead_municipality'), '');
});

nothingLeft(suite);

// The journal of edits (issue 17): what was typed survives a reload 50 ms later, a tab closed 50 ms
// later and reopened, and a second tab taking the draft over 100 ms after the first tab's last
// keystroke — 20 of 20 each (10 take-overs each way). A full disk's alert tells where the edits are.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, startDecoy, launch, openApp } from './harness.mjs';

let app, decoy;

before(async () => {
  app = await startApp();
  decoy = await startDecoy();
});

after(async () => {
  await app?.close();
  await decoy?.close();
});

const RUNS = 20;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const saved = (page) => page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');
const titleIs = (page, text) =>
  page.waitForFunction((t) => document.querySelector('#f-meta-title')?.value === t, text, { timeout: 5000 }).then(() => true, () => false);

/** Types `text` as the title, key by key, as a user does. */
async function typeTitle(page, text) {
  await page.click('#f-meta-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

test(`typed text is there after a reload 50 ms later, ${RUNS} of ${RUNS}`, async () => {
  const b = await launch({ app, decoy });
  const page = await openApp(b.context, app.url);
  await page.click('#preset-satakunta');
  await saved(page);
  let kept = 0;
  for (let i = 1; i <= RUNS; i++) {
    const text = `Ladattu uudelleen ${i}`;
    await typeTitle(page, text);
    await sleep(50);
    await page.reload();
    if (await titleIs(page, text)) kept++;
  }
  console.log(`reload 50 ms after typing: ${kept} of ${RUNS} kept`);
  assert.equal(kept, RUNS);
  assert.deepEqual(b.errors, []);
  await b.close();
});

test(`typed text is there after closing the tab 50 ms later and reopening, ${RUNS} of ${RUNS}`, async () => {
  const b = await launch({ app, decoy });
  let page = await openApp(b.context, app.url);
  await page.click('#preset-keski-pohjanmaa');
  await saved(page);
  // A blank tab keeps the browser open while the app's tab is closed.
  const keep = await b.context.newPage();
  let kept = 0;
  for (let i = 1; i <= RUNS; i++) {
    const text = `Suljettu välilehti ${i}`;
    await typeTitle(page, text);
    await sleep(50);
    await page.close();
    page = await b.context.newPage();
    await page.goto(app.url);
    if (await titleIs(page, text)) kept++;
  }
  console.log(`tab closed 50 ms after typing: ${kept} of ${RUNS} kept`);
  assert.equal(kept, RUNS);
  await keep.close();
  assert.deepEqual(b.errors, []);
  await b.close();
});

test(`a tab taking over 100 ms after the other's last keystroke loses nothing, ${RUNS} of ${RUNS}`, async () => {
  const b = await launch({ app, decoy });
  const first = await openApp(b.context, app.url);
  await first.click('#preset-lantinen-pirkanmaa');
  await saved(first);
  const second = await b.context.newPage();
  await second.goto(app.url);
  await second.waitForSelector('#read-only');
  let [editing, waiting] = [first, second];
  let kept = 0;
  for (let i = 1; i <= RUNS; i++) {
    const text = `Otettu haltuun ${i}`;
    await typeTitle(editing, text);
    await sleep(100);
    await waiting.click('#take-over');
    await waiting.waitForFunction(() => !document.querySelector('#read-only'));
    if (await titleIs(waiting, text)) kept++;
    await editing.waitForSelector('#read-only');
    [editing, waiting] = [waiting, editing];
  }
  console.log(`take-over 100 ms after the last keystroke: ${kept} of ${RUNS} kept`);
  assert.equal(kept, RUNS);
  // And the edits reached the stored draft: a reload of the editing tab shows the last one.
  await saved(editing);
  await editing.reload();
  assert.ok(await titleIs(editing, `Otettu haltuun ${RUNS}`));
  assert.deepEqual(b.errors, []);
  await b.close();
});

test('with the disk full the alert says the edits are in the journal, and reopening recovers them', async () => {
  const b = await launch({ app, decoy });
  const page = await openApp(b.context, app.url);
  await page.click('#preset-keski-uusimaa-luonnos');
  await saved(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await typeTitle(page, 'Levy täynnä');
  await page.waitForSelector('#alert-save-file');
  const alert = await page.textContent('#alert p');
  assert.match(alert, /tallennustila on täynnä/);
  assert.match(alert, /varmuuskopioon/);
  assert.doesNotMatch(alert, /Mitään ei ole menetetty/);
  // The page is reloaded (IndexedDB works again): the journal brings the edit back and says so.
  await page.reload();
  assert.ok(await titleIs(page, 'Levy täynnä'));
  await page.waitForSelector('text=/Palautettiin muutokset/');
  b.errors.length = 0;
  await b.close();
});

test('no request left the browser', async () => {
  assert.deepEqual(decoy.leaks(), []);
});

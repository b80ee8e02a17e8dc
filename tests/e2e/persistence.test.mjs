// Never losing work: autosave to IndexedDB, restore after a reload and after the browser is killed,
// two tabs on one draft, a failing storage, and the library of drafts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startApp, startDecoy, launch, openApp, ARGS, CHROMIUM } from './harness.mjs';

let app, decoy;

before(async () => {
  app = await startApp();
  decoy = await startDecoy();
});

after(async () => {
  await app?.close();
  await decoy?.close();
});

const saved = (page) => page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');

test('an edit is saved within a second and restored on reload', async () => {
  const b = await launch({ app, decoy });
  const page = await openApp(b.context, app.url);
  await page.click('#preset-satakunta');
  await page.fill('#f-meta-title', 'Satakunta 2027');
  const t0 = Date.now();
  await saved(page);
  assert.ok(Date.now() - t0 < 1000, `saved after ${Date.now() - t0} ms`);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Satakunta 2027');
  assert.equal(await page.textContent('#view-heading'), 'Sopimus');
  assert.deepEqual(b.errors, []);
  await b.close();
});

test('the text survives killing the browser (SIGKILL) 300 ms after typing', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'tym-kill-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const start = () => {
    const proc = spawn(CHROMIUM, [...ARGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`,
      `--proxy-server=http://127.0.0.2:${decoy.port}`, `--proxy-bypass-list=127.0.0.1:${app.port}`, 'about:blank'], { stdio: 'ignore', detached: true });
    return proc;
  };
  const connect = async () => {
    for (let i = 0; i < 100; i++) {
      try {
        return await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error('Chromium did not start');
  };
  let proc = start();
  let browser = await connect();
  let page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage());
  await page.goto(app.url);
  await page.click('#preset-keski-pohjanmaa');
  await page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');
  await page.fill('#f-meta-title', '');
  await page.keyboard.type('Kirjoitettu juuri ennen kaatumista');
  // Before the checkpoint's write is done, and before Chromium writes localStorage to disk: only
  // the journal's copy in IndexedDB holds the text (bench/kill.mjs counts this over 20 runs).
  await new Promise((r) => setTimeout(r, 300));
  // The whole process group, as when the browser crashes or the laptop loses power.
  const killAll = async (p) => {
    const exited = new Promise((r) => p.once('exit', r));
    process.kill(-p.pid, 'SIGKILL');
    await exited;
    await new Promise((r) => setTimeout(r, 300));
  };
  await killAll(proc);
  proc = start();
  browser = await connect();
  page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage());
  await page.goto(app.url);
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Kirjoitettu juuri ennen kaatumista');
  await browser.close().catch(() => {});
  await killAll(proc);
  // A leftover temporary profile is not a failure of the app.
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {}
});

test('a second tab opens read-only, can take over, and no tab overwrites the other', async () => {
  const b = await launch({ app, decoy });
  const first = await openApp(b.context, app.url);
  await first.click('#preset-lantinen-pirkanmaa');
  await first.fill('#f-meta-title', 'Versio 1');
  await saved(first);
  const second = await b.context.newPage();
  await second.goto(app.url);
  await second.waitForSelector('#read-only');
  assert.match(await second.textContent('#read-only'), /muokataan toisessa välilehdessä/);
  assert.ok(await second.isDisabled('#f-meta-title'), 'the read-only tab cannot edit');
  // The read-only tab follows the editing tab's saves.
  await first.fill('#f-meta-title', 'Versio 2');
  await saved(first);
  await second.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Versio 2');
  // Take over: the first tab becomes read-only and the second edits on from the newest revision.
  await second.click('#take-over');
  await second.waitForFunction(() => !document.querySelector('#read-only'));
  await first.waitForSelector('#read-only');
  assert.match(await first.textContent('#read-only'), /otti luonnoksen muokattavakseen/);
  await second.fill('#f-meta-title', 'Versio 3');
  await saved(second);
  await second.reload();
  await second.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Versio 3');
  assert.deepEqual(b.errors, []);
  await b.close();
});

test('a failing write says so, offers a file, and keeps the draft in memory', async () => {
  const b = await launch({ app, decoy });
  const page = await openApp(b.context, app.url);
  await page.click('#preset-keski-uusimaa-luonnos');
  await saved(page);
  // Make every IndexedDB write fail as a full disk does.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.fill('#f-meta-title', 'Ei mahdu');
  await page.waitForSelector('#alert-save-file');
  assert.match(await page.textContent('#alert p'), /tallennustila on täynnä/);
  assert.equal(await page.inputValue('#f-meta-title'), 'Ei mahdu');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#alert-save-file')]);
  assert.equal(download.suggestedFilename(), 'Ei-mahdu.tym.json');
  b.errors.length = 0;
  await b.close();
});

test('the library opens, renames, duplicates and deletes drafts, and deletes all local data', async () => {
  const b = await launch({ app, decoy });
  const page = await openApp(b.context, app.url);
  await page.click('#preset-satakunta');
  await saved(page);
  await page.locator('nav').getByRole('button', { name: 'Aloitus' }).click();
  await page.click('#preset-keski-pohjanmaa');
  await saved(page);
  await page.locator('nav').getByRole('button', { name: 'Aloitus' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#library-table tbody tr').length === 2);
  // Rename the other draft.
  await page.getByRole('button', { name: 'Nimeä uudelleen Satakunta' }).click();
  await page.fill('#rename-1', 'Satakunta, vaihtoehto A');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await page.waitForSelector('text=Satakunta, vaihtoehto A');
  // Duplicate it as a new variant.
  await page.getByRole('button', { name: 'Kopioi uudeksi versioksi: Satakunta, vaihtoehto A' }).click();
  await page.waitForSelector('text=Satakunta, vaihtoehto A (kopio)');
  // Delete the copy, after confirming.
  await page.getByRole('button', { name: 'Poista Satakunta, vaihtoehto A (kopio)' }).click();
  await page.waitForSelector('#confirm-delete[open]');
  await page.click('#confirm-delete .cancel');
  assert.equal(await page.locator('#library-table tbody tr').count(), 3, 'cancel keeps it');
  await page.getByRole('button', { name: 'Poista Satakunta, vaihtoehto A (kopio)' }).click();
  await page.click('#confirm-delete .confirm');
  await page.waitForFunction(() => document.querySelectorAll('#library-table tbody tr').length === 2);
  // Open the renamed draft.
  await page.getByRole('button', { name: 'Avaa Satakunta, vaihtoehto A' }).click();
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Satakunta, vaihtoehto A');
  // Delete everything.
  await page.locator('nav').getByRole('button', { name: 'Aloitus' }).click();
  await page.click('#delete-all');
  await page.click('#confirm-delete-all .confirm');
  await page.waitForSelector('text=Ei tallennettuja luonnoksia.');
  await page.reload();
  await page.waitForSelector('text=Ei tallennettuja luonnoksia.');
  assert.equal(await page.textContent('#view-heading'), 'Aloitus');
  assert.deepEqual(b.errors, []);
  await b.close();
});

test('no request left the browser', async () => {
  assert.deepEqual(decoy.leaks(), []);
});

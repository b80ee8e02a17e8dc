// Offline: the service worker generated at build time precaches the app; after one visit the app
// reloads and opens in a new tab without a network. The manifest makes it installable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, nothingLeft } from './harness.mjs';

let app, decoy, browser, page;

const suite = useApp((c) => ({ app, decoy, browser, page } = c));

test('the service worker precaches every built file under a cache named from their hash', async () => {
  const state = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { keys, cached: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(state.keys.length, 1);
  assert.match(state.keys[0], /^tym-[0-9a-f]{16}$/);
  for (const re of [/\.wasm$/, /\.js$/, /\.css$/, /^\/index\.html$/, /manifest\.webmanifest$/, /^\/i18n\/sv\.json$/, /^\/i18n\/en\.json$/]) {
    assert.ok(state.cached.some((p) => re.test(p)), `${re} cached`);
  }
});

test('offline, the app reloads and opens in a new tab', async () => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await browser.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#view-heading');
  await page.click('#preset-lantinen-pirkanmaa');
  await page.waitForSelector('#f-meta-title');
  assert.equal(await page.textContent('#view-heading'), 'Sopimus');
  await page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');
  const tab = await browser.context.newPage();
  await tab.goto(app.url);
  // The new tab reopens the last draft from the browser's storage, read-only while the first tab edits it.
  await tab.waitForSelector('#read-only');
  assert.equal(await tab.inputValue('#f-meta-title'), 'Läntinen Pirkanmaa');
  await tab.close();
  // Swedish was never chosen while online: its strings come from the precache.
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.equal(await page.textContent('#view-heading'), 'Avtal');
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
  await browser.context.setOffline(false);
});

test('the manifest names the app and carries 192 and 512 px icons', async () => {
  const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  assert.equal(manifest.display, 'standalone');
  assert.deepEqual(manifest.icons.map((i) => i.sizes).sort(), ['192x192', '512x512']);
  assert.equal(manifest.lang, 'fi');
});

nothingLeft(suite);

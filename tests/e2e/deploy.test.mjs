// Deploying anywhere: the built app served under a sub-path (/tyollisyys/tym/, as an intranet folder)
// starts, opens a real agreement, keeps an edit over a reload and works offline there, asking for
// nothing outside its folder; the server sends the build's precompressed files with the cache
// headers docs/deploying.md gives; the "Lataa offline-versio" link downloads tym.html.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, nothingLeft, openPreset, useApp } from './harness.mjs';

const BASE = '/tyollisyys/tym/';
let app, browser, page;

const suite = useApp((c) => ({ app, browser, page } = c), undefined, { base: BASE });

const saved = (p) => p.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');

test('the built index.html, manifest and service worker name their files by relative URLs only', () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const urls = [...index.matchAll(/\b(?:href|src)="([^"]*)"/g), ...index.matchAll(/\b(?:from|import\()\s*'([^']*)'/g), ...index.matchAll(/module_or_path:\s*'([^']*)'/g)].map((m) => m[1]);
  assert.ok(urls.some((u) => /\.wasm$/.test(u)), 'the wasm is named');
  for (const u of urls) assert.doesNotMatch(u, /^(\/|[a-z]+:)/i, `${u} is relative`);
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  for (const i of manifest.icons) assert.doesNotMatch(i.src, /^\//);
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precache = JSON.parse(sw.match(/const PRECACHE = (\[.*\]);/)[1]);
  for (const u of precache) assert.match(u, /^\.\//);
});

test('under a sub-path the app starts, opens a real agreement and keeps an edit over a reload', async () => {
  assert.equal(await page.textContent('#view-heading'), 'Aloitus');
  assert.ok(page.url().startsWith(app.url));
  await openPreset(page, 'lantinen-pirkanmaa');
  await page.fill('#f-meta-title', 'Läntinen Pirkanmaa alikansiossa');
  await saved(page);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Läntinen Pirkanmaa alikansiossa');
});

test('the folder without its slash is redirected to it; nothing outside it is served', async () => {
  const origin = new URL(app.url).origin;
  const r = await fetch(`${origin}${BASE.slice(0, -1)}`, { redirect: 'manual' });
  assert.equal(r.status, 301);
  assert.equal(r.headers.get('location'), BASE);
  assert.equal((await fetch(`${origin}/index.html`)).status, 404);
});

test('the service worker is scoped to the folder and the app reloads offline there', async () => {
  const sw = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { scope: reg.scope, cached: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(sw.scope, app.url);
  for (const p of sw.cached) assert.ok(p.startsWith(BASE), `${p} cached under ${BASE}`);
  for (const f of ['index.html', 'presets/satakunta.json', 'i18n/sv.json']) assert.ok(sw.cached.includes(BASE + f), `${f} precached`);
  assert.ok(!sw.cached.some((p) => /\.(br|gz)$|tym\.html$/.test(p)), 'compressed copies and tym.html are not precached');

  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await browser.context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Läntinen Pirkanmaa alikansiossa');
    // Another real agreement and the Swedish strings come from the precache, under the folder.
    await openPreset(page, 'satakunta');
    await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    assert.equal(await page.textContent('#view-heading'), 'Avtal');
    await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fi');
  } finally {
    await browser.context.setOffline(false);
  }
});

test('the "Lataa offline-versio" link downloads the single-file edition', async () => {
  await page.getByRole('button', { name: 'Aloitus' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Lataa offline-versio' }).click()]);
  assert.equal(download.suggestedFilename(), 'tym.html');
  const got = readFileSync(await download.path());
  assert.ok(got.equals(readFileSync(join(DIST, 'tym.html'))), 'the downloaded file is dist/tym.html');
});

test('the server sends the precompressed copy the browser accepts, with Vary and the cache headers', async () => {
  const files = readdirSync(DIST);
  const wasm = files.find((f) => f.endsWith('.wasm'));
  const js = files.find((f) => /^tym-app-.*\.js$/.test(f));
  const get = (f, enc) => fetch(app.url + f, { headers: enc === undefined ? {} : { 'accept-encoding': enc } });
  for (const [enc, expect, decode] of [['br, gzip', 'br', brotliDecompressSync], ['gzip, deflate', 'gzip', gunzipSync], ['gzip;q=0, identity', null, (b) => b]]) {
    // Node's fetch decodes bodies itself: read the raw bytes through a plain request instead.
    const raw = await rawGet(app.url + wasm, enc);
    assert.equal(raw.headers['content-encoding'], expect ?? undefined, `${enc}`);
    assert.equal(raw.headers.vary, 'Accept-Encoding');
    assert.ok(decode(raw.body).equals(readFileSync(join(DIST, wasm))), `${enc}: the body decodes to the wasm`);
  }
  for (const f of [wasm, js]) assert.equal((await get(f, 'br')).headers.get('cache-control'), 'public, max-age=31536000, immutable', f);
  for (const f of ['', 'index.html', 'sw.js', 'presets/satakunta.json', 'tym.html']) {
    assert.equal((await get(f, 'br')).headers.get('cache-control'), 'no-cache', f || '(folder)');
  }
  const first = await get('index.html', 'br');
  const again = await fetch(`${app.url}index.html`, { headers: { 'accept-encoding': 'br', 'if-none-match': first.headers.get('etag') } });
  assert.equal(again.status, 304);
});

async function rawGet(url, encoding) {
  const { request } = await import('node:http');
  return new Promise((ok, fail) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

nothingLeft(suite);

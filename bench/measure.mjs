// In-browser performance of the app against the plain-JS reference page, in the same run, on the large
// synthetic agreement: keystroke → next frame (keydown timeStamp to a callback after the next animation
// frame) for 200 keystrokes in a staff row's FTE field and in a free-text clause, unthrottled and at 4×
// CPU throttling; the app's own processing time per keystroke (performance marks from the edit to the
// render); cold start to interactive; memory before and after a long session of edits.
// Run with ./scripts/bench.sh (it builds the app and writes bench/large.json first).
import { serve } from '../scripts/serve.mjs';
import { coldStarts, LOADS } from './cold-start.mjs';
import { KEYS, launch, nav, openLarge, openReference, saved } from './pages.mjs';

const TYPED = 200;
// BENCH_RATES=1 measures unthrottled only (quicker while working on a cause).
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const root = new URL('..', import.meta.url).pathname;

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1], n: s.length };
};
const ms = (x) => (x === undefined ? '–' : x.toFixed(2));

async function latencyProbe(page) {
  await page.evaluate(() => {
    window.__lat = [];
    document.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
    }, true);
  });
}

// Where the main thread's time went (DevTools' Performance domain): script, style recalculation and
// layout, in ms per keystroke, so that a missed target points at its cause.
const METRICS = { ScriptDuration: 'script', RecalcStyleDuration: 'style', LayoutDuration: 'layout', TaskDuration: 'task' };
async function metrics(page) {
  const { metrics: m } = await page.__cdp.send('Performance.getMetrics');
  return Object.fromEntries(m.filter((x) => METRICS[x.name]).map((x) => [METRICS[x.name], x.value * 1000]));
}

const breakdown = [];

// App and reference take turns, 20 keystrokes at a time, so that both meet the same machine noise.
const CHUNK = 20;
async function typeBoth(app, ref, keys, what) {
  const sides = [app, ref].map((s) => ({ ...s, lat: [], m: {} }));
  for (let done = 0; done < TYPED; done += CHUNK) {
    for (const s of sides) {
      // A page in the background gets no animation frames: the measured page must be in front.
      await s.page.bringToFront();
      // The app saves when its tab is hidden; let that save end before the reference is measured.
      await saved(app.page, { polling: 50 });
      await s.page.focus(s.sel);
      await s.page.evaluate(() => (window.__lat = []));
      const before = await metrics(s.page);
      for (let i = done; i < done + CHUNK; i++) {
        await s.page.keyboard.press(keys[i % keys.length]);
        await s.page.waitForTimeout(15);
      }
      await s.page.waitForTimeout(200);
      const after = await metrics(s.page);
      for (const k of Object.keys(after)) s.m[k] = (s.m[k] ?? 0) + after[k] - before[k];
      s.lat.push(...(await s.page.evaluate(() => window.__lat.slice())));
    }
  }
  for (const s of sides) {
    breakdown.push({ what: `${s.name}, ${what}`, ...Object.fromEntries(Object.entries(s.m).map(([k, v]) => [k, v / TYPED])) });
  }
  return sides.map((s) => s.lat);
}

async function openApp(context, url) {
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm)));
  await openLarge(page, url);
  await nav(page, 'Henkilöstö');
  await page.waitForSelector('#f-staffing-rows-0-fte');
  return { page };
}

async function processing(page) {
  return page.evaluate(() => {
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('tym-'));
    const out = [];
    for (let i = 0; i < marks.length; i++) {
      if (marks[i].name !== 'tym-edit') continue;
      const done = marks.slice(i + 1).find((m) => m.name === 'tym-rendered');
      if (done) out.push(done.startTime - marks[i].startTime);
    }
    performance.clearMarks();
    return out;
  });
}

async function memory(page) {
  return page.evaluate(() => ({
    js: performance.memory ? performance.memory.usedJSHeapSize : 0,
    wasm: window.__wasm ? window.__wasm.memory.buffer.byteLength : 0,
  }));
}

const rows = [];
const browser = await launch();
const appServer = await serve(`${root}dist`, '127.0.0.1', 0);
const benchServer = await serve(`${root}bench`, '127.0.0.1', 0);
const appUrl = `http://127.0.0.1:${appServer.address().port}/`;
const refUrl = `http://127.0.0.1:${benchServer.address().port}/reference.html`;

for (const rate of RATES) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const refContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const app = await openApp(context, appUrl);
  const ref = { page: await refContext.newPage() };
  await openReference(ref.page, refUrl);
  for (const { page } of [app, ref]) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Performance.enable');
    page.__cdp = cdp;
    await latencyProbe(page);
  }
  await processing(app.page);
  // "0,5" ↔ "0,51": every keystroke is a valid edit, as a user correcting a figure.
  await app.page.fill('#f-staffing-rows-0-fte', '0,5');
  await ref.page.fill('#fte-0', '0,5');
  const [appFte, refFte] = await typeBoth(
    { name: 'app', page: app.page, sel: '#f-staffing-rows-0-fte' }, { name: 'reference', page: ref.page, sel: '#fte-0' },
    KEYS.fte, `FTE field, CPU ×${rate}`);
  const appProc = await processing(app.page);
  await nav(app.page, 'Sopimus');
  await app.page.waitForSelector('#wording-area textarea');
  const [appText, refText] = await typeBoth(
    { name: 'app', page: app.page, sel: '#wording-area textarea' }, { name: 'reference', page: ref.page, sel: '#clause' },
    KEYS.clause, `free-text clause, CPU ×${rate}`);
  const appTextProc = await processing(app.page);
  for (const [what, a, r] of [['FTE field', appFte, refFte], ['free-text clause', appText, refText]]) {
    const sa = stats(a);
    const sr = stats(r);
    rows.push({ what: `keystroke → next frame, ${what}, CPU ×${rate}`, app: sa, ref: sr, ratio: sa.p95 / sr.p95 });
  }
  rows.push({ what: `app processing per keystroke (edit → DOM), FTE field, CPU ×${rate}`, app: stats(appProc) });
  rows.push({ what: `app processing per keystroke, free-text clause, CPU ×${rate}`, app: stats(appTextProc) });
  if (rate === 1 && !process.env.BENCH_RATES) {
    // Ten fresh loads of each, alternating (the first load of a fresh browser alone is noisy).
    const [appCold, refCold] = await coldStarts(browser, [{ url: appUrl, ready: '#view-heading' }, { url: refUrl, ready: 'body[data-ready="true"]' }]);
    const q = (s) => ({ median: s[LOADS / 2], max: s[LOADS - 1] });
    rows.push({ what: `cold start to interactive (ms, local server, ${LOADS} loads)`, app: q(appCold), ref: q(refCold), ratio: appCold[LOADS / 2] / refCold[LOADS / 2] });
    // A long session: 1 000 edits of FTE values; memory after the first quarter and at the end.
    await nav(app.page, 'Henkilöstö');
    await app.page.bringToFront();
    await app.page.fill('#f-staffing-rows-1-fte', '0,5');
    await app.page.focus('#f-staffing-rows-1-fte');
    let first;
    for (let i = 0; i < 1000; i++) {
      await app.page.keyboard.press(i % 2 ? 'Backspace' : '7');
      if (i === 249) {
        await app.page.evaluate(() => window.gc && window.gc());
        first = await memory(app.page);
      }
    }
    await app.page.waitForTimeout(300);
    const last = await memory(app.page);
    const total = (m) => (m.js + m.wasm) / 1e6;
    rows.push({
      what: 'memory (JS heap + wasm, MB) after 250 edits → after 1 000 edits',
      app: { median: total(first), max: total(last) },
      ratio: total(last) / total(first),
    });
  }
  await context.close();
  await refContext.close();
}
await browser.close();
appServer.close();
benchServer.close();

console.log('| measurement | app median | app p95 | app max | reference median | reference p95 | app/reference (p95) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.what} | ${ms(r.app?.median)} | ${ms(r.app?.p95)} | ${ms(r.app?.max)} | ${ms(r.ref?.median)} | ${ms(r.ref?.p95)} | ${r.ratio ? r.ratio.toFixed(2) : '–'} |`);
}

console.log('');
console.log('| main-thread time per keystroke (ms) | script | style | layout | all tasks |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const b of breakdown) {
  console.log(`| ${b.what} | ${ms(b.script)} | ${ms(b.style)} | ${ms(b.layout)} | ${ms(b.task)} |`);
}

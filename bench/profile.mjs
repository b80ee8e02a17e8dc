// Where a keystroke's time goes, to find the cause when bench/measure.mjs misses a target: a CPU
// profile of 200 keystrokes (script per function, self and inclusive, in ms per keystroke) and a trace
// of 100 more (the browser's own phases — paint, layerize, layout — in ms per keystroke).
//
//   [TOP=n] [MATCH=regex] node bench/profile.mjs [app|reference] [clause|fte] [cpu-rate]
//
// The app is served from $DIST (default dist/); function names need a build that keeps them:
//   sed 's|data-wasm-opt-params="|data-keep-debug data-wasm-opt-params="-g |' index.html > names.html
//   trunk build --release --offline=true --dist /tmp/names names.html && node scripts/postbuild.mjs /tmp/names
//   DIST=/tmp/names node bench/profile.mjs app clause
// Trace figures are inflated by tracing itself and nest (a parent counts its children): compare the
// app with the reference, or a build with another, not with measure.mjs.
import { serve } from '../scripts/serve.mjs';
import { KEYS, launch, nav, openLarge, openReference } from './pages.mjs';

const [which = 'app', field = 'clause', rate = '1'] = process.argv.slice(2);
const root = new URL('..', import.meta.url).pathname;

async function open(browser) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  if (which === 'reference') {
    const server = await serve(`${root}bench`, '127.0.0.1', 0);
    await openReference(page, `http://127.0.0.1:${server.address().port}/reference.html`);
    return { page, server, sel: field === 'fte' ? '#fte-0' : '#clause' };
  }
  const server = await serve(process.env.DIST ?? `${root}dist`, '127.0.0.1', 0);
  await openLarge(page, `http://127.0.0.1:${server.address().port}/`);
  if (field !== 'fte') return { page, server, sel: '#wording-area textarea' };
  await nav(page, 'Henkilöstö');
  return { page, server, sel: '#f-staffing-rows-0-fte' };
}

async function type(page, n) {
  // As measure.mjs: one key every 15 ms.
  const keys = KEYS[field === 'fte' ? 'fte' : 'clause'];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(keys[i % keys.length]);
    await page.waitForTimeout(15);
  }
  await page.waitForTimeout(300);
}

// TOP=n lists more functions; MATCH=regex keeps only the names it matches (e.g. MATCH=tym_ for the app's own);
// PROFILE_OUT=file keeps the CPU profile.
const keep = new RegExp(process.env.MATCH ?? '');
const top = (m, k, n) => [...m.entries()].filter(([name]) => keep.test(name)).sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, v]) => `${(v / n).toFixed(3)}  ${name.slice(0, 150)}`).join('\n');

const browser = await launch();
const { page, server, sel } = await open(browser);
if (field === 'fte') await page.fill(sel, '0,5');
await page.focus(sel);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
const doms = await page.evaluate(() => ({ elements: document.getElementsByTagName('*').length, controls: document.querySelectorAll('input, select, textarea, button').length }));
console.log(`${which}, ${field}, CPU ×${rate}: ${doms.elements} elements, ${doms.controls} controls`);

await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const PROFILED = 200;
await type(page, PROFILED);
const { profile } = await cdp.send('Profiler.stop');
// PROFILE_OUT=file.cpuprofile keeps the profile, for Chromium's DevTools or a call tree.
if (process.env.PROFILE_OUT) (await import('node:fs')).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
const self = new Map();
const inclusive = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const leaf = name(byId.get(profile.samples[i]));
  self.set(leaf, (self.get(leaf) ?? 0) + dt);
  const seen = new Set();
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const nm = name(byId.get(id));
    if (!seen.has(nm)) inclusive.set(nm, (inclusive.get(nm) ?? 0) + dt);
    seen.add(nm);
  }
}
console.log(`\nCPU profile, ms per keystroke, self:\n${top(self, 25, PROFILED)}`);
console.log(`\ninclusive:\n${top(inclusive, Number(process.env.TOP ?? 45), PROFILED)}`);

const TRACED = 100;
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'] });
await type(page, TRACED);
const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
const phases = new Map();
for (const e of traceEvents) if (e.ph === 'X' && e.dur) phases.set(e.name, (phases.get(e.name) ?? 0) + e.dur / 1000);
console.log(`\ntrace, ms per keystroke:\n${top(phases, 30, TRACED)}`);

await browser.close();
server.close();

// Shared harness of the end-to-end tests: serves the release build (dist/) on 127.0.0.1, runs a decoy
// HTTP proxy on 127.0.0.2 that every non-local request of the browser is routed to, launches Debian's
// Chromium through playwright-core, and collects console errors.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  // Chromium's own calls home (autofill, sign-in, safe browsing, metrics) would reach the decoy; the
  // test is about what the app sends, so the browser's services are switched off, not filtered out.
  '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter,DialMediaRouteProvider,AccountConsistency,SignInProfileCreation,PrivacySandboxSettings4',
  '--disable-client-side-phishing-detection', '--disable-default-apps', '--disable-domain-reliability',
  '--no-pings', '--disable-breakpad', '--metrics-recording-only', '--password-store=basic',
  '--use-mock-keychain', '--disable-extensions', '--safebrowsing-disable-auto-update',
];

// Chromium's own background services (clock sync, component and extension updates, sign-in, autofill)
// still call home through the proxy despite the flags above. They are the browser's, not the app's, so
// they are listed here by exact host and every other host counts as a leak.
export const BROWSER_SERVICE_HOSTS = new Set([
  'accounts.google.com', 'clients2.google.com', 'update.googleapis.com', 'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com', 'safebrowsing.googleapis.com', 'redirector.gvt1.com',
  'edgedl.me.gvt1.com', 'www.googleapis.com', 'android.clients.google.com',
]);

function hostOf(hit) {
  const target = hit.split(' ')[1] ?? '';
  try {
    return target.startsWith('http') ? new URL(target).hostname : target.split(':')[0];
  } catch {
    return target;
  }
}

export async function startDecoy() {
  const hits = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(418).end();
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.2', ok));
  return {
    hits,
    port: server.address().port,
    /** Requests that did not come from Chromium's own services: must stay empty. */
    leaks: () => hits.filter((h) => !BROWSER_SERVICE_HOSTS.has(hostOf(h))),
    close: () => new Promise((ok) => server.close(ok)),
  };
}

export const DIST = new URL('../../dist', import.meta.url).pathname;

/** Serves the built app (`dist`, or a changed copy of it) on a free port, under `base` (a sub-path). */
export async function startApp(dir = DIST, { base = '/' } = {}) {
  const server = await serve(dir, '127.0.0.1', 0, { base });
  const port = server.address().port;
  return { url: `http://127.0.0.1:${port}${base}`, port, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches a persistent-profile Chromium whose only way out is the decoy proxy. */
export async function launch({ app, decoy, profile, extraArgs = [] }) {
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'tym-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // A page opened from a file (`app.port` undefined) has no server to bypass the proxy for.
    args: [...ARGS, `--proxy-server=http://127.0.0.2:${decoy.port}`, ...(app.port ? [`--proxy-bypass-list=127.0.0.1:${app.port}`] : []), ...extraArgs],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const errors = [];
  // Every request the pages and the service worker make, to check they all go to the app's origin.
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    errors,
    requests,
    /** Requests to anything but the app's own static files (blob: downloads are made in the page). */
    foreignRequests: () => requests.filter((u) => !u.startsWith(app.url) && !u.startsWith('blob:')),
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => {});
      if (!keepProfile && !profile) {
        // A leftover temporary profile is not a failure of the app.
        try {
          rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
        } catch {}
      }
    },
  };
}

/** Opens the app and waits until Yew has rendered the start view. */
export async function openApp(context, url) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForSelector('#view-heading');
  return page;
}

/** Goes to a view by the start of its navigation button's name (a badge may follow it). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Asserts that axe-core (WCAG 2.0/2.1 A and AA) finds no violation on the page as it is, `state`
 * naming it in the message. The strict CSP blocks script tags; evaluating the source in the page works. */
export async function assertAxeClean(page, state) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(violations, [], `axe violations in ${state}`);
}

/** Loads axe-core into the page (for a test that runs it with other rules). */
export const loadAxe = (page) => page.evaluate(AXE);

export const nav = (page, name) => page.locator('nav').getByRole('button', { name: new RegExp(`^${name}`) }).click();

/**
 * The first own-text field of a topic's wording on the open view (`#wording-area textarea`); when the
 * topic has only generated text, its first clause is made own text first, as a user would.
 */
export async function ownText(page, topic) {
  const sel = `#wording-${topic} textarea`;
  if ((await page.locator(sel).count()) === 0) {
    await page.locator(`#wording-${topic} .generated button`).first().click();
    await page.waitForSelector(sel);
  }
  return `#wording-${topic} textarea >> nth=0`;
}

/**
 * Focuses `sel` and pastes `data` into it as the browser does on Ctrl+V: a ClipboardEvent carrying a
 * DataTransfer with 'text/plain'. A block of cells opens the paste dialog (issue 21).
 */
export async function pasteInto(page, sel, data, html) {
  await page.focus(sel);
  await page.evaluate(([sel, data, html]) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', data);
    // A spreadsheet also puts the range on the clipboard as an HTML table.
    if (html) dt.setData('text/html', html);
    document.querySelector(sel).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [sel, data, html]);
}

/** Waits for the paste dialog's preview to allow Paste, and pastes. */
export async function confirmPaste(page) {
  await page.waitForFunction(() => document.querySelector('#paste-dialog')?.open && !document.querySelector('#paste-confirm').disabled);
  await page.click('#paste-confirm');
}

export async function openPreset(page, id) {
  await page.getByRole('button', { name: 'Aloitus' }).click();
  await page.click(`#preset-${id}`);
  // The agreement's file is read after the click: wait for the agreement view, not any heading.
  await page.waitForSelector('#f-meta-title');
}

/**
 * The usual suite: the app served, the decoy proxy, one browser with the app open; closed afterwards.
 * `bind` receives { app, decoy, browser, page } once they exist; `prepare` then runs in the same hook
 * (top-level `before` hooks of node:test run concurrently, so a second one could not rely on these).
 * `base` serves the app under a sub-path.
 */
/**
 * The workshop's starting point for the persons-vs-FTE question: Läntinen Pirkanmaa with one person on
 * each of its six staff rows and a second cost item, "Johtava henkilö" 78 400 € (the preset's own
 * item, the development days, is item 0).
 */
export async function workshopDraft(page) {
  await page.click('#preset-lantinen-pirkanmaa');
  await nav(page, 'Henkilöstö');
  for (let i = 0; i < 6; i++) await page.fill(`#f-staffing-rows-${i}-persons`, '1');
  await nav(page, 'Kustannukset');
  await page.click('#add-cost-item');
  await page.fill('#f-costs-items-1-name', 'Johtava henkilö');
  await page.fill('#f-costs-items-1-amount', '78 400');
}

export function useApp(bind, prepare = async () => {}, { base = '/' } = {}) {
  const ctx = {};
  before(async () => {
    ctx.app = await startApp(DIST, { base });
    ctx.decoy = await startDecoy();
    ctx.browser = await launch({ app: ctx.app, decoy: ctx.decoy });
    ctx.page = await openApp(ctx.browser.context, ctx.app.url);
    bind(ctx);
    await prepare(ctx);
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.app?.close();
    await ctx.decoy?.close();
  });
  return ctx;
}

/** The closing test of a suite: nothing left the browser and the console stayed clean. */
export function nothingLeft(ctx) {
  test('no request left the browser and no console error occurred', () => {
    assert.deepEqual(ctx.decoy.leaks(), []);
    assert.deepEqual(ctx.browser.foreignRequests(), []);
    assert.deepEqual(ctx.browser.errors, []);
  });
}

// Accessibility: axe-core (WCAG 2.0/2.1 A and AA) in every view and state, and a keyboard-only flow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, startDecoy, launch, openApp, assertAxeClean, loadAxe } from './harness.mjs';

let app, decoy, browser, page;

before(async () => {
  app = await startApp();
  decoy = await startDecoy();
  browser = await launch({ app, decoy });
  page = await openApp(browser.context, app.url);
});

after(async () => {
  await browser?.close();
  await app?.close();
  await decoy?.close();
});


const VIEWS = ['Sopimus', 'Henkilöstö', 'Kustannukset', 'Tarkistukset', 'Vertailu', 'Asiakirja'];

async function go(view) {
  await page.locator('nav').getByRole('button', { name: new RegExp(`^${view}`) }).click();
  await page.waitForFunction((t) => document.querySelector('#view-heading')?.textContent === t, view);
}

test('axe finds a violation when there is one (control)', async () => {
  await page.evaluate(() => {
    const i = document.createElement('input');
    i.id = 'unlabelled-control';
    document.querySelector('main').append(i);
  });
  await loadAxe(page);
  const ids = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a'] } })).violations.map((v) => v.id));
  assert.ok(ids.includes('label'), ids.join());
  await page.evaluate(() => document.getElementById('unlabelled-control').remove());
});

test('the empty app has no violations', async () => {
  await assertAxeClean(page, 'start view');
  for (const v of VIEWS) {
    await go(v);
    await assertAxeClean(page, `${v} without a draft`);
  }
});

test('every view filled from a preset has no violations', async () => {
  await go('Aloitus');
  await page.click('#preset-lantinen-pirkanmaa');
  await go('Kustannukset');
  await page.click('#add-cost-item');
  await page.fill('#f-costs-items-0-amount', '78 400');
  for (const v of VIEWS) {
    await go(v);
    // The document's preview comes from the lazy module, a moment after the view.
    if (v === 'Asiakirja') await page.waitForSelector('#document .doc-section');
    await assertAxeClean(page, `${v} with Läntinen Pirkanmaa`);
  }
});

test('editable tables laid out as flex rows are still tables to assistive technology', async () => {
  // The edit tables change the display of table elements for speed (styles/app.css); Chromium's own
  // accessibility tree must still see a table with rows, column headers and cells holding the fields.
  await go('Henkilöstö');
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: "document.getElementById('staff-table')" });
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
  const { nodes: tree } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(tree.map((n) => [n.nodeId, n]));
  const table = tree.find((n) => n.backendDOMNodeId === node.backendNodeId);
  assert.equal(table.role.value, 'table');
  const descendants = (n) => (n.childIds ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id), ...descendants(byId.get(id))] : []));
  const roles = descendants(table).map((n) => n.role?.value);
  const count = (r) => roles.filter((x) => x === r).length;
  const rows = await page.locator('#staff-table tbody tr').count();
  assert.ok(rows > 0);
  assert.equal(count('row'), rows + 1, 'a row per staff row and the header row');
  assert.equal(count('columnheader'), 7);
  assert.equal(count('cell'), rows * 7);
  assert.equal(count('combobox'), rows * 2, 'party and sector selects inside the cells');
});

test('validation errors and the alert have no violations', async () => {
  await go('Henkilöstö');
  await page.fill('#f-staffing-rows-0-fte', 'paljon');
  assert.equal(await page.getAttribute('#f-staffing-rows-0-fte', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#f-staffing-rows-0-fte-error'), /Anna henkilötyövuodet numerona/);
  await assertAxeClean(page, 'staffing with a validation error');
  await page.fill('#f-staffing-rows-0-fte', '0,75');
  await go('Aloitus');
  await page.setInputFiles('#open-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await page.waitForSelector('#alert p');
  await assertAxeClean(page, 'start view with an error alert');
  await page.click('#alert button');
});

test('dialogs, projector mode and the accessibility statement have no violations', async () => {
  await page.click('#share');
  await page.waitForSelector('#share-dialog[open]');
  // Its contents come from the lazy module: checked once they are in.
  await page.waitForSelector('#share-passphrase');
  await assertAxeClean(page, 'share dialog open');
  await page.keyboard.press('Escape');
  await go('Aloitus');
  await page.getByRole('button', { name: /^Poista Läntinen Pirkanmaa/ }).click();
  await page.waitForSelector('#confirm-delete[open]');
  await assertAxeClean(page, 'delete confirmation open');
  await page.click('#confirm-delete .cancel');
  // Projector mode is the live editor in large type with the summary as a band; with a second variant
  // the variants side by side come under it.
  await go('Sopimus');
  await page.click('#new-variant');
  await page.waitForFunction(() => document.querySelectorAll('#variant-switch option').length === 2);
  await page.keyboard.press('Alt+p');
  await page.waitForSelector('.projector-table');
  await assertAxeClean(page, 'projector mode');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.documentElement.classList.contains('projector'));
  await page.click('#accessibility-link');
  await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Saavutettavuusseloste');
  // The statement's paragraphs come from the lazy module.
  await page.waitForFunction(() => document.querySelectorAll('#main section p').length >= 6);
  await assertAxeClean(page, 'accessibility statement');
});

test('the Swedish interface has no violations and sets lang', async () => {
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  // Swedish is loaded from the app's own i18n/sv.json on first use.
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await assertAxeClean(page, 'start view in Swedish');
  await page.locator('nav').getByRole('button', { name: /^Kostnader/ }).click();
  await assertAxeClean(page, 'costs in Swedish');
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
});

test('keyboard only: draft a staff row, change a cost rule, open the checks', async () => {
  // A fresh profile, so the app starts on the start view with an empty library.
  assert.deepEqual(browser.errors, [], 'no console error in the first profile');
  assert.deepEqual(browser.foreignRequests(), []);
  await browser.close();
  browser = await launch({ app, decoy });
  page = await openApp(browser.context, app.url);
  // Skip link first.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  // Forward with Tab; back to the navigation (before the view's heading) with Shift+Tab.
  const tabTo = async (predicate, limit = 80, key = 'Tab') => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`not reached by Tab: ${predicate}`);
  };
  await tabTo(() => document.activeElement.id === 'preset-lantinen-pirkanmaa');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Sopimus');
  await tabTo(() => document.activeElement.textContent === 'Henkilöstö', 20, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'view-heading');
  await tabTo(() => document.activeElement.id === 'f-staffing-rows');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'f-staffing-rows-7-party');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pohjoinen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('työhönvalmentaja');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0,5');
  await page.waitForFunction(() => document.querySelector('#total-fte')?.textContent === '5,055');
  // Costs: add an item and change its rule with the arrow keys.
  await tabTo(() => document.activeElement.textContent === 'Kustannukset', 200, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await tabTo(() => document.activeElement.id === 'add-cost-item');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'f-costs-items-1-name');
  await page.keyboard.type('Kehittämispäivä');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3000');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#f-costs-items-1-rule'), 'staff_persons');
  // Checks: open them and follow a finding to its field.
  await tabTo(() => document.activeElement.textContent?.startsWith('Tarkistukset'), 200, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Tarkistukset');
  await tabTo(() => document.activeElement.textContent === 'Siirry kenttään');
  await page.keyboard.press('Enter');
  // Findings are grouped by severity, then by section in the agreement's order: the first law finding
  // is the county naming the lead person's deputy (R7, 388/2024 4 § 1 mom.) and takes focus there.
  await page.waitForFunction(() => document.activeElement?.id === 'f-lead_person-deputy_named_by');
  assert.equal(await page.textContent('#view-heading'), 'Sopimus');
});

test('no request left the browser and no console error occurred', async () => {
  assert.deepEqual(decoy.leaks(), []);
  assert.deepEqual(browser.foreignRequests(), []);
  assert.deepEqual(browser.errors, []);
});

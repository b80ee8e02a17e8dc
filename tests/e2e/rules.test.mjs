// The rules page (pages/rules.rs) lists the checker's registry with the statute wording in force, in
// Finnish and Swedish; and every finding's "go to field" reaches the field its path names, for one
// finding of each rule the real agreements and the blank template raise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, nothingLeft, nav, openPreset } from './harness.mjs';

let app, decoy, browser, page;

const suite = useApp((c) => ({ app, decoy, browser, page } = c));

test('the rules page lists every rule with its citations and the statute wording', async () => {
  await nav(page, 'Säännöt');
  await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Säännöt');
  // The catalogue is rendered by the lazy module, loaded when the page is first opened.
  await page.waitForSelector('#rule-R26');
  const ids = await page.$$eval('section.rule h2 .rule-id', (xs) => xs.map((x) => x.textContent));
  assert.deepEqual(ids, Array.from({ length: 27 }, (_, i) => `R${i}`));
  const r7 = page.locator('section.rule', { has: page.locator('#rule-R7') });
  assert.match(await r7.textContent(), /asetus 388\/2024 4 § 1 mom\./);
  assert.match(await r7.textContent(), /Työvoimaviranomainen nimeää organisointia johtavan henkilön ja tämän varahenkilön/);
  // 381/2023 9 § is cited as amended by 437/2024, with the amended wording.
  const r2 = page.locator('section.rule', { has: page.locator('#rule-R2') });
  assert.match(await r2.textContent(), /laki 381\/2023 9 § 1 mom\. \(437\/2024\)/);
  assert.match(await r2.textContent(), /Johtoryhmä, johon kuuluu useampi työvoimaviranomainen/);
});

test('in Swedish the rules cite in Swedish and quote the Swedish statute text', async () => {
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Regler');
  await page.waitForFunction(() => document.querySelector('#rules blockquote')?.lang === 'sv');
  const r3 = page.locator('section.rule', { has: page.locator('#rule-R3') });
  assert.match(await r3.textContent(), /förordning 388\/2024 1 § 2 mom\./);
  assert.match(await r3.textContent(), /deras personliga ersättare/);
  assert.equal(await r3.locator('blockquote').first().getAttribute('lang'), 'sv');
  const r10 = page.locator('section.rule', { has: page.locator('#rule-R10') });
  assert.match(await r10.textContent(), /förordning 388\/2024 3 § 1 punkten/);
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
});

/** For one finding of each rule on the open draft: "go to field" focuses the field of its path. */
async function eachRuleReachesItsField(label, reached) {
  await nav(page, 'Tarkistukset');
  await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Tarkistukset');
  const findings = await page.$$eval('li.finding', (ls) => ls.map((l) => ({ rule: l.dataset.rule, field: l.dataset.field })));
  const first = new Map();
  findings.forEach((f, i) => first.has(f.rule) || first.set(f.rule, { ...f, i }));
  const missed = [];
  for (const [rule, f] of first) {
    await nav(page, 'Tarkistukset');
    await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Tarkistukset');
    await page.locator('li.finding').nth(f.i).getByRole('button', { name: 'Siirry kenttään' }).click();
    try {
      await page.waitForFunction((id) => document.activeElement?.id === id, f.field, { timeout: 3000 });
      reached.add(rule);
    } catch {
      missed.push(`${label} ${rule} ${f.field} (focus on ${await page.evaluate(() => document.activeElement?.id)})`);
    }
  }
  assert.deepEqual(missed, []);
}

test('go to field reaches the field of one finding per rule', async () => {
  const reached = new Set();
  for (const id of ['keski-pohjanmaa', 'lantinen-pirkanmaa', 'keski-uusimaa-luonnos', 'satakunta', 'etelainen-keski-suomi']) {
    await openPreset(page, id);
    await eachRuleReachesItsField(id, reached);
  }
  await page.getByRole('button', { name: 'Aloitus' }).click();
  await page.click('#new-blank');
  await page.waitForSelector('#f-meta-title');
  await eachRuleReachesItsField('blank', reached);
  // The rules the real agreements and the blank template raise, each followed to its field.
  for (const rule of ['R0', 'R3', 'R4', 'R6', 'R7', 'R8', 'R9', 'R11', 'R12', 'R13', 'R15', 'R16', 'R17', 'R18', 'R19', 'R20', 'R23', 'R24', 'R25', 'R26']) {
    assert.ok(reached.has(rule), `${rule} not reached: ${[...reached]}`);
  }
});

test('the vice-chair as the decision names it is a field the user corrects, and R25 then goes quiet', async () => {
  // Eteläinen Keski-Suomi: section 8 gives the vice-chair to the county, the board's decision chooses it.
  await openPreset(page, 'etelainen-keski-suomi');
  await nav(page, 'Tarkistukset');
  await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Tarkistukset');
  const r25 = page.locator('li.finding[data-rule="R25"]');
  assert.equal(await r25.count(), 1);
  assert.match(await r25.textContent(), /kohdan 8 .*työllisyysaluelautakunta 16 §/);
  assert.match(await r25.textContent(), /asetus 388\/2024 1 § 3 mom\./);
  await r25.getByRole('button', { name: 'Siirry kenttään' }).click();
  const field = '#f-steering_group-decision-vice_chair_named_by';
  await page.waitForFunction((id) => document.activeElement?.id === id.slice(1), field);
  assert.equal(await page.locator(field).evaluate((e) => e.labels[0]?.textContent), 'Päätöksessä varapuheenjohtajan valitsee');
  await page.selectOption(field, 'wc-ks');
  await nav(page, 'Tarkistukset');
  await page.waitForFunction(() => document.querySelector('#view-heading')?.textContent === 'Tarkistukset');
  await page.waitForSelector('li.finding');
  assert.equal(await page.locator('li.finding[data-rule="R25"]').count(), 0);
});

nothingLeft(suite);

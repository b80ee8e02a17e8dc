// Sharing without a server: a draft through a link (plain and with a passphrase) and through an
// encrypted file, each opened in a second browser profile; a wrong passphrase, a truncated link and a
// link too large for browsers give clear messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { startApp, startDecoy, launch, openApp, ownText } from './harness.mjs';

let app, decoy, alice, bob, page;

before(async () => {
  app = await startApp();
  decoy = await startDecoy();
  alice = await launch({ app, decoy });
  page = await openApp(alice.context, app.url);
  await page.click('#preset-lantinen-pirkanmaa');
  await page.fill('#f-meta-title', 'Läntinen Pirkanmaa, jaettava');
});

after(async () => {
  await alice?.close();
  await bob?.close();
  await app?.close();
  await decoy?.close();
});

async function makeLink(passphrase) {
  await page.click('#share');
  await page.fill('#share-passphrase', passphrase);
  await page.click('#make-link');
  await page.waitForFunction(() => document.querySelector('#share-message')?.textContent !== '');
  const link = await page.inputValue('#share-link');
  await page.click('#share-dialog .cancel');
  return link;
}

async function receiver() {
  await bob?.close();
  bob = await launch({ app, decoy });
  return bob.context.pages()[0] ?? (await bob.context.newPage());
}

test('a plain link opens in another browser as a new draft', async () => {
  const link = await makeLink('');
  assert.match(link, /#tym1\.[A-Za-z0-9_-]+$/);
  const other = await receiver();
  await other.goto(link);
  await other.waitForSelector('#incoming-summary');
  assert.match(await other.textContent('#incoming-summary'), /Läntinen Pirkanmaa, jaettava/);
  // The address no longer carries the draft.
  assert.ok(!other.url().includes('#tym1'), other.url());
  await other.click('#import-draft');
  await other.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Läntinen Pirkanmaa, jaettava');
  assert.equal(await other.inputValue('#f-staffing-rows-0-fte').catch(() => null), null, 'the agreement view is open');
});

test('a link with a passphrase: a wrong one is refused, the right one imports', async () => {
  const link = await makeLink('kolme sanaa tässä');
  assert.match(link, /#tym1e\./);
  const other = await receiver();
  await other.goto(link);
  await other.waitForSelector('#incoming-passphrase');
  await other.fill('#incoming-passphrase', 'väärä');
  await other.click('#unlock');
  await other.waitForFunction(() => document.querySelector('#incoming-error')?.textContent.includes('Väärä salasana'));
  await other.fill('#incoming-passphrase', 'kolme sanaa tässä');
  await other.click('#unlock');
  await other.waitForSelector('#import-draft');
  await other.click('#import-draft');
  await other.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Läntinen Pirkanmaa, jaettava');
});

test('the incoming passphrase takes the focus and Enter in it unlocks', async () => {
  const link = await makeLink('enter avaa');
  const other = await receiver();
  await other.goto(link);
  await other.waitForFunction(() => document.activeElement?.id === 'incoming-passphrase');
  await other.keyboard.type('enter avaa');
  await other.keyboard.press('Enter');
  await other.waitForSelector('#import-draft');
  assert.match(await other.textContent('#incoming-summary'), /Läntinen Pirkanmaa, jaettava/);
  assert.equal(await other.textContent('#incoming-error'), '');
});

test('the share dialog says a link stays in the browser history and recommends a passphrase', async () => {
  await page.click('#share');
  assert.match(await page.textContent('#share-history'), /selaimen historiaan.*salasanalla/);
  await page.click('#share-dialog .cancel');
});

test('the passphrase takes the focus and Enter in it creates the link without leaving the page', async () => {
  await page.click('#share');
  await page.waitForFunction(() => document.activeElement?.id === 'share-passphrase');
  assert.equal(await page.getAttribute('#share-message', 'role'), 'status');
  await page.keyboard.type('rivinvaihto');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#share-message')?.textContent !== '');
  assert.match(await page.inputValue('#share-link'), /#tym1e\./);
  assert.match(await page.textContent('label[for="share-link"]'), /Linkki/);
  assert.ok(await page.evaluate(() => document.querySelector('#share-dialog').open), 'the page was not submitted');
  await page.click('#share-dialog .cancel');
});

const linkOf = (bytes) => `${app.url}#tym1.${Buffer.from(bytes).toString('base64url')}`;

test('a link from a newer version of the app asks for an update, not "damaged"', async () => {
  const other = await receiver();
  await other.goto(`${app.url}#tym2.AAAA`);
  await other.waitForFunction(() => document.querySelector('#alert p')?.textContent.includes('Päivitä sovellus'));
  const newer = JSON.stringify({ format: 'tym-agreement', version: 99, agreement: {} });
  await other.goto(linkOf(deflateRawSync(Buffer.from(newer))));
  await other.reload();
  await other.waitForFunction(() => document.querySelector('#incoming-error')?.textContent.includes('uudemmalla versiolla'));
});

test('a link that inflates past 5 MiB is refused without unpacking it whole', async () => {
  const other = await receiver();
  // 64 MiB of spaces deflate to some 64 kB.
  const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
  const t0 = Date.now();
  await other.goto(linkOf(bomb));
  await other.waitForFunction(() => document.querySelector('#incoming-error')?.textContent.includes('yli 5 MiB'));
  assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
});

test('a truncated link says it is damaged', async () => {
  const link = await makeLink('');
  const other = await receiver();
  await other.goto(link.slice(0, link.length - 40));
  await other.waitForFunction(() => document.querySelector('#incoming-error, #alert p')?.textContent.includes('vioittunut'));
});

test('an encrypted file round-trips with its passphrase', async () => {
  await page.click('#share');
  await page.fill('#share-passphrase', 'tiedoston salasana');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-encrypted')]);
  await page.click('#share-dialog .cancel');
  const content = readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(content).format, 'tym-agreement-encrypted');
  assert.ok(!content.includes('Pirkanmaa'), 'nothing readable without the passphrase');
  const other = await receiver();
  await other.goto(app.url);
  await other.waitForSelector('#open-file');
  await other.setInputFiles('#open-file', { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(content) });
  await other.waitForSelector('#incoming-passphrase');
  await other.fill('#incoming-passphrase', 'tiedoston salasana');
  await other.click('#unlock');
  await other.click('#import-draft');
  await other.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Läntinen Pirkanmaa, jaettava');
});

test('a draft too large for a link is sent as a file instead', async () => {
  // Some 119 000 characters of random text, which does not compress, as the own wording of six
  // topics (one text may hold 20 000 characters, the file format's limit).
  for (const topic of ['purpose', 'parties', 'area', 'steering_group', 'objectives', 'arrangement']) {
    const noise = randomBytes(14_900).toString('base64');
    const sel = await ownText(page, topic);
    await page.locator(sel).evaluate((ta, t) => {
      ta.value = t;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, noise);
  }
  await page.click('#share');
  await page.click('#make-link');
  await page.waitForFunction(() => document.querySelector('#share-message')?.textContent.includes('liian suuri linkiksi'));
  assert.equal(await page.locator('#share-link').count(), 0);
  await page.click('#share-dialog .cancel');
});

test('no request left either browser and no console error occurred', async () => {
  assert.deepEqual(decoy.leaks(), []);
  assert.deepEqual(alice.foreignRequests(), []);
  assert.deepEqual(alice.errors, []);
  assert.deepEqual(bob.errors, []);
});

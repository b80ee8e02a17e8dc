// Saving to a file and opening files: a bad file of each kind shows the format layer's message in the
// user's language and leaves the open draft untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, nothingLeft } from './harness.mjs';

let app, decoy, browser, page;

const suite = useApp((c) => ({ app, decoy, browser, page } = c));

async function openFile(name, content) {
  await page.locator('nav').getByRole('button', { name: /^(Aloitus|Start)/ }).click();
  await page.setInputFiles('#open-file', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

async function draftTitle() {
  await page.locator('nav').getByRole('button', { name: /^(Sopimus|Avtal|Agreement)$/ }).click();
  return page.inputValue('#f-meta-title');
}

test('a draft saved to a file opens again identically', async () => {
  await page.click('#preset-keski-pohjanmaa');
  await page.fill('#f-meta-title', 'Keski-Pohjanmaa 2026');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tallenna tiedostoon' }).click()]);
  assert.equal(download.suggestedFilename(), 'Keski-Pohjanmaa-2026.tym.json');
  const saved = readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(saved).format, 'tym-agreement');
  await page.click('text=Aloitus');
  await page.click('#preset-satakunta');
  assert.equal(await draftTitle(), 'Satakunta');
  // The file names its draft of the library (its lineage): opening it offers to merge it into that
  // draft or to open it as a new one, as before.
  assert.equal(typeof JSON.parse(saved).lineage.draft, 'string');
  await page.locator('nav').getByRole('button', { name: /^Aloitus/ }).click();
  await page.waitForFunction(() => document.querySelector('#library-table')?.textContent.includes('Keski-Pohjanmaa 2026'));
  await openFile('kp.tym.json', saved);
  await page.click('#merge-dialog[open] #merge-open-new');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent.includes('kp.tym.json'));
  assert.equal(await draftTitle(), 'Keski-Pohjanmaa 2026');
});

const BAD = [
  ['malformed.json', '{"format": "tym-agreement", "version": 1, "agreement": {', /ei ole kelvollista JSON-muotoa \(rivi 1/],
  ['future.json', '{"format": "tym-agreement", "version": 42, "agreement": {}}', /uudemmalla sovelluksen versiolla \(tiedostomuodon versio 42/],
  ['types.json', '{"format": "tym-agreement", "version": 1, "agreement": {"staffing": {"rows": [{"party": "ea", "fte": "paljon"}]}}}', /agreement\.staffing\.rows\[0\]\.fte/],
  ['other.json', '{"hello": "world"}', /ei ole yhteistyösopimustiedosto/],
  // Encodings the command line refuses too (it read them with replacement characters before).
  ['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"format": "tym-agreement", "version": 1, "agreement": {}}', 'utf16le')]), /UTF-16-merkistössä/],
  ['latin1.json', Buffer.from('{"format": "tym-agreement", "version": 1, "agreement": {"meta": {"title": "P\xe4ij\xe4t"}}}', 'latin1'), /ei ole UTF-8-tekstiä \(virheellinen tavu kohdassa 76\)/],
];

for (const [name, content, message] of BAD) {
  test(`a bad file (${name}) is refused with a message and the draft stays`, async () => {
    await openFile(name, content);
    await page.waitForFunction(() => document.querySelector('#alert p'));
    const alert = await page.textContent('#alert p');
    assert.ok(alert.startsWith(name), alert);
    assert.match(alert, message);
    await page.click('#alert button');
    assert.equal(await draftTitle(), 'Keski-Pohjanmaa 2026');
  });
}

test('a file over 5 MiB is refused before it is read', async () => {
  await openFile('huge.json', ' '.repeat(5 * 1024 * 1024 + 10));
  await page.waitForFunction(() => document.querySelector('#alert p'));
  assert.match(await page.textContent('#alert p'), /liian suuri.*Suurin sallittu koko on 5 MiB/);
  await page.click('#alert button');
  assert.equal(await draftTitle(), 'Keski-Pohjanmaa 2026');
});

test('a file dropped on the start view opens', async () => {
  await page.locator('nav').getByRole('button', { name: 'Aloitus' }).click();
  const content = JSON.stringify({ format: 'tym-agreement', version: 1, agreement: { meta: { title: 'Pudotettu' } } });
  const dt = await page.evaluateHandle((text) => {
    const d = new DataTransfer();
    d.items.add(new File([text], 'pudotettu.json', { type: 'application/json' }));
    return d;
  }, content);
  await page.dispatchEvent('#drop-zone', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: dt });
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Pudotettu');
  await page.keyboard.press('Control+z');
  await page.locator('nav').getByRole('button', { name: 'Aloitus' }).click();
  // The library holds the draft edited in the first test and the copy opened from its file: either is it.
  await page.getByRole('button', { name: 'Avaa Keski-Pohjanmaa 2026' }).first().click();
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Keski-Pohjanmaa 2026');
});

test('the message follows the interface language', async () => {
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  await openFile('future.json', '{"format": "tym-agreement", "version": 42}');
  await page.waitForFunction(() => document.querySelector('#alert p'));
  assert.match(await page.textContent('#alert p'), /nyare version/);
  await page.click('#alert button');
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
});

test('a message already on screen is reworded when the language changes', async () => {
  await openFile('future.json', '{"format": "tym-agreement", "version": 42}');
  await page.waitForFunction(() => /future\.json: .*uudemm/.test(document.querySelector('#alert p')?.textContent ?? ''));
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  await page.waitForFunction(() => /future\.json: .*nyare version/.test(document.querySelector('#alert p')?.textContent ?? ''));
  await page.click('#alert button');
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
});

test('UTF-8 with a byte-order mark opens, and a clause quoting the encrypted format stays an agreement', async () => {
  const file = { format: 'tym-agreement', version: 1, agreement: { meta: { title: 'BOM ja ”lainaus”' }, purpose: { text: 'Salattu tiedosto on muotoa "tym-agreement-encrypted".' } } };
  await openFile('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(file))]));
  await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'BOM ja ”lainaus”');
});

nothingLeft(suite);

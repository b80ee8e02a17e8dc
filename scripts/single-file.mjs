// Writes the single-file edition, dist/tym.html, from the built app: one page that opens from a disk,
// a shared drive or an email attachment (file://), with no request for any other file. Inside it:
// the styles (<style>), the app's own data files (the real agreements, the Swedish and English
// catalogues) as JSON data blocks that the app reads instead of fetching them (src/platform/mod.rs),
// the WebAssembly as a base64 data block (and the lazy module's, with its classic-script glue), and
// wasm-bindgen's glue in one inline module script that
// instantiates the module from those bytes. The CSP allows exactly that script and that style by
// their sha256 ('wasm-unsafe-eval' lets the module compile) and nothing else: no connection at all.
// Called by scripts/postbuild.mjs; `node scripts/single-file.mjs dist` runs it alone.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The one attribute value of the tag in `html` that matches `re`, which captures it. */
function pick(html, re, what) {
  const m = html.match(re);
  if (!m) throw new Error(`single-file: ${what} not found in index.html`);
  return m[1].replace(/^\.\//, '');
}

/** JSON text that is safe inside <script>: "<" only occurs in strings, where \u003c is the same. */
const inScript = (json) => json.replace(/</g, '\\u003c');

/** wasm-bindgen's `--target web` module as a plain module body: its exports become local names. */
function glueBody(js) {
  const body = js
    .replace(/^export (function|class|const|let|async function) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?\s*$/gm, '')
    .replace(/^export default [A-Za-z_$][\w$]*;?\s*$/gm, '');
  if (/^\s*(import|export)\b/m.test(body)) throw new Error('single-file: the glue imports or exports more than expected');
  if (!/\basync function __wbg_init\b/.test(body)) throw new Error('single-file: __wbg_init not found in the glue');
  if (/<\/script/i.test(body)) throw new Error('single-file: the glue contains </script');
  return body;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function writeSingleFile(dist) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const js = pick(index, /<link rel="modulepreload" href="([^"]+\.js)"/, 'the JS glue');
  const wasm = pick(index, /<link rel="preload" href="([^"]+\.wasm)"/, 'the wasm module');
  const css = pick(index, /<link rel="stylesheet" href="([^"]+\.css)"/, 'the stylesheet');
  const title = pick(index, /<title>([^<]*)<\/title>/, 'the title');
  const noscript = pick(index, /(<noscript>[\s\S]*?<\/noscript>)/, 'the noscript note');
  const bootNote = pick(index, /(<div id="boot-note"[\s\S]*?<\/div>)/, 'the start-up note');

  const style = readFileSync(join(dist, css), 'utf8');
  if (/<\/style/i.test(style)) throw new Error('single-file: the stylesheet contains </style');
  const data = walk(dist)
    .map((p) => relative(dist, p).split('\\').join('/'))
    .filter((p) => /^(presets|i18n)\/[\w.-]+\.json$/.test(p))
    .sort()
    .map((p) => `<script type="application/json" id="tym-file:${p}">${inScript(readFileSync(join(dist, p), 'utf8'))}</script>`);
  const wasmB64 = readFileSync(join(dist, wasm)).toString('base64');
  // The lazy module (import, DOCX/HTML export): its glue is a classic script that only defines the
  // global tym_lazy; its WebAssembly is a data block compiled on first use (src/platform/lazy.rs).
  const lazyJs = join(dist, 'lazy', 'tym_lazy.js');
  const lazy = existsSync(lazyJs)
    ? {
        script: readFileSync(lazyJs, 'utf8'),
        wasm: readFileSync(join(dist, 'lazy', 'tym_lazy_bg.wasm')).toString('base64'),
      }
    : null;
  if (lazy && /<\/script/i.test(lazy.script)) throw new Error('single-file: the lazy glue contains </script');

  // The bytes are decoded and compiled asynchronously (a synchronous compile of a large module on
  // the main thread is refused by some browsers). A failure leaves the start-up note visible.
  const script = `${glueBody(readFileSync(join(dist, js), 'utf8'))}
{
  const b64 = document.getElementById('tym-wasm').textContent.trim();
  const bytes = typeof Uint8Array.fromBase64 === 'function'
    ? Uint8Array.fromBase64(b64)
    : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  await __wbg_init({ module_or_path: bytes });
}
`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}${lazy ? ` ${sha256(lazy.script)}` : ''} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');

  const html = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- The single-file edition of the TYM agreement workbench, written by scripts/single-file.mjs.
     Everything it uses is in this file; the CSP allows no connection and only this page's own script
     and style (by hash). -->
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta id="tym-single-file" name="tym-edition" content="single-file">
<title>${title}</title>
<style>${style}</style>
${data.join('\n')}
<script type="application/octet-stream" id="tym-wasm">${wasmB64}</script>
${lazy ? `<script type="application/octet-stream" id="tym-lazy-wasm">${lazy.wasm}</script>\n<script>${lazy.script}</script>` : ''}
<script type="module">${script}</script>
</head>
<body>
${noscript}
${bootNote}
</body>
</html>
`;
  writeFileSync(join(dist, 'tym.html'), html);
  return { bytes: Buffer.byteLength(html), files: data.length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = writeSingleFile(process.argv[2] ?? 'dist');
  console.log(`single-file: tym.html ${r.bytes} B with ${r.files} data files`);
}

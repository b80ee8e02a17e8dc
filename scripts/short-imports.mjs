// Gives the app's WebAssembly imports short names, in the .wasm and in wasm-bindgen's JS glue at once.
// wasm-bindgen names each import after the JS it calls plus a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`); the name is written twice, as the key of the glue's import
// object and in the module's import section, and the hashes do not compress: some 4 kB gzip of the
// first download for ~230 names. Renamed `a`, `b`, … `Z`, `aa`, … they are the same functions under
// other keys. A name is renamed only if the glue holds it exactly once as a whole word (the import
// object's key); anything else stops the build rather than risk a glue that does not match its module.
// Called by scripts/postbuild.mjs before the single-file edition and the minifier read the files.
import { readFileSync, writeFileSync } from 'node:fs';

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new Error('short-imports: the wasm ends inside a number');
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/** Short names in order: a…z, A…Z, then two letters and so on. */
function shortName(k) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  k += 1;
  while (k > 0) {
    k -= 1;
    name = letters[k % 52] + name;
    k = Math.floor(k / 52);
  }
  return name;
}

/** The import section's entries: [module, field, the bytes of its description]. */
function readImports(bytes, start, end) {
  let [count, at] = leb(bytes, start);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const names = [];
    for (let n = 0; n < 2; n++) {
      let len;
      [len, at] = leb(bytes, at);
      names.push(utf8.decode(bytes.subarray(at, at + len)));
      at += len;
    }
    const descStart = at;
    const kind = bytes[at++];
    if (kind === 0) [, at] = leb(bytes, at); // function: type index
    else if (kind === 1 || kind === 2) {
      if (kind === 1) at++; // table: element type
      const flags = bytes[at++];
      [, at] = leb(bytes, at);
      if (flags & 1) [, at] = leb(bytes, at);
    } else if (kind === 3) at += 2; // global: value type, mutability
    else if (kind === 4) [, at] = leb(bytes, at + 1); // tag: attribute, type index
    else throw new Error(`short-imports: unknown import kind ${kind}`);
    entries.push([names[0], names[1], bytes.subarray(descStart, at)]);
  }
  if (at !== end) throw new Error('short-imports: the import section was not read to its end');
  return entries;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames the imports of `wasmPath` and their keys in `jsPath`; returns how many were renamed. */
export function shortenImports(wasmPath, jsPath) {
  const bytes = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  let at = 8;
  const parts = [bytes.subarray(0, 8)];
  let renamed = 0;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    const entries = readImports(bytes, body, end);
    const out = [...encodeLeb(entries.length)];
    for (const [module, field, desc] of entries) {
      const word = new RegExp(`(?<![\\w$])${escapeRe(field)}(?![\\w$])`, 'g');
      const found = js.match(word)?.length ?? 0;
      if (found !== 1) throw new Error(`short-imports: the glue names import ${field} ${found} times, not once`);
      const name = shortName(renamed++);
      js = js.replace(word, name);
      for (const s of [module, name]) {
        const b = encoder.encode(s);
        out.push(...encodeLeb(b.length), ...b);
      }
      out.push(...desc);
    }
    parts.push(Uint8Array.of(2, ...encodeLeb(out.length)), Uint8Array.from(out));
    at = end;
  }
  writeFileSync(wasmPath, Buffer.concat(parts));
  writeFileSync(jsPath, js);
  return renamed;
}

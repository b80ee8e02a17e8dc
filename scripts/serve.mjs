// A static file server for dist/ on a loopback address: what the README's serve command and the
// end-to-end tests use. No dependencies. It does what docs/deploying.md asks of any server:
// - the precompressed copy the build wrote (.br, else .gz) when the browser accepts it and the copy
//   is not older than its file, with Content-Encoding and Vary: Accept-Encoding;
// - hashed files (tym-app-<hash>.js, _bg.wasm, app-<hash>.css) cached for a year as immutable; every
//   other file (index.html, sw.js, the manifest, presets, catalogues, tym.html) revalidated on each use
//   (no-cache with an ETag, answered 304 when unchanged);
// - optionally under a sub-path (`base`, e.g. /tyollisyys/tym/): the app's relative URLs work there;
//   the sub-path without its slash is redirected, anything outside it is 404.
// Unknown paths inside the app get index.html (a single-page app).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Trunk's output names carry a content hash (up to 16 hex digits): tym-app-<hash>.js, …_bg.wasm, app-<hash>.css. */
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The encodings a request accepts, from its Accept-Encoding header (q=0 excluded). */
function accepted(header = '') {
  const out = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

async function fileOf(path) {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? info : null;
}

export function serve(dir, host = '127.0.0.1', port = 8080, { base = '/' } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      if (`${url.pathname}/` === prefix) {
        res.writeHead(301, { location: prefix + url.search }).end();
        return;
      }
      if (!url.pathname.startsWith(prefix)) {
        res.writeHead(404).end();
        return;
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length - 1))));
      if (!path.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      let info = await fileOf(path);
      if (!info) {
        path = join(root, 'index.html');
        info = await fileOf(path);
      }
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': HASHED.test(path) ? IMMUTABLE : 'no-cache',
        'x-content-type-options': 'nosniff',
        vary: 'Accept-Encoding',
      };
      let body = path;
      const accepts = accepted(req.headers['accept-encoding']);
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        const variant = accepts.has(enc) && (await fileOf(path + ext));
        // A copy older than its file is stale (the file was changed after the build): not sent.
        if (variant && variant.mtimeMs >= info.mtimeMs) {
          body = path + ext;
          info = variant;
          headers['content-encoding'] = enc;
          break;
        }
      }
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${headers['content-encoding'] ? `-${headers['content-encoding']}` : ''}"`;
      headers.etag = etag;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      headers['content-length'] = info.size;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : await readFile(body));
    } catch {
      if (!res.headersSent) res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', host = '127.0.0.1', port = '8080', base = '/'] = process.argv.slice(2);
  serve(dir, host, Number(port), { base }).then(() => console.log(`Serving ${dir} on http://${host}:${port}${base}`));
}

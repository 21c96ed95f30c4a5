// Serves the demo as a spa's site would: the pages of demo/ at /, the built bundle at
// /spa-scar-kit.js, gzipped as every host and CDN does, under a strict Content-Security-Policy
// with Trusted Types.
// Loopback only. PORT=8080 by default.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {gzipSync} from 'node:zlib';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

// The policy the README recommends: nothing inline, nothing eval'd, Lit's Trusted Types
// policy allowed by name, and booking pages allowed in the dialog's frame.
const CSP = [
  "default-src 'self'",
  "frame-src https:",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

function resolvePath(urlPath) {
  // The README's tag (`/spa-scar-kit.js`), and the path the configurator shares with the tests.
  if (urlPath === '/spa-scar-kit.js' || urlPath === '/dist/spa-scar-kit.js') return join(root, 'dist', 'spa-scar-kit.js');
  const path = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  const file = normalize(join(root, 'demo', decodeURIComponent(path)));
  return file.startsWith(join(root, 'demo')) ? file : null;
}

createServer(async (request, response) => {
  const file = resolvePath(new URL(request.url, 'http://x').pathname);
  try {
    if (!file) throw new Error('outside demo/');
    const body = await readFile(file);
    const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? {'Content-Encoding': 'gzip'} : {}),
    });
    response.end(gzip ? gzipSync(body) : body);
  } catch {
    response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'});
    response.end('Not found');
  }
}).listen(port, host, () => {
  console.log(`spa-scar-kit demo: http://${host}:${port}/`);
});

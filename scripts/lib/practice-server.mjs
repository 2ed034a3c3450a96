// A tiny static server for the practice pages (tests/fixtures/pages). Chromium maps every `*.test` host to it
// (--host-resolver-rules), so each practice site gets its own hostname, as real sites do.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRACTICE_PORT = Number(process.env.PRACTICE_PORT ?? 4179);
export const PRACTICE_ROOT = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));
export const HOST_RULES = '--host-resolver-rules=MAP *.test 127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` on `port`; resolves to { url, close } once listening. */
export function startPracticeServer({ port = PRACTICE_PORT, root = PRACTICE_ROOT, quiet = true } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, `.${rel}`);
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
      if (!quiet) console.log(`${req.headers.host ?? ''}${req.url}`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://practice.test:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { url } = await startPracticeServer({ quiet: false });
  console.log(`Practice pages on ${url} (map *.test to 127.0.0.1 in the browser)`);
}

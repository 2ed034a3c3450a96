// A tiny static server for the practice pages (tests/fixtures/pages). Chromium maps every `*.test` host, and the few
// real hostnames in PRACTICE_SITES, to it (--host-resolver-rules), so each practice site gets its own hostname, as
// real sites do.
//
// One port speaks both HTTP and HTTPS: the first byte of a connection tells them apart (0x16 starts a TLS
// handshake). The real chat sites are https-only and several are HSTS-preloaded, so Chromium upgrades
// http://web.whatsapp.com to https and never shows an http imitation; their practice pages are served over HTTPS
// with a self-signed certificate made at start-up, and test browsers pass --ignore-certificate-errors. This is what
// lets the guard pick its site adapters by the real hostname, with no test-only host in production code.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRACTICE_PORT = Number(process.env.PRACTICE_PORT ?? 4179);
export const PRACTICE_ROOT = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));

/**
 * Real hostnames that have a practice imitation, and the page that answers every path on them that is not a file
 * (a single-page app reads its own URL); a list of [path prefix, page] where one host has several. Only test
 * browsers map these names to this server.
 */
export const PRACTICE_SITES = {
  'web.whatsapp.com': 'sites/whatsapp.html',
  'web.telegram.org': 'sites/telegram.html',
  'www.instagram.com': 'sites/instagram.html',
  'www.messenger.com': 'sites/messenger.html',
  'discord.com': 'sites/discord.html',
  'www.roblox.com': 'sites/roblox.html',
  'www.tiktok.com': [
    ['/search', 'sites/search.html'],
    ['/', 'sites/tiktok.html'],
  ],
  'www.google.com': 'sites/search.html',
  'www.google.co.id': 'sites/search.html',
  'www.bing.com': 'sites/search.html',
  'duckduckgo.com': 'sites/search.html',
  'www.youtube.com': 'sites/search.html',
  'www.omegle.com': 'sites/random-chat.html',
  'play.google.com': 'sites/store.html',
};

export const HOST_RULES = `--host-resolver-rules=${['*.test', ...Object.keys(PRACTICE_SITES)]
  .map((host) => `MAP ${host} 127.0.0.1`)
  .join(', ')}`;

/** Chromium flags for a browser that visits the practice pages: host mapping, and trust in the local certificate. */
export const PRACTICE_BROWSER_ARGS = [HOST_RULES, '--ignore-certificate-errors'];

/**
 * Every Chromium flag of a throwaway browser on the practice pages — the e2e tests, the demo and the benchmark share
 * this one list, so they cannot drift: the built extension (none for a benchmark's baseline), the practice hosts, and
 * a quiet profile (no sync, no background downloads, no first-run pages).
 * @param {string | null} [extensionDir] the built extension to load, e.g. `.output/chrome-mv3`
 * @returns {string[]}
 */
export function practiceBrowserArgs(extensionDir) {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...PRACTICE_BROWSER_ARGS,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** The URL of a practice page: `*.test` names over http, real site names over https, both on the practice port. */
export function practiceSiteUrl(host, pathAndQuery = '/', port = PRACTICE_PORT) {
  const scheme = host in PRACTICE_SITES ? 'https' : 'http';
  const name = host in PRACTICE_SITES || host.includes('.') ? host : `${host}.test`;
  return `${scheme}://${name}:${port}/${pathAndQuery.replace(/^\//, '')}`;
}

function sitePage(host, pathname) {
  const page = PRACTICE_SITES[host];
  return typeof page === 'string' ? page : page.find(([prefix]) => pathname.startsWith(prefix))[1];
}

const WORDS = (
  'anak sekolah belajar membaca buku di perpustakaan kota bersama teman sekelas sambil menunggu hujan reda ' +
  'guru menjelaskan pelajaran sejarah tentang kerajaan di nusantara dan perdagangan rempah pada masa lalu'
).split(' ');

/** A page of about `kb` kilobytes of plain paragraphs, the same on every request (benchmarks: page-load cost). */
export function bigTextPage(kb) {
  const target = Math.min(Math.max(Number(kb) || 2048, 1), 8192) * 1024;
  const parts = ['<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Teks panjang</title></head><body>'];
  let size = parts[0].length;
  for (let p = 0; size < target; p++) {
    let para = p % 40 === 0 ? `<h2>Bab ${p / 40 + 1}</h2><p>` : '<p>';
    for (let w = 0; w < 120; w++) para += `${WORDS[(p * 7 + w * 3) % WORDS.length]} `;
    para += '</p>\n';
    parts.push(para);
    size += para.length;
  }
  parts.push('</body></html>');
  return parts.join('');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

async function makeCertificate() {
  // Imported lazily: `npm run demo` may load this module before `npm ci` finished.
  const { generate } = (await import('selfsigned')).default;
  return generate([{ name: 'commonName', value: 'Kawan Aman practice pages' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      {
        name: 'subjectAltName',
        altNames: [...Object.keys(PRACTICE_SITES), '*.test', 'localhost'].map((value) => ({ type: 2, value })),
      },
    ],
  });
}

/** Serves `root` on `port` over HTTP and HTTPS; resolves to { url, close } once listening. */
export async function startPracticeServer({ port = PRACTICE_PORT, root = PRACTICE_ROOT, quiet = true } = {}) {
  const base = path.resolve(root);
  const handler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    let file = path.resolve(base, `.${rel}`);
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (rel === '/generated/big-text.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(bigTextPage(url.searchParams.get('kb')));
      return;
    }
    if (host in PRACTICE_SITES && (rel === '/index.html' || !fs.existsSync(file))) {
      file = path.join(base, sitePage(host, url.pathname));
    }
    // `?latency=<ms>` answers a file late, as a real network would (the benchmark's typical article uses it).
    const delay = Math.min(Number(url.searchParams.get('latency')) || 0, 2000);
    const send = (fn) => (delay > 0 ? setTimeout(fn, delay) : fn());
    fs.readFile(file, (err, body) =>
      send(() => {
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
      }),
    );
  };
  const { private: key, cert } = await makeCertificate();
  const plain = http.createServer(handler);
  const secure = https.createServer({ key, cert }, handler);
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1);
      if (!first) return;
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://practice.test:${port}/`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { url } = await startPracticeServer({ quiet: false });
  console.log(`Practice pages on ${url} (map *.test to 127.0.0.1 in the browser)`);
}

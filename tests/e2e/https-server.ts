import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A local HTTPS server that plays every job site. Chromium maps all host names to it
 * (--host-resolver-rules), so the production manifest's match patterns apply as on the
 * real sites, and any request to an unexpected host shows up in `requests`.
 * The certificate is generated per run in a temp dir: no key is ever committed.
 */

export type PageBody = string | ((url: URL) => string);

export interface RecordedRequest {
  host: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FixtureServer {
  port: number;
  /** Serve `body` for https://host/path (query ignored; the page's own script reads it). */
  page(url: string, body: PageBody): void;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'ml-fit-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=fixtures.test',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, PageBody>();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push({ host, url: url.href, headers: req.headers });
    const body = pages.get(host + url.pathname);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a fixture');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(typeof body === 'function' ? body(url) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    page(href, body) {
      const u = new URL(href);
      pages.set(u.host + u.pathname, body);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

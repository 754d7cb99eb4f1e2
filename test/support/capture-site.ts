/**
 * A small web site served on 127.0.0.1 for capture tests, made by the test itself: a static page with
 * images, a page its script fills in, a lazy image far down, a redirect chain, a 404, a page that never
 * finishes arriving, a page too large for the limit, and a page that asks for a private address.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { PNG } from 'pngjs';

/** A solid PNG of the given colour, so a screenshot of the page is visibly not blank. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([...rgb, 255], i * 4);
  return PNG.sync.write(png);
}

const RED = solidPng(200, 120, [200, 30, 30]);
const BLUE = solidPng(120, 80, [20, 60, 200]);

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

export interface CaptureSite {
  origin: string;
  /** Paths requested so far, in order. */
  requested: string[];
  close(): Promise<void>;
}

export async function startCaptureSite(listenPort = 0): Promise<CaptureSite> {
  const requested: string[] = [];
  const hanging = new Set<http.ServerResponse>();
  const ownPort = () => (server.address() as AddressInfo).port;
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    requested.push(url);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'Content-Type': type, ...headers });
      response.end(body);
    };
    switch (url.split('?')[0]) {
      case '/static':
        return send(
          200,
          'text/html; charset=utf-8',
          zlib.gzipSync(
            page(
              'Hospital strike in Kafr Nabl',
              '<h1>Strike on the hospital</h1><p>Witnesses said the main building was hit twice.</p><img src="/red.png" alt="red"><img src="/blue.png" alt="blue"><link rel="stylesheet" href="/style.css">',
              '<meta name="author" content="Field Reporter"><meta property="article:published_time" content="2019-05-05T08:30:00Z"><meta property="og:title" content="Strike on the hospital"><link rel="canonical" href="https://news.example/strike">',
            ),
          ),
          { 'Content-Encoding': 'gzip' },
        );
      case '/style.css':
        return send(200, 'text/css', 'body { background: #fff; font-family: sans-serif } h1 { color: #222 }');
      case '/red.png':
        return send(200, 'image/png', RED);
      case '/blue.png':
        return send(200, 'image/png', BLUE);
      case '/script':
        return send(200, 'text/html; charset=utf-8', page('Rendered by script', '<div id="out">loading</div><script>fetch("/api/casualties").then(r => r.json()).then(d => { document.getElementById("out").textContent = "Casualties reported: " + d.count; })</script>'));
      case '/api/casualties':
        return send(200, 'application/json', JSON.stringify({ count: 14 }));
      case '/lazy':
        return send(200, 'text/html; charset=utf-8', page('Lazy', '<p>Top</p><div style="height:4000px"></div><img loading="lazy" src="/blue.png?lazy=1" alt="far down"><p>Bottom</p>'));
      case '/redirect/1':
        return send(302, 'text/plain', 'moved', { Location: '/redirect/2' });
      case '/redirect/2':
        return send(301, 'text/plain', 'moved', { Location: '/static' });
      case '/never':
        response.writeHead(200, { 'Content-Type': 'text/html' });
        response.write('<!doctype html><html><body><p>This page never finishes');
        hanging.add(response);
        return;
      case '/busy':
        // Loads, then its script never yields again: only closing the browser ends the capture.
        return send(200, 'text/html; charset=utf-8', page('Busy', '<p>Loaded</p><script>setTimeout(() => { for (;;) {} }, 300)</script>'));
      case '/leak':
        // The same server under another name that resolves to loopback: a capture that may not reach private
        // addresses must refuse this image, and record nothing of it.
        return send(200, 'text/html; charset=utf-8', page('Leak', `<p>Public page</p><img src="http://localhost:${ownPort()}/red.png?private=1">`));
      case '/to-private':
        return send(302, 'text/plain', 'moved', { Location: `http://localhost:${ownPort()}/static` });
      case '/large':
        return send(200, 'text/html; charset=utf-8', page('Large', `<p>${'Long testimony. '.repeat(1000)}</p><img src="/huge.bin">`));
      case '/huge.bin':
        return send(200, 'application/octet-stream', Buffer.alloc(3 * 1024 * 1024, 7));
      default:
        return send(404, 'text/html; charset=utf-8', page('Not found', '<p>This post has been removed.</p>'));
    }
  });
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

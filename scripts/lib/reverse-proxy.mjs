// A small reverse proxy in front of several api processes (sessions and rate limits live in
// PostgreSQL, so any api serves any request). Round robin; an api that refuses connections is
// skipped for a moment, and the request goes to the next one. Only a refused connection is retried:
// the request body is sent once the connection is up, so nothing can have reached the api.
import { request as httpRequest, createServer } from 'node:http';

const RETRY_AFTER_MS = 2_000;
const UNAVAILABLE_VI = 'Hệ thống tạm thời không sẵn sàng, vui lòng thử lại sau ít phút.';

export function startReverseProxy({ port, host = '127.0.0.1', backends, log }) {
  const downUntil = new Map();
  let next = 0;

  function candidates() {
    const now = Date.now();
    const ordered = backends.map((_, i) => backends[(next + i) % backends.length]);
    next = (next + 1) % backends.length;
    const up = ordered.filter((b) => (downUntil.get(b) ?? 0) <= now);
    return up.length > 0 ? [...up, ...ordered.filter((b) => !up.includes(b))] : ordered;
  }

  function unavailable(req, res) {
    if (res.headersSent) return res.destroy();
    const wantsJson = req.url?.startsWith('/api/') || !String(req.headers.accept ?? '').includes('text/html');
    res.writeHead(503, { 'content-type': wantsJson ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8', 'retry-after': '5' });
    res.end(
      wantsJson
        ? JSON.stringify({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_VI })
        : `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tạm thời không sẵn sàng</title><p>${UNAVAILABLE_VI}</p></html>`,
    );
  }

  function forward(req, res, queue) {
    const backend = queue.shift();
    if (!backend) return unavailable(req, res);
    const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '', 'x-forwarded-host': req.headers.host ?? '' };
    const upstream = httpRequest({ host: '127.0.0.1', port: backend, method: req.method, path: req.url, headers });
    let connected = false;
    upstream.on('socket', (socket) => {
      const send = () => {
        connected = true;
        req.pipe(upstream);
      };
      if (socket.connecting) socket.once('connect', send);
      else send();
    });
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      if (!connected) {
        downUntil.set(backend, Date.now() + RETRY_AFTER_MS);
        forward(req, res, queue);
        return;
      }
      log?.(`api on port ${backend} failed mid-request: ${error.message}`);
      unavailable(req, res);
    });
    res.on('close', () => upstream.destroy());
  }

  const server = createServer((req, res) => forward(req, res, candidates()));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () =>
      resolve({
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
